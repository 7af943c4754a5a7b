/** The session cookie: its value is the session's token; the database knows only the token's hash. */
import type { IncomingMessage } from 'node:http';

export const sessionCookieName = 'finbot_session';
const cookiePath = '/dashboard';

/**
 * Where a session's cookie has to work: on finbot's own pages only (a login link opens them in a browser tab), or
 * also in a frame on another site (Telegram Web opens a Mini App in one).
 */
export type CookieReach = 'own-site' | 'framed';

/** Every well-formed session token the request carries (a browser may hold a framed and an own-site one). */
export function readSessionCookies(request: IncomingMessage): string[] {
  const header = request.headers.cookie ?? '';
  const tokens: string[] = [];
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    const token = value.join('=');
    if (name === sessionCookieName && /^[A-Za-z0-9_-]{43}$/.test(token)) tokens.push(token);
  }
  return tokens;
}

/**
 * HttpOnly (no script reads it) and Secure behind https. SameSite=Lax keeps other sites' forms from sending it; a
 * cookie for a frame on another site must be SameSite=None instead (browsers take that only with Secure), and is
 * Partitioned: kept for that one top-level site, which lets browsers that block third-party cookies keep it.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean, reach: CookieReach): string {
  const framed = reach === 'framed' && secure;
  return [
    `${sessionCookieName}=${token}`,
    `Path=${cookiePath}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    ...(framed ? ['SameSite=None', 'Secure', 'Partitioned'] : ['SameSite=Lax', ...(secure ? ['Secure'] : [])]),
  ].join('; ');
}

/** Both kinds of cookie, expired: a partitioned cookie is only cleared by a partitioned Set-Cookie. */
export function clearedSessionCookies(secure: boolean): string[] {
  const kinds: CookieReach[] = secure ? ['own-site', 'framed'] : ['own-site'];
  return kinds.map((reach) => sessionCookie('', 0, secure, reach));
}
