/**
 * The expense table and its changes. An edit and a delete go through the chat's own commands (src/core), in one
 * transaction, so the dashboard checks an expense as the chat does and records the change in the user's thread;
 * a delete is undone by restoring the same expense.
 */

import type { Expense } from '../../core/domain/expense.ts';
import { checkCategory } from '../../core/domain/expense-rules.ts';
import type { User } from '../../core/domain/user.ts';
import { describeMoneyError, type Money, moneyFromDecimal } from '../../core/money/money.ts';
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { CommandContext, CommandResult } from '../../core/service/command-context.ts';
import { editExpense } from '../../core/service/commands/edit-expense.ts';
import { undoExpense } from '../../core/service/commands/undo-expense.ts';
import { parseIsoDate } from '../../core/time/period.ts';
import type { DashboardDeps } from '../dashboard-deps.ts';
import { type ExpenseFilters, type ExpenseNotice, expensesMain } from '../pages/expenses-page.ts';
import { signedInPage } from '../pages/layout.ts';
import type { FormFields } from '../read-form.ts';
import { redirect, sendHtml } from '../web-response.ts';
import { pageFrame } from './page-frame.ts';
import type { SignedInContext } from './route-context.ts';

export const expensePageSize = 50;
const listPath = '/dashboard/expenses';

export async function showExpenses(
  ctx: SignedInContext,
  status = 200,
  notice?: ExpenseNotice,
  url = ctx.url,
): Promise<void> {
  const { user } = ctx.signedIn;
  const query = url.searchParams;
  const filters: ExpenseFilters = {
    from: validDate(query.get('from')),
    to: validDate(query.get('to')),
    category: (query.get('category') ?? '').trim().slice(0, 60),
    text: (query.get('q') ?? '').trim().slice(0, 100),
  };
  const requestedPage = Number(query.get('page') ?? '1');
  const page =
    Number.isSafeInteger(requestedPage) && requestedPage >= 1 && requestedPage <= 100_000 ? requestedPage : 1;
  const result = await ctx.deps.dashboardStore.pageExpenses(user.id, {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.category ? { categoryKey: filters.category.toLowerCase() } : {}),
    ...(filters.text ? { text: filters.text } : {}),
    offset: (page - 1) * expensePageSize,
    limit: expensePageSize,
  });
  const categories = await ctx.deps.dashboardStore.listCategories(user.id);
  const shownNotice = notice ?? noticeFromQuery(query);
  const main = expensesMain({
    user,
    today: ctx.today,
    csrfToken: ctx.signedIn.session.csrfToken,
    filters,
    categories,
    expenses: result.expenses,
    total: result.total,
    page,
    pageSize: expensePageSize,
    returnTo: returnAddress(url),
    ...(shownNotice ? { notice: shownNotice } : {}),
  });
  sendHtml(ctx.response, status, signedInPage(pageFrame(ctx, 'expenses', 'Expenses', main)));
}

export async function editExpenseFromForm(ctx: SignedInContext, number: number, form: FormFields): Promise<void> {
  const { user } = ctx.signedIn;
  const changes = readExpenseChanges(form, ctx.deps.settings.maxAmountMajor);
  const back = backTo(form);
  if (!changes.ok)
    return showExpenses(ctx, 422, { kind: 'error', message: `#${number} was not saved: ${changes.error}` }, back);
  const current = await ctx.deps.store.findExpenseByNumber(user.id, number);
  if (!current) return showExpenses(ctx, 404, { kind: 'error', message: `There is no expense #${number}.` }, back);
  const changed = changedFields(current, changes.value);
  if (Object.keys(changed).length === 0) return redirect(ctx.response, withNotice(back, 'edited', number));
  const result = await runCommand(ctx.deps, user, ctx.today, (command) =>
    editExpense(command, { kind: 'edit', number, changes: changed }),
  );
  if (result.reply.kind !== 'expense_edited') {
    return showExpenses(ctx, 422, { kind: 'error', message: `#${number} was not saved: ${result.reply.text}` }, back);
  }
  redirect(ctx.response, withNotice(back, 'edited', number));
}

export async function deleteExpenseFromForm(ctx: SignedInContext, number: number, form: FormFields): Promise<void> {
  const back = backTo(form);
  const result = await runCommand(ctx.deps, ctx.signedIn.user, ctx.today, (command) => undoExpense(command, number));
  if (result.reply.kind !== 'expense_undone') {
    return showExpenses(ctx, 404, { kind: 'error', message: result.reply.text }, back);
  }
  redirect(ctx.response, withNotice(back, 'deleted', number));
}

export async function restoreExpenseFromForm(ctx: SignedInContext, number: number, form: FormFields): Promise<void> {
  const { user } = ctx.signedIn;
  const back = backTo(form);
  // Not in one transaction with the event: the dashboard store is not bound to the ledger store's transaction
  // (on SQLite's one connection it would wait for it), and a missing line in the thread loses nothing of the ledger.
  const restored = await ctx.deps.dashboardStore.restoreExpense(user.id, number);
  if (restored) {
    const now = ctx.deps.clock.now().toISOString();
    await recordEvents(ctx.deps.store, user, [`expense #${number} restored (in the dashboard)`], now);
  }
  if (!restored) {
    return showExpenses(
      ctx,
      404,
      { kind: 'error', message: `There is no deleted expense #${number} to bring back.` },
      back,
    );
  }
  redirect(ctx.response, withNotice(back, 'restored', number));
}

/** Runs a chat command for the signed-in user in one transaction and records its events in their thread. */
async function runCommand(
  deps: DashboardDeps,
  user: User,
  today: string,
  command: (ctx: CommandContext) => Promise<CommandResult>,
): Promise<CommandResult> {
  return deps.store.transaction(async (store) => {
    const now = deps.clock.now().toISOString();
    const thread = await store.getThread(user.id);
    const result = await command({
      store,
      settings: deps.settings,
      user,
      thread,
      today,
      now,
      messageKey: `web:${now}`,
    });
    await recordEvents(
      store,
      user,
      (result.events ?? []).map((event) => `${event} (in the dashboard)`),
      now,
    );
    return result;
  });
}

async function recordEvents(store: LedgerStore, user: User, events: ReadonlyArray<string>, now: string): Promise<void> {
  if (events.length === 0) return;
  const thread = await store.getThread(user.id);
  await store.appendThreadMessages(
    thread.id,
    events.map((content) => ({ role: 'event' as const, content, createdAt: now })),
  );
}

/** The form's fields as the changes an edit command takes; amounts as the currency's decimals ("1,250.50" too). */
function readExpenseChanges(
  form: FormFields,
  maxAmountMajor: number,
): { ok: true; value: ExpenseFormChanges } | { ok: false; error: string } {
  const amountText = (form.get('amount') ?? '').replace(/[,\s]/g, '');
  const money = moneyFromDecimal(amountText, (form.get('currency') ?? '').trim(), maxAmountMajor);
  if (!money.ok) return { ok: false, error: describeMoneyError(money.error) };
  const category = checkCategory(form.get('category') ?? '');
  if (!category.ok) return category;
  const spentOn = (form.get('spent_on') ?? '').trim();
  if (!parseIsoDate(spentOn)) return { ok: false, error: 'Choose the day it was spent.' };
  const note = (form.get('note') ?? '').trim();
  return {
    ok: true,
    value: { amount: money.value, category: category.value, spentOn, note: note === '' ? null : note },
  };
}

type ExpenseFormChanges = { amount: Money; category: string; spentOn: string; note: string | null };

/** Only what the form changed, so the thread records the edit the user made and nothing else. */
function changedFields(current: Expense, form: ExpenseFormChanges): Partial<ExpenseFormChanges> {
  return {
    ...(form.amount.minor !== current.amount.minor || form.amount.currency !== current.amount.currency
      ? { amount: form.amount }
      : {}),
    ...(form.category !== current.category ? { category: form.category } : {}),
    ...(form.spentOn !== current.spentOn ? { spentOn: form.spentOn } : {}),
    ...(form.note !== current.note ? { note: form.note } : {}),
  };
}

function validDate(text: string | null): string {
  return text && parseIsoDate(text) ? text : '';
}

function noticeFromQuery(query: URLSearchParams): ExpenseNotice | undefined {
  for (const kind of ['deleted', 'restored', 'edited'] as const) {
    const number = Number(query.get(kind));
    if (query.has(kind) && Number.isSafeInteger(number) && number > 0) return { kind, number };
  }
  return undefined;
}

/** The list's address with its filters and page, without a notice: where forms send the browser back. */
function returnAddress(url: URL): string {
  const query = new URLSearchParams(url.searchParams);
  for (const kind of ['deleted', 'restored', 'edited']) query.delete(kind);
  const text = query.toString();
  return text ? `${listPath}?${text}` : listPath;
}

/** The form's "return" when it is the list's own address; the list otherwise (no open redirect). */
function backTo(form: FormFields): URL {
  const target = form.get('return') ?? listPath;
  const url = new URL(target, 'http://dashboard.local');
  return url.origin === 'http://dashboard.local' && url.pathname === listPath
    ? url
    : new URL(listPath, 'http://dashboard.local');
}

function withNotice(back: URL, kind: 'deleted' | 'restored' | 'edited', number: number): string {
  const query = new URLSearchParams(back.searchParams);
  for (const other of ['deleted', 'restored', 'edited']) query.delete(other);
  query.set(kind, String(number));
  return `${listPath}?${query}`;
}
