/** Budget commands: set (or replace) one, list them with where each stands, remove one. */
import type { Budget } from '../../budgets/budget.ts';
import { budgetStatuses } from '../../budgets/budget-status.ts';
import { budgetName, listingLine, standingLine } from '../../budgets/budget-texts.ts';
import { recordReachedThresholds } from '../../budgets/check-budget-alerts.ts';
import { formatMoney } from '../../money/money.ts';
import type { Intent } from '../../parse/intent.ts';
import { categorySpelling } from '../category-spelling.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { type ReplyButton, textReply } from '../inbound-message.ts';

const listButton: ReplyButton = { label: 'Budgets', command: 'budgets' };

export async function setBudget(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'budget_set' }>,
): Promise<CommandResult> {
  const { store, user } = ctx;
  const category = intent.category === null ? null : await categorySpelling(store, user.id, intent.category);
  const outcome = await store.setBudget({
    userId: user.id,
    category,
    amount: intent.amount,
    period: intent.period,
    createdAt: ctx.now,
  });
  const status = (await budgetStatuses(store, user, ctx.today)).find((entry) => entry.budget.id === outcome.budget.id);
  // A plan set when spending is past a threshold says so here; the next expense does not alert about the past.
  if (status && !outcome.unchanged) await recordReachedThresholds(store, user, status, ctx.messageKey, ctx.now);
  const plan = describePlan(outcome.budget, user.locale);
  const lines = [
    outcome.unchanged
      ? `Your ${budgetName(outcome.budget)} budget is already ${plan}.`
      : outcome.replaced
        ? `Budget set: ${budgetName(outcome.budget)} ${plan} (was ${describePlan(outcome.replaced, user.locale)}).`
        : `Budget set: ${budgetName(outcome.budget)} ${plan}.`,
  ];
  if (status) lines.push(`${standingLine(status, user.locale)} · ${daysLeftWords(status.daysLeft)}`);
  return {
    reply: textReply('budget', lines.join('\n'), [listButton, removeButton(outcome.budget)]),
    events: outcome.unchanged ? [] : [`budget set: ${budgetName(outcome.budget)} ${plan}`],
  };
}

export async function listBudgets(ctx: CommandContext): Promise<CommandResult> {
  const { store, user } = ctx;
  const statuses = await budgetStatuses(store, user, ctx.today);
  if (statuses.length === 0) {
    return {
      reply: textReply(
        'budget',
        'You have no budgets yet. Say "budget groceries 5000 monthly", "budget transport 1500 weekly" or "budget 20000 a month" for everything.',
      ),
    };
  }
  const lines = ['Your budgets:', ...statuses.map((status) => listingLine(status, user.locale))];
  const seen = new Set<string>();
  const buttons = statuses
    .map((status) => removeButton(status.budget))
    .filter((button) => !seen.has(button.command) && seen.add(button.command));
  return { reply: textReply('budget', lines.join('\n'), buttons) };
}

export async function removeBudget(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'budget_remove' }>,
): Promise<CommandResult> {
  const { store, user } = ctx;
  const removed = await store.removeBudgets(user.id, intent.category, ctx.now);
  const name = intent.category ?? 'overall';
  if (removed.length === 0) {
    return {
      reply: textReply('not_found', `You have no ${name} budget. Send "budgets" to see yours.`, [listButton]),
    };
  }
  const plans = removed.map((budget) => describePlan(budget, user.locale)).join(' and ');
  return {
    reply: textReply('budget', `Removed your ${budgetName(removed[0] as Budget)} budget (${plans}).`, [listButton]),
    events: [`budget removed: ${name}`],
  };
}

/** "₹5,000.00 a month". */
function describePlan(budget: Budget, locale: string): string {
  return `${formatMoney(budget.amount, locale)} ${budget.period === 'week' ? 'a week' : 'a month'}`;
}

function removeButton(budget: Budget): ReplyButton {
  const name = budgetName(budget);
  return {
    label: `Remove ${name}`,
    command: budget.category === null ? 'remove overall budget' : `remove budget ${budget.category}`,
  };
}

function daysLeftWords(days: number): string {
  return days === 1 ? 'last day' : `${days} days left`;
}
