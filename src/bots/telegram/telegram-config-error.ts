/** Telegram refused this configuration at start-up (a wrong token, a webhook URL it will not take). */
export class TelegramConfigError extends Error {
  override name = 'TelegramConfigError';
}
