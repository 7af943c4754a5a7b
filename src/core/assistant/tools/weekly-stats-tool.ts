/** weekly_stats: one ISO week's totals per currency, per category and per day, all summed by the database. */
import { z } from 'zod';
import { formatPeriod } from '../../format/date-label.ts';
import { formatMoney } from '../../money/money.ts';
import { getWeeklyStats } from '../../stats/weekly-stats.ts';
import { isoWeekOf, isoWeekPeriod } from '../../time/period.ts';
import { defineTool, toolError, toolSuccess } from './assistant-tool.ts';
import { moneyJson } from './money-json.ts';

const schema = z.strictObject({
  week: z.string().nullable().describe('Like "2026-W47"; null for the current week.'),
});

export const weeklyStatsTool = defineTool({
  name: 'weekly_stats',
  description: 'One ISO week (Monday to Sunday): total, per category and per day, for each currency.',
  schema,
  run: async (args, ctx) => {
    const { store, user } = ctx;
    const week = args.week ?? isoWeekOf(ctx.today);
    if (!isoWeekPeriod(week)) return toolError(`"${week}" is not an ISO week like 2026-W47`);
    const stats = await getWeeklyStats(store, user, week);
    const locale = user.locale;
    const money = (minor: number, currency: string) => moneyJson({ minor, currency }, locale);
    const currencies = stats.currencies.map((entry) => ({
      total: money(entry.total.minor, entry.currency),
      count: entry.total.count,
      by_category: entry.byCategory.map((row) => ({
        category: row.category,
        total: money(row.minor, entry.currency),
        count: row.count,
      })),
      by_day: entry.byDay.map((row) => ({ date: row.date, total: money(row.minor, entry.currency), count: row.count })),
    }));

    // A label starting with the from-date makes formatPeriod print just the range.
    const when = `Week ${stats.week} (${formatPeriod({ ...stats.period, label: stats.period.from }, locale, ctx.today)})`;
    const lines = stats.currencies.length === 0 ? [`${when}: no expenses.`] : [];
    for (const entry of stats.currencies) {
      const format = (minor: number) => formatMoney({ minor, currency: entry.currency }, locale);
      lines.push(`${when}: ${format(entry.total.minor)} (${entry.total.count} expenses)`);
      for (const row of entry.byCategory) lines.push(`• ${row.category}: ${format(row.minor)}`);
    }
    return toolSuccess(
      { week: stats.week, period: { from: stats.period.from, to: stats.period.to }, currencies },
      lines.join('\n'),
    );
  },
});
