/** Hands a stored file delivery to whatever makes and sends it (the file queue, or the terminal in process). */
import type { FileDeliveryRef } from '../reports/file-delivery.ts';

export interface FileScheduler {
  schedule(delivery: FileDeliveryRef): Promise<void>;
}
