/** What the Telegram handlers need: the core, a logger, the typing indicators, optional features. */
import type { Logger } from '../../app/logger.ts';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { TypingIndicators } from './typing-indicators.ts';

export interface TelegramHandlerDeps {
  readonly handleMessage: MessageHandler;
  readonly log: Logger;
  readonly typing: TypingIndicators;
  /** `/digest now`; the digest feature provides it. Without it the command says it is not available yet. */
  readonly digestNow?: MessageHandler;
  /** Longer texts get a polite refusal instead of going to the core. */
  readonly maxTextLength: number;
}
