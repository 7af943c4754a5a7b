/** Queues file deliveries nobody is carrying: never queued (Redis was down), lost with Redis, or out of attempts. */
import type { FileDeliveryStore } from '../../core/ports/file-delivery-store.ts';
import type { FileQueue } from './file-queue.ts';

/** Returns how many deliveries it looked at; `staleMs` of wall-clock time after queueing, a delivery is swept. */
export async function sweepFiles(
  store: FileDeliveryStore,
  queue: Pick<FileQueue, 'schedule' | 'failedForGood'>,
  staleMs: number,
): Promise<number> {
  const pending = await store.findUndeliveredFiles(new Date(Date.now() - staleMs).toISOString(), 200);
  for (const delivery of pending) {
    // A job still waiting or retrying keeps its id, so adding it again is a no-op; one that failed for good
    // keeps its id too, so the delivery gets a new token and the job a new id.
    const again = (await queue.failedForGood(delivery))
      ? await store.renewFileQueueToken(delivery.id, delivery.queueToken)
      : delivery;
    if (again) await queue.schedule(again);
  }
  return pending.length;
}
