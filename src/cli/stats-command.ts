/** `finbot stats`: a user's weekly stats, as JSON for dashboards or as a short table for people. */

import { statsJson } from '../api/stats-json.ts';
import type { WeeklyStats } from '../core/domain/stats.ts';
import type { User } from '../core/domain/user.ts';
import { formatMoney } from '../core/money/money.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { getWeeklyStats } from '../core/stats/weekly-stats.ts';
import type { Clock } from '../core/time/clock.ts';
import { isoWeekOf, isoWeekPeriod, localToday } from '../core/time/period.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface StatsOptions {
  readonly user: string;
  readonly week?: string;
  readonly json: boolean;
}

/** What the stats command reads: the ledger, and the clock that says which week is this week. */
export interface StatsCommandDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
}

export async function statsCommand(deps: StatsCommandDeps, options: StatsOptions): Promise<string> {
  const user = await findCliUser(deps.store, options.user);
  const week = options.week ?? isoWeekOf(localToday(deps.clock, user.timeZone));
  if (!isoWeekPeriod(week)) throw new CliError(`--week "${week}" is not an ISO week like 2026-W47.`);
  const stats = await getWeeklyStats(deps.store, user, week);
  return options.json ? JSON.stringify(statsJson(user, stats), null, 2) : statsTable(user, stats);
}

function statsTable(user: User, stats: WeeklyStats): string {
  const lines = [`Week ${stats.week} (${stats.period.from} to ${stats.period.to})`];
  if (stats.currencies.length === 0) lines.push('No expenses.');
  for (const currency of stats.currencies) {
    const money = (minor: number) => formatMoney({ minor, currency: currency.currency }, user.locale);
    lines.push(`Total: ${money(currency.total.minor)} in ${currency.total.count} expenses`);
    for (const row of currency.byCategory) lines.push(`  ${row.category.padEnd(20)} ${money(row.minor)}`);
    for (const row of currency.byDay) lines.push(`  ${row.date}           ${money(row.minor)}`);
  }
  return lines.join('\n');
}
