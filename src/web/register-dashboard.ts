/**
 * Registers the web dashboard under /dashboard on the shared HTTP server: sign-in (login links, Telegram's
 * Mini App), the overview, the expense table, downloads and settings. Every signed-in page reads the user from
 * the server-side session, never from the request; every POST carries the session's CSRF token; the sign-in
 * endpoints are rate-limited per client address.
 */
import { localToday } from '../core/time/period.ts';
import type { HttpServer } from '../infra/http/http-server.ts';
import { sendJson } from '../infra/http/http-server.ts';
import type { DashboardDeps } from './dashboard-deps.ts';
import { dashboardPath } from './dashboard-path.ts';
import { notSignedInPage, tooManyAttemptsPage } from './pages/sign-in-pages.ts';
import { createRateLimiter, type RateLimiter } from './rate-limiter.ts';
import { readForm } from './read-form.ts';
import { assetPrefix, sendAsset } from './routes/asset-routes.ts';
import { sendDownload, showDownloads } from './routes/downloads-routes.ts';
import {
  deleteExpenseFromForm,
  editExpenseFromForm,
  restoreExpenseFromForm,
  showExpenses,
} from './routes/expenses-routes.ts';
import { showOverview, showPeriodChooser } from './routes/overview-route.ts';
import type { RouteContext, SignedInContext } from './routes/route-context.ts';
import { saveSettings, showSettings } from './routes/settings-routes.ts';
import {
  showLoginLink,
  showTelegramLoader,
  signOut,
  startTelegramSession,
  useLoginLink,
} from './routes/sign-in-routes.ts';
import { csrfMatches, currentSession } from './sessions.ts';
import { themeCss } from './theme-params.ts';
import { sendBody, sendHtml } from './web-response.ts';

export interface DashboardOptions {
  /** Sign-in attempts per client address per minute (login links and Telegram together); 20 by default. */
  readonly signInsPerMinute?: number;
}

const expenseAction = /^\/dashboard\/expenses\/(\d{1,9})\/(edit|delete|restore)$/;

export function registerDashboard(http: HttpServer, deps: DashboardDeps, options: DashboardOptions = {}): void {
  const limiter = createRateLimiter(options.signInsPerMinute ?? 20, 60_000);
  http.routePrefix(dashboardPath, async (request, response, body) => {
    const url = new URL(request.url ?? '/', 'http://dashboard.local');
    const ctx: RouteContext = { request, response, body, url, deps };
    await route(ctx, limiter);
  });
}

async function route(ctx: RouteContext, limiter: RateLimiter): Promise<void> {
  const { request, url } = ctx;
  const method = request.method ?? 'GET';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
  if (path.startsWith(assetPrefix) && method === 'GET' && sendAsset(ctx)) return;

  const signIn: Record<string, (ctx: RouteContext) => void | Promise<void>> = {
    'GET /dashboard/login': showLoginLink,
    'POST /dashboard/login': useLoginLink,
    'GET /dashboard/telegram': showTelegramLoader,
    'POST /dashboard/telegram/session': startTelegramSession,
  };
  // A POST from another site's page is refused before anything else (the CSRF tokens are the main guard; this also
  // covers the sign-in forms, so no one can sign a visitor in to someone else's dashboard).
  if (method === 'POST' && !fromOwnPages(ctx)) {
    return sendJson(ctx.response, 403, { error: 'this form comes from another site' });
  }
  const signInRoute = signIn[`${method} ${path}`];
  if (signInRoute) {
    if (method === 'POST' || path === '/dashboard/login') {
      const waitSeconds = limiter.take(clientAddress(ctx), ctx.deps.clock.now().getTime());
      if (waitSeconds !== undefined) {
        return sendHtml(ctx.response, 429, tooManyAttemptsPage(waitSeconds), { 'retry-after': String(waitSeconds) });
      }
    }
    return signInRoute(ctx);
  }
  if (method === 'POST' && path === '/dashboard/logout') return signOut(ctx);

  const signedIn = await currentSession(ctx.deps, request);
  if (!signedIn) {
    if (method === 'GET' && isPage(path)) return sendHtml(ctx.response, 401, notSignedInPage());
    return sendJson(ctx.response, isPage(path) || expenseAction.test(path) ? 401 : 404, { error: 'not signed in' });
  }
  const session: SignedInContext = {
    ...ctx,
    signedIn,
    today: localToday(ctx.deps.clock, signedIn.user.timeZone),
  };

  if (method === 'GET') {
    switch (path) {
      case '/dashboard':
        return showOverview(session);
      case '/dashboard/period':
        return showPeriodChooser(session);
      case '/dashboard/expenses':
        return showExpenses(session);
      case '/dashboard/downloads':
        return showDownloads(session);
      case '/dashboard/downloads/file':
        return sendDownload(session);
      case '/dashboard/settings':
        return showSettings(session);
      case '/dashboard/theme.css':
        return sendBody(ctx.response, 200, themeCss(signedIn.session.theme), {
          'content-type': 'text/css; charset=utf-8',
          'cache-control': 'private, no-store',
        });
    }
  }
  if (method === 'POST') {
    const form = readForm(request, ctx.body);
    if (!csrfMatches(signedIn.session, form.get('_csrf'))) {
      return sendJson(ctx.response, 403, { error: 'the form is out of date; reload the page and try again' });
    }
    if (path === '/dashboard/settings') return saveSettings(session, form);
    const action = expenseAction.exec(path);
    if (action) {
      const number = Number(action[1]);
      if (action[2] === 'edit') return editExpenseFromForm(session, number, form);
      if (action[2] === 'delete') return deleteExpenseFromForm(session, number, form);
      return restoreExpenseFromForm(session, number, form);
    }
  }
  sendJson(ctx.response, 404, { error: 'not found' });
}

/** No Origin (an old browser, a script) or finbot's own, as PUBLIC_URL names it. */
function fromOwnPages(ctx: RouteContext): boolean {
  const origin = ctx.request.headers.origin;
  return origin === undefined || origin === new URL(ctx.deps.publicUrl).origin;
}

function isPage(path: string): boolean {
  return [
    '/dashboard',
    '/dashboard/period',
    '/dashboard/expenses',
    '/dashboard/downloads',
    '/dashboard/settings',
  ].includes(path);
}

/** The connecting address: a proxy's X-Forwarded-For is not trusted, so behind one the proxy's address counts. */
function clientAddress(ctx: RouteContext): string {
  return ctx.request.socket.remoteAddress ?? 'unknown';
}
