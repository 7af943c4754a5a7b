/**
 * "export november", "report november": the request is stored with the message (so it survives any crash after
 * the commit), the user is told the file is coming, and the file queue makes and sends it once.
 */
import { describeFileRequest, type FileRequest } from '../../reports/file-request.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

export async function requestFile(ctx: CommandContext, request: FileRequest): Promise<CommandResult> {
  const delivery = await ctx.store.createFileDelivery({
    userId: ctx.user.id,
    messageKey: ctx.messageKey,
    request,
    replyTarget: ctx.replyTarget ?? null,
    createdAt: ctx.now,
  });
  const text = `Making ${describeFileRequest(request)}… it follows in a moment.`;
  return {
    reply: textReply('file_queued', text),
    events: [`file requested: ${describeFileRequest(request)}`],
    fileDelivery: { id: delivery.id, queueToken: delivery.queueToken },
  };
}
