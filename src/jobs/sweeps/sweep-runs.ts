/** Finds work nobody is carrying — runs left queued, leases of dead workers, undelivered replies — and re-enqueues it. */
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { Clock } from '../../core/time/clock.ts';

export interface SweepTargets {
  scheduleThread(threadId: number): Promise<void>;
  enqueueDelivery(runId: number): Promise<void>;
}

export async function sweepRuns(
  store: LedgerStore,
  clock: Clock,
  targets: SweepTargets,
  staleMs: number,
): Promise<{ threads: number; deliveries: number }> {
  const now = clock.now();
  const staleBefore = new Date(now.getTime() - staleMs).toISOString();
  const threads = await store.findOrphanedThreads(now.toISOString(), staleBefore, 500);
  for (const threadId of threads) await targets.scheduleThread(threadId);
  const runs = await store.findUndeliveredRuns(staleBefore, 500);
  for (const runId of runs) await targets.enqueueDelivery(runId);
  return { threads: threads.length, deliveries: runs.length };
}
