/** Hands a question the core cannot answer to the model: the run is stored now and answered asynchronously. */
import type { ReplyTarget } from '../../ports/reply-sender.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export const queuedText = 'Let me look into that…';

export async function startRun(
  ctx: CommandContext,
  question: string,
  replyTarget: ReplyTarget | null,
): Promise<CommandResult> {
  const { store, thread } = ctx;
  // The question goes into the thread first: the run's context ends with it.
  await store.appendThreadMessages(thread.id, [{ role: 'user', content: question, createdAt: ctx.now }]);
  const [questionMessage] = await store.recentThreadMessages(thread.id, 1);
  const run = await store.createRun({
    threadId: thread.id,
    userId: ctx.user.id,
    messageKey: ctx.messageKey,
    userMessage: question,
    contextUntilMessageId: questionMessage?.id ?? 0,
    replyTarget,
    createdAt: ctx.now,
  });
  return { reply: { ...textReply('queued', queuedText), runId: run.id }, threadWritten: true, scheduleThread: true };
}
