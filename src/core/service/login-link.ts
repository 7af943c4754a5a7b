/**
 * Single-use dashboard links and the random tokens behind them and behind sessions. A token is 32 random bytes
 * from the platform's Web Crypto; only its SHA-256 is stored, so the link itself is the only key there is.
 */
import type { LoginLinkStore } from '../ports/dashboard-store.ts';

/** How long a link from "dashboard" signs its user in. */
export const loginLinkMinutes = 15;

/** 32 random bytes, base64url (43 characters): fits a URL, a cookie and a form field as it is. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface LoginLink {
  readonly url: string;
  readonly expiresAt: string;
}

/** Stores a new link for the user (in the caller's transaction, when there is one) and returns its address. */
export async function issueLoginLink(
  store: LoginLinkStore,
  userId: number,
  now: string,
  dashboardUrl: string,
): Promise<LoginLink> {
  const token = randomToken();
  const expiresAt = new Date(Date.parse(now) + loginLinkMinutes * 60_000).toISOString();
  await store.createLoginLink({ userId, tokenHash: await sha256Hex(token), createdAt: now, expiresAt });
  return { url: `${dashboardUrl}/login?token=${token}`, expiresAt };
}
