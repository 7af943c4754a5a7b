/** "Where did most of my money go this month": the category with the largest sum, per currency, and the next two. */
import type { QuestionContext } from '../command-context.ts';
import { byCurrency, expenses, money, nothingIn, sumsFor, when } from './question-reply.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

const runnersUp = 2;

export async function answerTopCategory(ctx: QuestionContext, question: ResolvedQuestion): Promise<string> {
  // Each category's own sums: a category filter from a follow-up would leave one row, so it is not applied.
  const rows = await sumsFor(ctx, question, 'category', question.period, null);
  if (rows.length === 0) return nothingIn(ctx, { ...question, category: null });
  const totals = await sumsFor(ctx, question, 'none', question.period, null);
  const groups = byCurrency(rows);
  const lines = [`Top category ${when(ctx, question.period)}:`];
  for (const [currency, categories] of groups) {
    // The database returns each currency's categories largest first.
    const [top, ...rest] = categories;
    if (!top) continue;
    const all = totals.find((row) => row.currency === currency);
    const prefix = groups.size > 1 ? `${currency}: ` : '';
    const share = all ? ` of ${money(ctx, all.minor, currency)} in all` : '';
    lines.push(`${prefix}${top.key}, ${money(ctx, top.minor, currency)} (${expenses(top.count)})${share}`);
    const next = rest.slice(0, runnersUp).map((row) => `${row.key} ${money(ctx, row.minor, currency)}`);
    if (next.length > 0) lines.push(`  then ${next.join(', ')}`);
  }
  return lines.join('\n');
}
