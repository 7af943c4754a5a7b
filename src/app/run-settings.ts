/** How runs are retried and leased, from the configuration. */
import type { Config } from './config.ts';

export interface RunSettings {
  readonly maxAttempts: number;
  readonly leaseMs: number;
  readonly backoffMs: (attempt: number) => number;
  readonly runConcurrency: number;
  readonly deliveryConcurrency: number;
  /** How often a worker process looks for runs and replies nobody is carrying. */
  readonly sweepEveryMs: number;
  /** How long a queued run or an undelivered reply waits before the sweep takes it up. */
  readonly staleMs: number;
}

export function runSettingsFrom(config: Config): RunSettings {
  return {
    maxAttempts: config.RUN_MAX_ATTEMPTS,
    leaseMs: config.RUN_LEASE_SECONDS * 1000,
    // 2 s, 4 s, 8 s … capped at a minute: enough for a 429 to clear without leaving the user waiting long.
    backoffMs: (attempt) => Math.min(60_000, 2000 * 2 ** Math.max(0, attempt - 1)),
    runConcurrency: config.WORKER_CONCURRENCY,
    deliveryConcurrency: 8,
    // With the 10 s lease, a dead worker's run is taken up again within about 12 s.
    sweepEveryMs: 2_000,
    // Re-queuing is a no-op while a run's or a reply's job still exists (job ids, deduplication), so a short wait
    // costs one query; it bounds how long work whose job Redis lost (a restart empty, a failed add) waits.
    staleMs: 10_000,
  };
}
