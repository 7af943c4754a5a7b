/**
 * Runs the core's message handler in a worker thread, so a process uses a second core: the main thread
 * keeps HTTP, the platform SDKs and outgoing calls, the handler thread parses, queries and commits. A
 * message costs one postMessage each way. The thread opens its own database connection, so this suits a
 * SQLite file or a server database, not `sqlite::memory:`.
 */
import { Worker } from 'node:worker_threads';
import type { FileScheduler } from '../../core/ports/file-scheduler.ts';
import type { RunScheduler } from '../../core/ports/run-scheduler.ts';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { Reply } from '../../core/service/inbound-message.ts';
import type { FromHandlerThread, HandlerThreadData, ToHandlerThread } from './handler-thread-protocol.ts';

export interface HandlerThread {
  readonly handle: MessageHandler;
  /** Lets messages in hand finish, then closes the thread's connection and ends it. */
  close(): Promise<void>;
}

export interface HandlerThreadHost {
  /** Queues the runs the handler commits (questions for the model); without it none are scheduled. */
  readonly runScheduler?: RunScheduler;
  /** Queues the file requests the handler commits; without it they wait for the file sweep. */
  readonly fileScheduler?: FileScheduler;
  /** A run or a file could not be queued (a sweep picks it up later). */
  readonly onScheduleError?: (error: unknown) => void;
  /** Answers messages once the thread has died, so they are not all refused until a restart. */
  readonly fallback?: MessageHandler;
  /** The thread ended without being asked to (messages it held were refused; the fallback takes the rest). */
  readonly onUnexpectedExit?: (error: Error) => void;
}

/** The thread loads `moduleUrl` and calls its `createThreadHandler(options, ports)`; `options` must be cloneable. */
export async function startHandlerThread(
  moduleUrl: URL,
  options: unknown,
  host: HandlerThreadHost = {},
): Promise<HandlerThread> {
  const data: HandlerThreadData = {
    moduleUrl: moduleUrl.href,
    options,
    schedulesRuns: host.runScheduler !== undefined,
    schedulesFiles: host.fileScheduler !== undefined,
  };
  const worker = new Worker(new URL('./handler-thread-worker.ts', import.meta.url), { workerData: data });
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;
  let closing = false;
  let started = false;
  let onIdle: (() => void) | undefined;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const settled = (id: number) => {
    const waiter = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) onIdle?.();
    return waiter;
  };
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
    onIdle?.();
  };

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromHandlerThread) => {
      if ('ready' in message) resolve();
      else if ('schedule' in message) {
        host.runScheduler?.schedule(message.schedule).catch((error: unknown) => host.onScheduleError?.(error));
      } else if ('scheduleFile' in message) {
        host.fileScheduler?.schedule(message.scheduleFile).catch((error: unknown) => host.onScheduleError?.(error));
      } else if ('startFailed' in message)
        reject(new Error(`The message handler thread did not start: ${message.startFailed}`));
      else {
        const waiter = settled(message.id);
        if (!waiter) return;
        if ('reply' in message) waiter.resolve(message.reply);
        else {
          const error = new Error(message.error);
          if (message.stack) error.stack = message.stack;
          waiter.reject(error);
        }
      }
    });
    worker.on('error', (error) => {
      reject(error);
      failAll(error);
    });
    worker.on('exit', (code) => {
      const error = new Error(`The message handler thread exited (code ${code})`);
      reject(error);
      failAll(error);
      if (started && !closing) host.onUnexpectedExit?.(error);
    });
  });
  await ready;
  started = true;

  const post = (message: ToHandlerThread) => worker.postMessage(message);
  return {
    handle: (message) => {
      if (failure) return host.fallback ? host.fallback(message) : Promise.reject(failure);
      return new Promise<Reply>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ id, message });
      });
    },
    async close() {
      closing = true;
      if (pending.size > 0) await new Promise<void>((resolve) => (onIdle = resolve));
      // A thread that already died has nothing to close; `exited` has settled.
      if (!failure) post({ close: true });
      await exited;
    },
  };
}
