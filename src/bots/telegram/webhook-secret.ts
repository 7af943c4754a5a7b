/**
 * TELEGRAM_WEBHOOK_SECRET's rules, shared by the configuration check and the adapter: `off` in any case turns
 * the check off (local Bot API emulators only); anything else is a secret long enough not to be guessed.
 */
import { createHash } from 'node:crypto';

/** The value that turns the check off, as the adapter receives it. */
export const secretCheckOff = 'off';

export const minSecretLength = 16;

/** `OFF`, `Off` … become `off`; a secret is kept as written. */
export function normalizeWebhookSecret(text: string): string {
  return text.trim().toLowerCase() === secretCheckOff ? secretCheckOff : text;
}

/** Why `secret` (normalized) cannot be used, or undefined when it can. */
export function webhookSecretProblem(secret: string): string | undefined {
  if (secret === secretCheckOff) return undefined;
  // Telegram's own rule for secret_token, with a floor on the length.
  if (/^[A-Za-z0-9_-]{16,256}$/.test(secret)) return undefined;
  return `must be "off" or ${minSecretLength}–256 characters of A-Z, a-z, 0-9, _ and - (got ${secret.length} characters)`;
}

/** A secret derived from the bot token, so every instance agrees on it when none is configured. */
export function derivedSecretToken(botToken: string): string {
  return createHash('sha256').update(`finbot-telegram-webhook:${botToken}`).digest('hex');
}
