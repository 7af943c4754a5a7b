/** Makes and sends a requested file right away in this process (the terminal chat): the same code as the file worker. */
import type { FileScheduler } from '../core/ports/file-scheduler.ts';
import { type DeliverFileDeps, deliverFile } from '../core/reports/deliver-file.ts';

/** `onFailure` tells the user; the request stays stored and undelivered. */
export function createInlineFileScheduler(
  deps: DeliverFileDeps,
  onFailure: (fileDeliveryId: number, error: unknown) => Promise<void>,
): FileScheduler {
  return {
    async schedule(delivery) {
      try {
        await deliverFile(deps, delivery.id);
      } catch (error) {
        await onFailure(delivery.id, error);
      }
    },
  };
}
