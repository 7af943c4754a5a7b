/** spending_summary: totals for a period computed by the database, optionally for one category and grouped. */
import { z } from 'zod';
import { categoryKey } from '../../domain/category.ts';
import type { SumRow } from '../../domain/stats.ts';
import type { User } from '../../domain/user.ts';
import { formatDay, formatPeriod } from '../../format/date-label.ts';
import { formatMoney } from '../../money/money.ts';
import type { LedgerStore } from '../../ports/ledger-store.ts';
import { addDays, type Period, startOfWeek } from '../../time/period.ts';
import { defineTool, toolError, toolSuccess } from './assistant-tool.ts';
import { categoryFilterDescription, categorySchema } from './category-argument.ts';
import { moneyJson } from './money-json.ts';
import { periodSchema, resolvePeriodArgument } from './period-argument.ts';

const schema = z.strictObject({
  period: periodSchema,
  category: categorySchema.nullable().describe(categoryFilterDescription),
  group_by: z
    .enum(['none', 'category', 'day', 'week'])
    .describe('none: the total only; category: largest first; day, week: in date order.'),
});

/** Week grouping asks the database once per week, so it is bounded. */
const maxWeeks = 26;
/** Rows beyond this are left out (and said to be) to keep the model's input small. */
const maxGroups = 100;

interface Group {
  readonly row: SumRow;
  readonly to?: string;
}

export const spendingSummaryTool = defineTool({
  name: 'spending_summary',
  description: 'Spending totals for a period, summed by the database: overall, for one category, or grouped.',
  schema,
  run: async (args, ctx) => {
    const { store, user } = ctx;
    const period = resolvePeriodArgument(args.period, user, ctx.today);
    if (!period.ok) return toolError(period.error);
    const range = { from: period.value.from, to: period.value.to };
    const filter = args.category ? { categoryKey: categoryKey(args.category) } : {};

    const totals = await store.sumExpenses(user.id, { ...range, ...filter, groupBy: 'none' });
    let groups: Group[] = [];
    if (args.group_by === 'week') {
      const weeks = weekRanges(period.value, user);
      if (weeks.length > maxWeeks) {
        return toolError(`group_by week covers at most ${maxWeeks} weeks; use a shorter period or group_by day/none`);
      }
      groups = await sumPerWeek(store, user.id, weeks, args.category);
    } else if (args.group_by !== 'none') {
      const rows = await store.sumExpenses(user.id, { ...range, ...filter, groupBy: args.group_by });
      groups = (args.group_by === 'category' ? [...rows].sort(largestFirst) : rows).map((row) => ({ row }));
    }

    const locale = user.locale;
    // With nothing recorded the database's answer is zero in the user's currency; saying so keeps "₹0.00" quotable.
    const totalRows = totals.length > 0 ? totals : [{ currency: user.currency, key: '', minor: 0, count: 0 }];
    const shown = groups.slice(0, maxGroups);
    const data = {
      period: { ...range, label: period.value.label },
      category: args.category,
      group_by: args.group_by,
      totals: totalRows.map((row) => ({ total: moneyJson(row, locale), count: row.count })),
      groups: shown.map(({ row, to }) => ({
        key: row.key,
        ...(to ? { to } : {}),
        total: moneyJson(row, locale),
        count: row.count,
      })),
      ...(groups.length > shown.length ? { groups_left_out: groups.length - shown.length } : {}),
    };
    return toolSuccess(data, describe(period.value, args.category, totalRows, shown, args.group_by, user, ctx.today));
  },
});

function weekRanges(period: Period, user: User): Array<{ from: string; to: string }> {
  const weeks: Array<{ from: string; to: string }> = [];
  for (let start = startOfWeek(period.from, user.weekStart); start <= period.to; start = addDays(start, 7)) {
    const end = addDays(start, 6);
    // ISO dates compare as strings; the first and last week are cut to the period.
    weeks.push({ from: [start, period.from].sort()[1] as string, to: [end, period.to].sort()[0] as string });
    if (weeks.length > maxWeeks) break;
  }
  return weeks;
}

async function sumPerWeek(
  store: LedgerStore,
  userId: number,
  weeks: ReadonlyArray<{ from: string; to: string }>,
  category: string | null,
): Promise<Group[]> {
  const groups: Group[] = [];
  // One after another: a transaction's single connection takes one query at a time.
  for (const week of weeks) {
    const rows = await store.sumExpenses(userId, {
      ...week,
      ...(category ? { categoryKey: categoryKey(category) } : {}),
      groupBy: 'none',
    });
    for (const row of rows) groups.push({ row: { ...row, key: week.from }, to: week.to });
  }
  return groups;
}

function largestFirst(a: SumRow, b: SumRow): number {
  return a.currency === b.currency ? b.minor - a.minor : a.currency.localeCompare(b.currency);
}

function describe(
  period: Period,
  category: string | null,
  totals: ReadonlyArray<SumRow>,
  groups: ReadonlyArray<Group>,
  groupBy: string,
  user: User,
  today: string,
): string {
  const when = formatPeriod(period, user.locale, today);
  const amount = (row: SumRow) => formatMoney({ minor: row.minor, currency: row.currency }, user.locale);
  const total = totals.map((row) => `${amount(row)} (${row.count} expense${row.count === 1 ? '' : 's'})`).join(' + ');
  const lines = [`${category ? `${capitalize(category)} ` : 'Spending '}${when}: ${total}`];
  for (const { row, to } of groups) {
    const label =
      groupBy === 'category'
        ? row.key
        : to
          ? `${formatDay(row.key, user.locale, today)} – ${formatDay(to, user.locale, today)}`
          : formatDay(row.key, user.locale, today);
    lines.push(`• ${label}: ${amount(row)}`);
  }
  return lines.join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
