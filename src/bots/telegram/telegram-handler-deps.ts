/** What the Telegram handlers need: the core, a logger, the typing indicators, the longest text read. */

import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { Logger } from '../../infra/logger.ts';
import type { TypingIndicators } from './typing-indicators.ts';

export interface TelegramHandlerDeps {
  readonly handleMessage: MessageHandler;
  readonly log: Logger;
  readonly typing: TypingIndicators;
  /** Longer texts get a polite refusal instead of going to the core. */
  readonly maxTextLength: number;
}
