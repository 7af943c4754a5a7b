/** "Biggest expense this month", "top 3 expenses last week": the largest expenses, ranked by the database per currency. */
import { categoryKey } from '../../domain/category.ts';
import type { Expense } from '../../domain/expense.ts';
import { formatDay } from '../../format/date-label.ts';
import type { QuestionContext } from '../command-context.ts';
import { inCurrency, money, nothingIn, sumsFor, when } from './question-reply.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

export async function answerBiggest(ctx: QuestionContext, question: ResolvedQuestion, limit: number): Promise<string> {
  // Amounts in different currencies are never ranked against each other: one list per currency.
  const currencies = (await sumsFor(ctx, question, 'none')).map((row) => row.currency);
  if (currencies.length === 0) return nothingIn(ctx, question);
  const what = `${question.category ? `${question.category} ` : ''}expense${limit === 1 ? '' : 's'}`;
  const lines = [`Biggest ${what}${inCurrency(question)} ${when(ctx, question.period)}:`];
  for (const currency of currencies) {
    const largest = await ctx.store.largestExpenses(ctx.user.id, {
      from: question.period.from,
      to: question.period.to,
      currency,
      limit,
      ...(question.category ? { categoryKey: categoryKey(question.category) } : {}),
    });
    if (currencies.length > 1) lines.push(`${currency}:`);
    largest.forEach((expense, at) => {
      lines.push(`${at + 1}. ${describe(ctx, expense)}`);
    });
  }
  return lines.join('\n');
}

/** "#12 rent ₹15,000.00 on 1 Nov — landlord". */
function describe(ctx: QuestionContext, expense: Expense): string {
  const note = expense.note ? ` — ${expense.note}` : '';
  const amount = money(ctx, expense.amount.minor, expense.amount.currency);
  return `#${expense.number} ${expense.category} ${amount} on ${formatDay(expense.spentOn, ctx.user.locale, ctx.today)}${note}`;
}
