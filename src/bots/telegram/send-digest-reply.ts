/** A digest reply in a chat: its chart as a photo with the digest as the caption, or the text alone. */
import type { Api } from 'grammy';
import type { Reply } from '../../core/service/inbound-message.ts';
import type { Logger } from '../../infra/logger.ts';
import { sendReply } from './send-reply.ts';
import { sendDigestMessage } from './telegram-sender.ts';

export async function sendDigestReply(api: Api, chatId: number, reply: Reply, log: Logger): Promise<void> {
  if (!reply.chart) {
    await sendReply(api, chatId, reply);
    return;
  }
  try {
    await sendDigestMessage(api, chatId, { text: reply.text, chart: reply.chart });
  } catch (error) {
    log.warn({ err: error, chatId }, 'digest could not be sent');
  }
}
