/** "How much did I spend …": the total per currency, and for all categories the split by category. */
import type { QuestionContext } from '../command-context.ts';
import { capitalize, inCurrency, money, nothingIn, sumsFor, when, withCount } from './question-reply.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

export async function answerTotal(ctx: QuestionContext, question: ResolvedQuestion): Promise<string> {
  const totals = await sumsFor(ctx, question, 'none');
  if (totals.length === 0) return nothingIn(ctx, question);
  const total = totals.map((row) => withCount(ctx, row)).join(' + ');
  if (question.category) {
    return `${capitalize(question.category)}${inCurrency(question)} ${when(ctx, question.period)}: ${total}`;
  }
  const lines = [`${capitalize(when(ctx, question.period))}${inCurrency(question)}: ${total}`];
  for (const row of await sumsFor(ctx, question, 'category')) {
    lines.push(`• ${row.key}: ${money(ctx, row.minor, row.currency)}`);
  }
  return lines.join('\n');
}
