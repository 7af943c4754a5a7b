/**
 * Where each of a user's budgets stands today: amount, spent (summed by the database), remaining, percent, the
 * current period in the user's calendar (weeks from their week start, calendar months) and the days left in it.
 * The one place other features (digest, reports, dashboard, API, the model's tool) read budgets from.
 */
import type { User } from '../domain/user.ts';
import type { Money } from '../money/money.ts';
import { dayNumber } from '../time/calendar-date.ts';
import { resolvePeriod } from '../time/period.ts';
import type { Budget, BudgetPeriod, BudgetWindows } from './budget.ts';
import type { BudgetStore } from './budget-store.ts';

export interface BudgetStatus {
  readonly budget: Budget;
  /** The current period, inclusive calendar dates of the user. */
  readonly period: { readonly from: string; readonly to: string };
  readonly spent: Money;
  /** Amount minus spent; negative when over. */
  readonly remaining: Money;
  /** Whole percent of the amount spent, rounded down (can pass 100). */
  readonly percent: number;
  /** Days from today to the period's last day, both counted (1 on the last day). */
  readonly daysLeft: number;
}

export interface BudgetStatusOptions {
  /** Count expenses only up to this day (a digest of a week that has ended); by default the whole period. */
  readonly countThrough?: string;
  /** The budgets live at this instant (ISO-8601) rather than now: a report of a past period shows the plans it had. */
  readonly liveAt?: string;
}

/** The current week and month around `today`, for the user's week start. */
export function budgetWindows(today: string, user: Pick<User, 'weekStart'>): BudgetWindows {
  const week = resolvePeriod({ kind: 'this_week' }, today, user.weekStart);
  const month = resolvePeriod({ kind: 'this_month' }, today, user.weekStart);
  return { week: { from: week.from, to: week.to }, month: { from: month.from, to: month.to } };
}

/** Every live budget of the user with where it stands on `today` (the user's date), in listing order. */
export async function budgetStatuses(
  store: BudgetStore,
  user: Pick<User, 'id' | 'weekStart'>,
  today: string,
  options: BudgetStatusOptions = {},
): Promise<BudgetStatus[]> {
  return statusesOf(store, user, today, await store.listBudgets(user.id, options.liveAt), options);
}

/** Where `budgets` (listed by the caller, all of the user) stand on `today`: their spending summed by the database. */
export async function statusesOf(
  store: BudgetStore,
  user: Pick<User, 'id' | 'weekStart'>,
  today: string,
  budgets: ReadonlyArray<Budget>,
  options: BudgetStatusOptions = {},
): Promise<BudgetStatus[]> {
  if (budgets.length === 0) return [];
  const windows = budgetWindows(today, user);
  const through = options.countThrough;
  const counted =
    through === undefined
      ? windows
      : {
          week: { from: windows.week.from, to: earlierDay(through, windows.week.to) },
          month: { from: windows.month.from, to: earlierDay(through, windows.month.to) },
        };
  const spending = new Map(
    (await store.sumBudgetSpending(user.id, counted, options.liveAt)).map((row) => [row.budgetId, row.spentMinor]),
  );
  return budgets.map((budget) => statusOf(budget, spending.get(budget.id) ?? 0, windows, today));
}

export function statusOf(budget: Budget, spentMinor: number, windows: BudgetWindows, today: string): BudgetStatus {
  const period = windows[budget.period];
  const currency = budget.amount.currency;
  return {
    budget,
    period,
    spent: { minor: spentMinor, currency },
    remaining: { minor: budget.amount.minor - spentMinor, currency },
    percent: percentOf(spentMinor, budget.amount.minor),
    daysLeft: dayNumber(period.to) - dayNumber(today) + 1,
  };
}

/** The earlier of two ISO dates (they compare as text). */
export function earlierDay(a: string, b: string): string {
  return a < b ? a : b;
}

/** Whole percent, rounded down, on integers only. */
export function percentOf(spentMinor: number, amountMinor: number): number {
  if (amountMinor <= 0) return 0;
  const percent = (BigInt(spentMinor) * 100n) / BigInt(amountMinor);
  return Number(spentMinor < 0 && percent * BigInt(amountMinor) !== BigInt(spentMinor) * 100n ? percent - 1n : percent);
}

/** "this month" / "this week". */
export function periodWords(period: BudgetPeriod): string {
  return period === 'week' ? 'this week' : 'this month';
}
