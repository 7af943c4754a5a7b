/** Answers "how much did I spend …" from SQL sums, resolving follow-ups against the thread's last question. */
import { categoryKey } from '../../domain/category.ts';
import type { SumRow } from '../../domain/stats.ts';
import { formatPeriod } from '../../format/date-label.ts';
import { formatMoney } from '../../money/money.ts';
import type { Intent } from '../../parse/intent.ts';
import { resolvePeriod } from '../../time/period.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function answerSummary(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'summary' }>,
): Promise<CommandResult> {
  const { store, user, thread } = ctx;
  const remembered = intent.followUp ? thread.context : {};
  const period = intent.period ?? remembered.period ?? resolvePeriod({ kind: 'this_week' }, ctx.today, user.weekStart);
  const category = intent.category ?? remembered.category ?? null;
  const range = { from: period.from, to: period.to };
  const when = formatPeriod(period, user.locale, ctx.today);

  let text: string;
  if (category) {
    const totals = await store.sumExpenses(user.id, { ...range, categoryKey: categoryKey(category), groupBy: 'none' });
    text =
      totals.length === 0
        ? `No ${category} expenses ${when}.`
        : `${capitalize(category)} ${when}: ${totals.map((row) => withCount(row, user.locale)).join(' + ')}`;
  } else {
    const totals = await store.sumExpenses(user.id, { ...range, groupBy: 'none' });
    const byCategory = await store.sumExpenses(user.id, { ...range, groupBy: 'category' });
    text = totals.length === 0 ? `No expenses ${when}.` : describeTotals(when, totals, byCategory, user.locale);
  }
  return { reply: textReply('summary', text), context: { period, category } };
}

function describeTotals(
  when: string,
  totals: ReadonlyArray<SumRow>,
  byCategory: ReadonlyArray<SumRow>,
  locale: string,
): string {
  const lines = [`${capitalize(when)}: ${totals.map((row) => withCount(row, locale)).join(' + ')}`];
  for (const row of byCategory) {
    const amount = formatMoney({ minor: row.minor, currency: row.currency }, locale);
    lines.push(`• ${row.key}: ${amount}`);
  }
  return lines.join('\n');
}

function withCount(row: SumRow, locale: string): string {
  const amount = formatMoney({ minor: row.minor, currency: row.currency }, locale);
  return `${amount} (${row.count} expense${row.count === 1 ? '' : 's'})`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
