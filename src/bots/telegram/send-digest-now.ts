/** `/digest now` in a chat: the chart as a photo with the digest as its caption, or the text alone. */
import { type Api, InputFile } from 'grammy';
import type { Logger } from '../../app/logger.ts';
import type { DigestMessage } from '../../core/digest/digest-sender.ts';
import { textReply } from '../../core/service/inbound-message.ts';
import { failureText } from './adapter-texts.ts';
import { sendReply } from './send-reply.ts';
import { captionLimit } from './split-text.ts';

export async function sendDigestNow(
  api: Api,
  chatId: number,
  build: () => Promise<DigestMessage>,
  log: Logger,
): Promise<void> {
  let digest: DigestMessage;
  try {
    digest = await build();
  } catch (error) {
    log.error({ err: error, chatId }, 'digest on demand failed');
    await sendReply(api, chatId, textReply('help', failureText));
    return;
  }
  if (digest.chart) {
    const fits = digest.text.length <= captionLimit;
    try {
      // Plain text, like the weekly digest: the caption carries no markup to escape.
      await api.sendPhoto(chatId, new InputFile(digest.chart.png, 'digest.png'), fits ? { caption: digest.text } : {});
      if (fits) return;
    } catch (error) {
      // The numbers matter more than the picture: they still go as text.
      log.warn({ err: error, chatId }, 'digest chart could not be sent; sending the text alone');
    }
  }
  await sendReply(api, chatId, textReply('summary', digest.text));
}
