/** "How many times did I buy coffee this month": the number of expenses, with what they add up to. */
import type { QuestionContext } from '../command-context.ts';
import { amounts, capitalize, expenses, inCurrency, nothingIn, sumsFor, when } from './question-reply.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

export async function answerCount(ctx: QuestionContext, question: ResolvedQuestion): Promise<string> {
  const totals = await sumsFor(ctx, question, 'none');
  if (totals.length === 0) return nothingIn(ctx, question);
  const count = totals.reduce((sum, row) => sum + row.count, 0);
  const subject = question.category ? `${capitalize(question.category)} ` : '';
  const scope = `${subject}${inCurrency(question).trim() ? `${inCurrency(question).trim()} ` : ''}${when(ctx, question.period)}`;
  return `${capitalize(scope)}: ${expenses(count)}, ${amounts(ctx, totals)} in all.`;
}
