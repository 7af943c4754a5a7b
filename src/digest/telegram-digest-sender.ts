/** DigestSender over the Telegram Bot API: the chart as a photo with the text as its caption, or two messages. */

import { captionLimit } from '../bots/telegram/split-text.ts';
import {
  type DigestMessage,
  type DigestRecipient,
  DigestRecipientUnreachableError,
  type DigestSender,
  DigestThrottledError,
} from '../core/digest/digest-sender.ts';

export interface TelegramDigestSenderOptions {
  readonly token: string;
  /** TELEGRAM_API_ROOT; default https://api.telegram.org. */
  readonly apiRoot?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

interface TelegramAnswer {
  ok: boolean;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

export function createTelegramDigestSender(options: TelegramDigestSenderOptions): DigestSender {
  const root = (options.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;

  const call = async (method: string, body: FormData | Record<string, unknown>): Promise<void> => {
    const form = body instanceof FormData;
    const response = await doFetch(`${root}/bot${options.token}/${method}`, {
      method: 'POST',
      ...(form ? { body } : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const answer = (await response.json().catch(() => ({ ok: false }))) as TelegramAnswer;
    if (response.ok && answer.ok) return;
    const code = answer.error_code ?? response.status;
    const description = `Telegram ${method} ${code}: ${answer.description ?? response.statusText}`;
    if (code === 429) throw new DigestThrottledError(description, (answer.parameters?.retry_after ?? 1) * 1000);
    if (isPermanentRefusal(code, answer.description ?? '')) throw new DigestRecipientUnreachableError(description);
    throw new Error(description);
  };

  return {
    async send(recipient: DigestRecipient, message: DigestMessage, pace: () => Promise<void>): Promise<void> {
      const chatId = recipient.platformUserId;
      if (!message.chart) {
        await pace();
        await call('sendMessage', { chat_id: chatId, text: message.text });
        return;
      }
      const fits = message.text.length <= captionLimit;
      const form = new FormData();
      form.set('chat_id', chatId);
      if (fits) form.set('caption', message.text);
      form.set('photo', new Blob([message.chart.png], { type: 'image/png' }), 'digest.png');
      await pace();
      await call('sendPhoto', form);
      if (!fits) {
        await pace();
        await call('sendMessage', { chat_id: chatId, text: message.text });
      }
    },
  };
}

/** 403: blocked by the user, user deactivated, kicked; 400 "chat not found": the chat is gone. Not worth retrying. */
function isPermanentRefusal(code: number, description: string): boolean {
  return code === 403 || (code === 400 && /chat not found|user is deactivated|PEER_ID_INVALID/i.test(description));
}
