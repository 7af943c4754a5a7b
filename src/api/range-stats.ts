/** Sums of one user's expenses over a date range, per currency, grouped by category, day or ISO week. */
import type { SumRow } from '../core/domain/stats.ts';
import type { User } from '../core/domain/user.ts';
import { minorToDecimal } from '../core/money/money.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { groupDaySumsByWeek } from './group-day-sums-by-week.ts';

export type RangeGrouping = 'category' | 'day' | 'week';

export const rangeGroupings: ReadonlyArray<RangeGrouping> = ['category', 'day', 'week'];

interface AmountJson {
  readonly minor: number;
  readonly amount: string;
  readonly count: number;
}

export interface RangeStatsJson {
  readonly user: { platform: string; platformUserId: string; timeZone: string };
  readonly from: string;
  readonly to: string;
  readonly group: RangeGrouping;
  readonly currencies: ReadonlyArray<{
    readonly currency: string;
    readonly total: AmountJson;
    readonly groups: ReadonlyArray<AmountJson & { key: string; from?: string; to?: string }>;
  }>;
}

/** Totals and groups are the database's sums; weeks are regrouped day sums. */
export async function getRangeStats(
  store: LedgerStore,
  user: User,
  range: { from: string; to: string; group: RangeGrouping },
): Promise<RangeStatsJson> {
  const { from, to, group } = range;
  const totals = await store.sumExpenses(user.id, { from, to, groupBy: 'none' });
  const rows = await store.sumExpenses(user.id, { from, to, groupBy: group === 'week' ? 'day' : group });
  const weeks = group === 'week' ? groupDaySumsByWeek(rows, from, to) : [];
  return {
    user: { platform: user.platform, platformUserId: user.platformUserId, timeZone: user.timeZone },
    from,
    to,
    group,
    currencies: totals.map((total) => ({
      currency: total.currency,
      total: amountOf(total),
      groups:
        group === 'week'
          ? weeks
              .filter((week) => week.currency === total.currency)
              .map((week) => ({ key: week.week, from: week.from, to: week.to, ...amountOf(week) }))
          : rows.filter((row) => row.currency === total.currency).map((row) => ({ key: row.key, ...amountOf(row) })),
    })),
  };
}

function amountOf(row: Pick<SumRow, 'currency' | 'minor' | 'count'>): AmountJson {
  return { minor: row.minor, amount: minorToDecimal(row.minor, row.currency), count: row.count };
}
