/** Registers the stats API, health, readiness, metrics and the OpenAPI document on the shared HTTP server. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Platform } from '../core/domain/user.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { getWeeklyStats } from '../core/stats/weekly-stats.ts';
import { dayNumber } from '../core/time/calendar-date.ts';
import type { Clock } from '../core/time/clock.ts';
import { isoWeekOf, localToday } from '../core/time/period.ts';
import { type HttpServer, sendJson } from '../infra/http/http-server.ts';
import type { FinbotMetrics, MetricsRegistry } from '../infra/metrics.ts';
import { hasBearerToken } from './bearer-token.ts';
import { openApiDocument } from './openapi-document.ts';
import { getRangeStats, type RangeGrouping, rangeGroupings } from './range-stats.ts';
import { type ReadinessCheck, runChecks } from './readiness-checks.ts';
import { statsJson } from './stats-json.ts';
import { checkDate, checkUserId, checkWeek } from './stats-params.ts';
import { handleUserBudgets } from './user-budgets.ts';

export interface StatsApiDeps {
  readonly store: LedgerStore;
  /** API_TOKEN; without it the stats endpoints answer 503 (health, metrics and the document still work). */
  readonly apiToken: string | undefined;
  readonly clock: Clock;
  /** Probes for /readyz, e.g. { database: databaseCheck(db), redis: redisCheck(url) }. */
  readonly checks: Readonly<Record<string, ReadinessCheck>>;
  readonly metrics: FinbotMetrics | MetricsRegistry;
  /** Longest range /stats accepts, in days (default 3,700: ten years). */
  readonly maxRangeDays?: number;
  readonly checkTimeoutMs?: number;
}

const usersPrefix = '/api/v1/users/';
const platforms: ReadonlyArray<Platform> = ['telegram', 'slack', 'cli', 'http'];

export function registerStatsApi(http: HttpServer, deps: StatsApiDeps): void {
  http.route('GET', '/healthz', (_request, response) => sendJson(response, 200, { status: 'ok' }));
  http.route('GET', '/readyz', async (_request, response) => {
    const result = await runChecks(deps.checks, deps.checkTimeoutMs ?? 2000);
    sendJson(response, result.ready ? 200 : 503, {
      status: result.ready ? 'ready' : 'not ready',
      checks: result.checks,
    });
  });
  http.route('GET', '/metrics', (_request, response) => {
    const text = ('registry' in deps.metrics ? deps.metrics.registry : deps.metrics).render();
    response.writeHead(200, {
      'content-type': 'text/plain; version=0.0.4; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    response.end(text);
  });
  http.route('GET', '/api/v1/openapi.json', (_request, response) => sendJson(response, 200, openApiDocument));
  http.routePrefix(usersPrefix, (request, response) => handleUserStats(deps, request, response));
}

async function handleUserStats(deps: StatsApiDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const fail = (status: number, message: string) => sendJson(response, status, { error: message });
  if (request.method !== 'GET') return fail(405, 'method not allowed');
  if (!deps.apiToken) return fail(503, 'the stats API is disabled: set API_TOKEN to enable it');
  if (!hasBearerToken(request, deps.apiToken)) {
    response.setHeader('www-authenticate', 'Bearer');
    return fail(401, 'missing or wrong bearer token');
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  // Split before decoding, so an encoded "/" stays inside the user id.
  const segments = url.pathname.slice(usersPrefix.length).split('/');
  const [platform, encodedId, stats, weekly, ...rest] = segments;
  if (stats === 'budgets' && weekly === undefined && encodedId) {
    return handleUserBudgets(deps, platform, encodedId, url.searchParams, response);
  }
  const isWeekly = weekly === 'weekly';
  if (stats !== 'stats' || rest.length > 0 || (weekly !== undefined && !isWeekly) || !encodedId) {
    return fail(404, 'not found');
  }
  if (!platforms.includes(platform as Platform)) return fail(404, `unknown platform "${platform}"`);
  const userId = checkUserId(encodedId);
  if (!userId.ok) return fail(400, userId.error);
  const platformUserId = userId.value;

  const query = url.searchParams;
  if (isWeekly) {
    const weekText = query.get('week');
    const week = weekText === null ? undefined : checkWeek(weekText);
    if (week && !week.ok) return fail(400, week.error);
    const user = await deps.store.findUser(platform as Platform, platformUserId);
    if (!user) return fail(404, 'no such user');
    const chosen = week?.value ?? isoWeekOf(localToday(deps.clock, user.timeZone));
    return sendNoStore(response, statsJson(user, await getWeeklyStats(deps.store, user, chosen)));
  }

  const from = query.get('from');
  const to = query.get('to');
  const group = query.get('group') ?? 'category';
  if (from === null || to === null) return fail(400, 'from and to are required, e.g. ?from=2026-11-01&to=2026-11-30');
  for (const checked of [checkDate('from', from), checkDate('to', to)]) {
    if (!checked.ok) return fail(400, checked.error);
  }
  if (to < from) return fail(400, 'from must not be after to');
  const maxDays = deps.maxRangeDays ?? 3700;
  if (dayNumber(to) - dayNumber(from) + 1 > maxDays) return fail(400, `the range is longer than ${maxDays} days`);
  if (!rangeGroupings.includes(group as RangeGrouping)) return fail(400, 'group must be category, day or week');
  const user = await deps.store.findUser(platform as Platform, platformUserId);
  if (!user) return fail(404, 'no such user');
  return sendNoStore(response, await getRangeStats(deps.store, user, { from, to, group: group as RangeGrouping }));
}

function sendNoStore(response: ServerResponse, body: unknown): void {
  response.setHeader('cache-control', 'no-store');
  sendJson(response, 200, body);
}
