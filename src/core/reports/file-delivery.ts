/** A requested file on its way to its user: stored with the message that asked, sent once, then marked delivered. */
import type { ReplyTarget } from '../domain/reply-target.ts';
import type { FileRequest } from './file-request.ts';

export interface FileDelivery {
  readonly id: number;
  readonly userId: number;
  /** The inbound message that asked; unique, so a redelivered message never asks twice. */
  readonly messageKey: string;
  readonly request: FileRequest;
  /** Where the message came from (the terminal says where it wrote the file there). */
  readonly replyTarget: ReplyTarget | null;
  /** Part of the delivery job's id; renewed when a job failed for good so the sweep can queue another. */
  readonly queueToken: string;
  readonly createdAt: string;
  readonly deliveredAt: string | null;
  /** Why the platform will never take it (the user blocked the bot); such a delivery is not tried again. */
  readonly refusedReason: string | null;
}

export type FileDeliveryRef = Pick<FileDelivery, 'id' | 'queueToken'>;

export interface NewFileDelivery {
  readonly userId: number;
  readonly messageKey: string;
  readonly request: FileRequest;
  readonly replyTarget: ReplyTarget | null;
  readonly createdAt: string;
}
