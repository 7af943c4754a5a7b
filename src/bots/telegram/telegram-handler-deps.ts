/** What the Telegram handlers need: the core, a logger, the typing indicators, optional features. */
import type { Logger } from '../../app/logger.ts';
import type { DigestMessage } from '../../core/digest/digest-sender.ts';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { InboundMessage } from '../../core/service/inbound-message.ts';
import type { TypingIndicators } from './typing-indicators.ts';

/** This week's digest so far for the sender of `message`: text, and a chart to send as a photo when there is one. */
export type DigestNowHandler = (message: InboundMessage) => Promise<DigestMessage>;

export interface TelegramHandlerDeps {
  readonly handleMessage: MessageHandler;
  readonly log: Logger;
  readonly typing: TypingIndicators;
  /** `/digest now`; the digest feature provides it. Without it the command says it is not available yet. */
  readonly digestNow?: DigestNowHandler;
  /** Longer texts get a polite refusal instead of going to the core. */
  readonly maxTextLength: number;
}
