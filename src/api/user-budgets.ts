/** GET /api/v1/users/{platform}/{platformUserId}/budgets[?date=YYYY-MM-DD]: budgets and their state, from SQL. */
import type { ServerResponse } from 'node:http';
import { budgetStatuses, earlierDay } from '../core/budgets/budget-status.ts';
import type { Platform } from '../core/domain/user.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import type { Clock } from '../core/time/clock.ts';
import { localToday } from '../core/time/period.ts';
import { sendJson } from '../infra/http/http-server.ts';
import { budgetsJson } from './budgets-json.ts';
import { checkDate, checkUserId } from './stats-params.ts';

const platforms: ReadonlyArray<string> = ['telegram', 'slack', 'cli', 'http'];

/** Called after the bearer token was checked. */
export async function handleUserBudgets(
  deps: { readonly store: LedgerStore; readonly clock: Clock },
  platform: string | undefined,
  encodedId: string,
  query: URLSearchParams,
  response: ServerResponse,
): Promise<void> {
  const fail = (status: number, message: string) => sendJson(response, status, { error: message });
  if (!platform || !platforms.includes(platform)) return fail(404, `unknown platform "${platform}"`);
  const userId = checkUserId(encodedId);
  if (!userId.ok) return fail(400, userId.error);
  const dateText = query.get('date');
  const date = dateText === null ? undefined : checkDate('date', dateText);
  if (date && !date.ok) return fail(400, date.error);
  const user = await deps.store.findUser(platform as Platform, userId.value);
  if (!user) return fail(404, 'no such user');
  const day = date?.value ?? localToday(deps.clock, user.timeZone);
  const statuses = await budgetStatuses(deps.store, user, day, date ? { countThrough: day } : {});
  const since = statuses.reduce((earliest, status) => earlierDay(status.period.from, earliest), day);
  const alerts = statuses.length === 0 ? [] : await deps.store.listBudgetAlerts(user.id, since);
  response.setHeader('cache-control', 'no-store');
  sendJson(response, 200, budgetsJson(user, day, statuses, alerts));
}
