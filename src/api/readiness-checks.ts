/** Readiness probes for GET /readyz: the database answers a query, Redis answers PING. */
import { type Kysely, sql } from 'kysely';
import { isRedisReachable } from '../infra/redis-connection.ts';

export type ReadinessCheck = () => Promise<boolean>;

// biome-ignore lint/suspicious/noExplicitAny: any schema
export function databaseCheck(db: Kysely<any>): ReadinessCheck {
  return async () => {
    await sql`select 1 as ok`.execute(db);
    return true;
  };
}

export function redisCheck(url: string, timeoutMs = 1000): ReadinessCheck {
  return () => isRedisReachable(url, timeoutMs);
}

/** Runs every check at once; a check that throws or takes longer than `timeoutMs` counts as failed. */
export async function runChecks(
  checks: Readonly<Record<string, ReadinessCheck>>,
  timeoutMs: number,
): Promise<{ ready: boolean; checks: Record<string, 'ok' | 'failing'> }> {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const ok = await Promise.race([check().catch(() => false), timeout]);
      clearTimeout(timer);
      return [name, ok ? 'ok' : 'failing'] as const;
    }),
  );
  return { ready: results.every(([, status]) => status === 'ok'), checks: Object.fromEntries(results) };
}
