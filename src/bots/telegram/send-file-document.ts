/** A requested file in the user's private chat: a Bot API `sendDocument` (multipart), replying to the request. */
import { type Api, InputFile } from 'grammy';
import type { FileRecipient } from '../../core/ports/file-sender.ts';
import type { ReportFile } from '../../core/reports/report-file.ts';
import { captionLimit } from './split-text.ts';
import { botApiCall } from './telegram-delivery-error.ts';

/** Failures are DeliveryErrors; a rate limit comes back at once for the file worker to wait out. */
export async function sendFileDocument(
  api: Api,
  recipient: FileRecipient,
  file: ReportFile,
  caption: string,
): Promise<void> {
  const address = recipient.replyTarget?.platform === 'telegram' ? recipient.replyTarget.address : {};
  const chatId = address.chatId ?? recipient.platformUserId;
  const replyTo = Number(address.replyToMessageId);
  await botApiCall(() =>
    api.sendDocument(chatId, new InputFile(file.bytes, file.fileName), {
      caption: caption.slice(0, captionLimit),
      ...(Number.isSafeInteger(replyTo) && replyTo > 0
        ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
        : {}),
    }),
  );
}
