/** Finds work nobody is carrying — runs left queued, leases of dead workers, undelivered replies — and re-enqueues it. */
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { RunRef } from '../../core/runs/run.ts';
import type { Clock } from '../../core/time/clock.ts';

export interface SweepTargets {
  scheduleThread(threadId: number): Promise<void>;
  enqueueDelivery(run: RunRef): Promise<void>;
}

/** `wallClock`: leases and queue times are wall-clock times, whatever business clock the app runs on. */
export async function sweepRuns(
  store: LedgerStore,
  wallClock: Clock,
  targets: SweepTargets,
  staleMs: number,
): Promise<{ threads: number; deliveries: number }> {
  const now = wallClock.now();
  const staleBefore = new Date(now.getTime() - staleMs).toISOString();
  const threads = await store.findOrphanedThreads(now.toISOString(), staleBefore, 500);
  for (const threadId of threads) await targets.scheduleThread(threadId);
  const runs = await store.findUndeliveredRuns(staleBefore, 500);
  for (const run of runs) await targets.enqueueDelivery(run);
  return { threads: threads.length, deliveries: runs.length };
}
