/** Storage of requested files until they are delivered: written with the asking message, read by the file worker. */
import type { FileDelivery, FileDeliveryRef, NewFileDelivery } from '../reports/file-delivery.ts';

export interface FileDeliveryStore {
  /** Stores the request (inside the message's transaction); the message key is unique. */
  createFileDelivery(delivery: NewFileDelivery): Promise<FileDelivery>;
  findFileDelivery(id: number): Promise<FileDelivery | undefined>;
  /** Marks it sent; false when it was marked before. */
  markFileDelivered(id: number, at: string): Promise<boolean>;
  markFileRefused(id: number, reason: string): Promise<void>;
  /** Deliveries neither sent nor refused, queued (by the wall clock) at or before `queuedBefore`, oldest first. */
  findUndeliveredFiles(queuedBefore: string, limit: number): Promise<FileDeliveryRef[]>;
  /** A new queue token, when `previousToken` is still the stored one (of two sweeps, one wins). */
  renewFileQueueToken(id: number, previousToken: string): Promise<FileDeliveryRef | undefined>;
}
