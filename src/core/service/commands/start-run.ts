/** Hands a message the core cannot handle alone to the model: the run is stored now and answered asynchronously. */
import type { ReplyTarget } from '../../domain/reply-target.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export const queuedText = 'Let me look into that…';
export const extractionQueuedText = 'Let me read that…';

/** What the run is for: answering a question, or reading an unclear message into one expense. */
export type RunPurpose =
  | { readonly mode: 'answer' }
  /** `clarifyingQuestion` is the parser's question, asked when no valid expense comes of it. */
  | { readonly mode: 'extract_expense'; readonly clarifyingQuestion: string };

export async function startRun(
  ctx: CommandContext,
  question: string,
  replyTarget: ReplyTarget | null,
  purpose: RunPurpose = { mode: 'answer' },
): Promise<CommandResult> {
  const { store, thread } = ctx;
  // The question goes into the thread first: the run's context ends with it.
  await store.appendThreadMessages(thread.id, [{ role: 'user', content: question, createdAt: ctx.now }]);
  const [questionMessage] = await store.recentThreadMessages(thread.id, 1);
  const run = await store.createRun({
    threadId: thread.id,
    userId: ctx.user.id,
    messageKey: ctx.messageKey,
    mode: purpose.mode,
    clarifyingQuestion: purpose.mode === 'extract_expense' ? purpose.clarifyingQuestion : null,
    userMessage: question,
    contextUntilMessageId: questionMessage?.id ?? 0,
    replyTarget,
    createdAt: ctx.now,
  });
  const text = purpose.mode === 'extract_expense' ? extractionQueuedText : queuedText;
  return { reply: { ...textReply('queued', text), runId: run.id }, threadWritten: true, scheduleThread: true };
}
