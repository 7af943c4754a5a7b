/** Answers spending questions from SQL sums and rows, resolving follow-ups against the thread's last question. */
import type { Intent } from '../../parse/intent.ts';
import type { CommandContext, CommandResult, QuestionContext } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';
import { answerAverage } from './answer-average.ts';
import { answerBiggest } from './answer-biggest.ts';
import { answerBreakdown } from './answer-breakdown.ts';
import { answerCompare } from './answer-compare.ts';
import { answerCount } from './answer-count.ts';
import { answerTopCategory } from './answer-top-category.ts';
import { answerTotal } from './answer-total.ts';
import { type ResolvedQuestion, resolveQuestion } from './resolve-question.ts';

export async function answerSummary(
  ctx: CommandContext,
  intent: Extract<Intent, { kind: 'summary' }>,
): Promise<CommandResult> {
  const question = resolveQuestion(intent, ctx.thread.context, ctx.today, ctx.user.weekStart);
  const text = await answerQuestion(ctx, question);
  const { measure, period, category, currency, versus } = question;
  return { reply: textReply('summary', text), context: { measure, period, category, currency, versus } };
}

/** The answer to a resolved question, from SQL; reads only. */
export function answerQuestion(ctx: QuestionContext, question: ResolvedQuestion): Promise<string> {
  const { measure } = question;
  switch (measure.kind) {
    case 'total':
      return answerTotal(ctx, question);
    case 'count':
      return answerCount(ctx, question);
    case 'biggest':
      return answerBiggest(ctx, question, measure.limit);
    case 'top_category':
      return answerTopCategory(ctx, question);
    case 'average':
      return answerAverage(ctx, question, measure.per);
    case 'breakdown':
      return answerBreakdown(ctx, question, measure.by);
    case 'compare':
      return answerCompare(ctx, question);
  }
}
