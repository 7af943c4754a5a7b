/** Messages between the main thread and the thread that runs the core's message handler. */
import type { InboundMessage, Reply } from '../../core/service/inbound-message.ts';

export interface HandlerThreadData {
  /** A module whose `createThreadHandler(options, ports)` builds the handler inside the thread. */
  readonly moduleUrl: string;
  readonly options: unknown;
  /** Whether the main thread schedules runs (questions for the model) when the handler asks. */
  readonly schedulesRuns: boolean;
}

export type ToHandlerThread = { readonly id: number; readonly message: InboundMessage } | { readonly close: true };

export type FromHandlerThread =
  | { readonly ready: true }
  /** The handler committed a run for this thread: the main thread's scheduler queues it. */
  | { readonly schedule: number }
  | { readonly startFailed: string }
  | { readonly id: number; readonly reply: Reply }
  | { readonly id: number; readonly error: string; readonly stack?: string };
