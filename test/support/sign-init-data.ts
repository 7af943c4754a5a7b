/** Forges a Mini App's initData as Telegram signs it (core.telegram.org/bots/webapps), for tests that open the dashboard. */
import { createHmac } from 'node:crypto';

export function signInitData(fields: Readonly<Record<string, string>>, botToken: string): string {
  const dataCheckString = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('\n');
  const secretKey = createHmac('sha256', 'WebAppData').update(botToken).digest();
  const hash = createHmac('sha256', secretKey).update(dataCheckString).digest('hex');
  return new URLSearchParams({ ...fields, hash }).toString();
}

/** initData for a Telegram user, signed `ageSeconds` before `nowMs`. */
export function initDataFor(
  user: { id: number; first_name: string },
  botToken: string,
  nowMs: number,
  ageSeconds = 5,
): string {
  return signInitData(
    {
      query_id: 'AAE-test-query',
      user: JSON.stringify(user),
      auth_date: String(Math.floor(nowMs / 1000) - ageSeconds),
    },
    botToken,
  );
}
