/** `finbot stats`: a user's weekly stats, as JSON for dashboards or as a short table for people. */

import type { App } from '../app/create-app.ts';
import type { WeeklyStats } from '../core/domain/stats.ts';
import type { User } from '../core/domain/user.ts';
import { formatMoney } from '../core/money/money.ts';
import { getWeeklyStats } from '../core/stats/weekly-stats.ts';
import { isoWeekOf, isoWeekPeriod, localToday } from '../core/time/period.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface StatsOptions {
  readonly user: string;
  readonly week?: string;
  readonly json: boolean;
}

export async function statsCommand(app: App, options: StatsOptions): Promise<string> {
  const user = await findCliUser(app.store, options.user);
  const week = options.week ?? isoWeekOf(localToday(app.clock, user.timeZone));
  if (!isoWeekPeriod(week)) throw new CliError(`--week "${week}" is not an ISO week like 2026-W47.`);
  const stats = await getWeeklyStats(app.store, user, week);
  return options.json ? JSON.stringify(statsJson(user, stats), null, 2) : statsTable(user, stats);
}

/** The JSON shape shared by the CLI and the HTTP API. */
export function statsJson(user: User, stats: WeeklyStats): object {
  return {
    user: { platform: user.platform, platformUserId: user.platformUserId, timeZone: user.timeZone },
    week: stats.week,
    from: stats.period.from,
    to: stats.period.to,
    currencies: stats.currencies,
  };
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
