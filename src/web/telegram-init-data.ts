/**
 * Checks the `initData` Telegram gives a Mini App, as Telegram documents it: the secret key is
 * HMAC-SHA-256 of the bot token keyed with "WebAppData"; `hash` must be the hex HMAC-SHA-256, under that key,
 * of every other field as `key=value`, sorted by key and joined by line feeds. A signature older than
 * `maxAgeSeconds` (or from the future) is refused, so a copied initData does not sign in for ever.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TelegramWebAppUser {
  readonly id: number;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly username: string | null;
}

export type InitDataCheck =
  | { readonly ok: true; readonly user: TelegramWebAppUser; readonly authDate: number }
  | { readonly ok: false; readonly reason: string };

/** An hour: long enough to open the app and use it, short enough that an old copy is worthless. */
export const initDataMaxAgeSeconds = 3600;
/** Clocks differ a little; a signature from further ahead than this is refused. */
const futureSkewSeconds = 60;

export function checkInitData(
  initData: string,
  botToken: string,
  nowMs: number,
  maxAgeSeconds = initDataMaxAgeSeconds,
): InitDataCheck {
  const fields = new URLSearchParams(initData);
  const keys = [...fields.keys()];
  if (new Set(keys).size !== keys.length) return { ok: false, reason: 'a field appears twice' };
  const hash = fields.get('hash');
  if (!hash || !/^[0-9a-f]{64}$/.test(hash)) return { ok: false, reason: 'no hash' };
  const dataCheckString = [...fields.entries()]
    .filter(([key]) => key !== 'hash')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  const secretKey = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const expected = createHmac('sha256', secretKey).update(dataCheckString).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) return { ok: false, reason: 'the hash does not match' };

  const authDate = Number(fields.get('auth_date'));
  if (!Number.isSafeInteger(authDate) || authDate <= 0) return { ok: false, reason: 'no auth_date' };
  const ageSeconds = nowMs / 1000 - authDate;
  if (ageSeconds > maxAgeSeconds) return { ok: false, reason: 'auth_date is too old' };
  if (ageSeconds < -futureSkewSeconds) return { ok: false, reason: 'auth_date is in the future' };

  const user = readUser(fields.get('user'));
  if (!user) return { ok: false, reason: 'no user' };
  return { ok: true, user, authDate };
}

function readUser(json: string | null): TelegramWebAppUser | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    if (typeof value.id !== 'number' || !Number.isSafeInteger(value.id)) return undefined;
    const text = (field: unknown) => (typeof field === 'string' && field.trim() !== '' ? field : null);
    return {
      id: value.id,
      firstName: text(value.first_name),
      lastName: text(value.last_name),
      username: text(value.username),
    };
  } catch {
    return undefined;
  }
}
