/** The production Telegram sender's digest side, pointed at a fake Bot API server. */
import { createSenderApi } from '../../src/bots/telegram/create-sender-api.ts';
import { createTelegramSender } from '../../src/bots/telegram/telegram-sender.ts';
import type { DigestSender } from '../../src/core/digest/digest-sender.ts';

export function telegramDigestSender(server: { readonly token: string; readonly apiRoot: string }): DigestSender {
  return createTelegramSender({ api: createSenderApi({ token: server.token, apiRoot: server.apiRoot }) }).digests;
}
