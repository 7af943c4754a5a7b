/** Sends a core reply into a chat; a `queued` reply (the model is working) also starts "typing…". */
import type { Api } from 'grammy';
import type { Reply } from '../../core/service/inbound-message.ts';
import { type RenderOptions, renderReply } from './render-reply.ts';
import type { TypingIndicators } from './typing-indicators.ts';

export interface SendReplyOptions extends RenderOptions {
  readonly typing?: TypingIndicators;
}

/** Resolves with the id of the last message sent. */
export async function sendReply(
  api: Api,
  chatId: number,
  reply: Reply,
  options: SendReplyOptions = {},
): Promise<number> {
  let lastId = 0;
  for (const message of renderReply(reply, options)) {
    const sent = await api.sendMessage(chatId, message.html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
    });
    lastId = sent.message_id;
  }
  // After the message: a new message clears the chat action, so typing starts once it is out.
  if (reply.kind === 'queued') options.typing?.start(chatId);
  return lastId;
}
