/** Messages between the main thread and the thread that runs the core's message handler. */
import type { FileDeliveryRef } from '../../core/reports/file-delivery.ts';
import type { InboundMessage, Reply } from '../../core/service/inbound-message.ts';

export interface HandlerThreadData {
  /** A module whose `createThreadHandler(options, ports)` builds the handler inside the thread. */
  readonly moduleUrl: string;
  readonly options: unknown;
  /** Whether the main thread schedules runs (questions for the model) when the handler asks. */
  readonly schedulesRuns: boolean;
  /** Whether the main thread queues requested files (exports, reports) when the handler asks. */
  readonly schedulesFiles?: boolean;
}

export type ToHandlerThread = { readonly id: number; readonly message: InboundMessage } | { readonly close: true };

export type FromHandlerThread =
  | { readonly ready: true }
  /** The handler committed a run for this thread: the main thread's scheduler queues it. */
  | { readonly schedule: number }
  /** The handler committed a file request: the main thread's file queue takes it. */
  | { readonly scheduleFile: FileDeliveryRef }
  | { readonly startFailed: string }
  | { readonly id: number; readonly reply: Reply }
  | { readonly id: number; readonly error: string; readonly stack?: string };
