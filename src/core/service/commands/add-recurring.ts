/**
 * Sets up a recurring expense and says when the next one is. The first occurrence is the first day on or after
 * today that the rule falls on; when that is today, it is recorded with this message (the user has just paid it:
 * "netflix 649 monthly" said today), and the reply carries its Undo. Earlier days of this period are not back-filled.
 */
import { recordedBudgetAlerts } from '../../budgets/check-budget-alerts.ts';
import { checkNewExpense } from '../../domain/expense-rules.ts';
import type { RecurringSchedule } from '../../domain/recurring-rule.ts';
import { formatDay } from '../../format/date-label.ts';
import { describeSchedule } from '../../format/recurring-schedule.ts';
import { formatMoney } from '../../money/money.ts';
import type { Intent } from '../../parse/intent.ts';
import { occurrenceAfter, occurrenceOnOrAfter } from '../../recurring/occurrence-dates.ts';
import { recordRuleOccurrences } from '../../recurring/record-rule-occurrences.ts';
import { weekdayOf } from '../../time/calendar-date.ts';
import { rememberedCategory } from '../category-memory.ts';
import { categorySpelling } from '../category-spelling.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { type ReplyButton, textReply } from '../inbound-message.ts';

export async function addRecurring(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'add_recurring' }>,
): Promise<CommandResult> {
  const { store, user, today } = ctx;
  const checked = checkNewExpense(
    { amount: intent.amount, category: intent.category, note: intent.note, spentOn: today },
    { today, maxAmountMajor: ctx.settings.maxAmountMajor },
  );
  if (!checked.ok) return { reply: textReply('invalid', checked.error) };
  const category =
    (await rememberedCategory(store, user.id, intent.keywords, checked.value.note)) ??
    (await categorySpelling(store, user.id, checked.value.category, intent.categorySource));
  const schedule: RecurringSchedule = {
    cadence: intent.cadence,
    day: intent.day ?? (intent.cadence === 'weekly' ? weekdayOf(today) : Number(today.slice(8, 10))),
  };
  const saved = await store.saveRecurringRule({
    ...schedule,
    userId: user.id,
    amount: checked.value.amount,
    category,
    note: checked.value.note,
    startsOn: today,
    nextOn: occurrenceOnOrAfter(schedule, today),
    sourceKey: `rule:${ctx.messageKey}`,
    createdAt: ctx.now,
  });
  // Today's occurrence goes with this reply, so it is never told again by the scheduler.
  const [recorded] = saved.nextOn === today ? await recordRuleOccurrences(store, saved, today, ctx.now, 'none') : [];
  const rule = recorded ? { ...saved, nextOn: occurrenceAfter(saved, today) } : saved;
  const amount = formatMoney(rule.amount, user.locale);
  const note = rule.note ? ` (${rule.note})` : '';
  const lines = [`Recurring: ${amount} ${rule.category}${note}, ${describeSchedule(rule)}.`];
  const buttons: ReplyButton[] = [];
  if (recorded) {
    lines.push(`Added #${recorded.expense.number} for today: ${amount} · ${rule.category}`);
    lines.push(...(await recordedBudgetAlerts(store, user.id, recorded.expense.sourceKey)));
    buttons.push({ label: 'Undo', command: `undo #${recorded.expense.number}` });
  }
  lines.push(`Next: ${formatDay(rule.nextOn, user.locale, today)}. Say "recurring" to see them all.`);
  return {
    reply: textReply('recurring_set', lines.join('\n'), buttons),
    events: [
      `recurring expense set up: ${amount} ${rule.category} ${describeSchedule(rule)}, next on ${rule.nextOn}`,
      ...(recorded ? [`expense #${recorded.expense.number} added: ${amount} ${rule.category} on ${today}${note}`] : []),
    ],
  };
}
