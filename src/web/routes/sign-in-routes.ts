/**
 * Signing in and out. A login link is looked at on GET (a used or expired one gets its page at once) and used
 * only by the form its page posts, so a link preview cannot use it up. Telegram's Mini App posts its initData.
 */

import { ensureUser } from '../../core/service/ensure-user.ts';
import { sha256Hex } from '../../core/service/login-link.ts';
import { sendJson } from '../../infra/http/http-server.ts';
import { linkProblemPage, loginLinkPage, signedOutPage, telegramLoaderPage } from '../pages/sign-in-pages.ts';
import { readForm } from '../read-form.ts';
import { csrfMatches, currentSession, endSession, startSession } from '../sessions.ts';
import { checkInitData } from '../telegram-init-data.ts';
import { readThemeParams } from '../theme-params.ts';
import { redirect, sendHtml } from '../web-response.ts';
import type { RouteContext } from './route-context.ts';

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export async function showLoginLink(ctx: RouteContext): Promise<void> {
  const token = ctx.url.searchParams.get('token') ?? '';
  if (!tokenPattern.test(token)) return sendHtml(ctx.response, 404, linkProblemPage('unknown'));
  const link = await ctx.deps.dashboardStore.peekLoginLink(await sha256Hex(token), ctx.deps.clock.now().toISOString());
  if (link.state !== 'usable')
    return sendHtml(ctx.response, link.state === 'unknown' ? 404 : 410, linkProblemPage(link.state));
  sendHtml(ctx.response, 200, loginLinkPage(token));
}

export async function useLoginLink(ctx: RouteContext): Promise<void> {
  const token = readForm(ctx.request, ctx.body).get('token') ?? '';
  if (!tokenPattern.test(token)) return sendHtml(ctx.response, 404, linkProblemPage('unknown'));
  const link = await ctx.deps.dashboardStore.redeemLoginLink(
    await sha256Hex(token),
    ctx.deps.clock.now().toISOString(),
  );
  if (link.state !== 'usable')
    return sendHtml(ctx.response, link.state === 'unknown' ? 404 : 410, linkProblemPage(link.state));
  const cookie = await startSession(ctx.deps, link.userId, null, 'own-site');
  ctx.deps.log.info({ userId: link.userId, via: 'link' }, 'dashboard session started');
  redirect(ctx.response, '/dashboard', { 'set-cookie': cookie });
}

export function showTelegramLoader(ctx: RouteContext): void {
  sendHtml(ctx.response, 200, telegramLoaderPage());
}

/** JSON { initData, themeParams? } from the Mini App's script; 204 with the session cookie, or 401. */
export async function startTelegramSession(ctx: RouteContext): Promise<void> {
  const { deps } = ctx;
  if (!deps.telegramBotToken) return sendJson(ctx.response, 404, { error: 'Telegram is not configured here' });
  let payload: { initData?: unknown; themeParams?: unknown };
  try {
    payload = JSON.parse(ctx.body.toString('utf8')) as typeof payload;
  } catch {
    return sendJson(ctx.response, 400, { error: 'send JSON: { "initData": "…" }' });
  }
  if (typeof payload.initData !== 'string' || payload.initData.length > 4096) {
    return sendJson(ctx.response, 400, { error: 'initData must be the Mini App’s initData string' });
  }
  const checked = checkInitData(payload.initData, deps.telegramBotToken, deps.clock.now().getTime());
  if (!checked.ok) {
    deps.log.warn({ reason: checked.reason }, 'telegram initData refused');
    return sendJson(ctx.response, 401, {
      error: 'Telegram’s sign-in data was not accepted; open the dashboard from the chat again',
    });
  }
  const name = [checked.user.firstName, checked.user.lastName].filter(Boolean).join(' ');
  const user = await ensureUser(deps.store, deps.settings, {
    platform: 'telegram',
    platformUserId: String(checked.user.id),
    displayName: name || checked.user.username,
  });
  const theme = readThemeParams(payload.themeParams);
  const cookie = await startSession(deps, user.id, theme ? JSON.stringify(theme) : null, 'framed');
  deps.log.info({ userId: user.id, via: 'telegram' }, 'dashboard session started');
  ctx.response.writeHead(204, { 'set-cookie': cookie, 'cache-control': 'no-store' });
  ctx.response.end();
}

export async function signOut(ctx: RouteContext): Promise<void> {
  const signedIn = await currentSession(ctx.deps, ctx.request);
  if (!signedIn) return redirect(ctx.response, '/dashboard');
  if (!csrfMatches(signedIn.session, readForm(ctx.request, ctx.body).get('_csrf'))) {
    return sendJson(ctx.response, 403, { error: 'the form is out of date; reload the page and try again' });
  }
  const cookie = await endSession(ctx.deps, signedIn);
  sendHtml(ctx.response, 200, signedOutPage(), { 'set-cookie': cookie });
}
