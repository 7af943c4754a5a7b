/**
 * Dashboard sessions: started by a used login link or checked Telegram initData, found by the cookie on every
 * request, ended by signing out (the row is deleted, so a copied cookie stops working at once).
 */

import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { User } from '../core/domain/user.ts';
import type { WebSession } from '../core/ports/dashboard-store.ts';
import { randomToken, sha256Hex } from '../core/service/login-link.ts';
import type { DashboardDeps } from './dashboard-deps.ts';
import { type CookieReach, clearedSessionCookies, readSessionCookies, sessionCookie } from './session-cookie.ts';

export const sessionDays = 7;

export interface SignedIn {
  readonly user: User;
  readonly session: WebSession;
  readonly tokenHash: string;
}

export function usesHttps(deps: Pick<DashboardDeps, 'publicUrl'>): boolean {
  return deps.publicUrl.startsWith('https://');
}

/** Stores a new session for the user; returns the Set-Cookie value that carries it. */
export async function startSession(
  deps: DashboardDeps,
  userId: number,
  theme: string | null,
  reach: CookieReach,
): Promise<string> {
  const token = randomToken();
  const now = deps.clock.now();
  await deps.dashboardStore.createSession({
    userId,
    tokenHash: await sha256Hex(token),
    csrfToken: randomToken(),
    theme,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionDays * 86_400_000).toISOString(),
  });
  return sessionCookie(token, sessionDays * 86_400, usesHttps(deps), reach);
}

export async function currentSession(deps: DashboardDeps, request: IncomingMessage): Promise<SignedIn | undefined> {
  for (const token of readSessionCookies(request)) {
    const tokenHash = await sha256Hex(token);
    const session = await deps.dashboardStore.findSession(tokenHash, deps.clock.now().toISOString());
    if (!session) continue;
    const user = await deps.store.findUserById(session.userId);
    if (user) return { user, session, tokenHash };
  }
  return undefined;
}

/** Deletes the session; returns the Set-Cookie values that clear its cookie, of either kind. */
export async function endSession(deps: DashboardDeps, signedIn: SignedIn): Promise<string[]> {
  await deps.dashboardStore.deleteSession(signedIn.tokenHash);
  return clearedSessionCookies(usesHttps(deps));
}

/** The form's (or header's) token is the session's own. */
export function csrfMatches(session: WebSession, sent: string | undefined): boolean {
  if (!sent) return false;
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(sent);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
