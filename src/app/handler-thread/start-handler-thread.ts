/**
 * Runs the core's message handler in a worker thread, so a process uses a second core: the main thread
 * keeps HTTP, the platform SDKs and outgoing calls, the handler thread parses, queries and commits. A
 * message costs one postMessage each way. The thread opens its own database connection, so this suits a
 * SQLite file or a server database, not `sqlite::memory:`.
 */
import { Worker } from 'node:worker_threads';
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
  /** A run could not be queued (the sweep picks it up later). */
  readonly onScheduleError?: (error: unknown) => void;
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
  };
  const worker = new Worker(new URL('./handler-thread-worker.ts', import.meta.url), { workerData: data });
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | undefined;

  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };

  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromHandlerThread) => {
      if ('ready' in message) resolve();
      else if ('schedule' in message) {
        host.runScheduler?.schedule(message.schedule).catch((error: unknown) => host.onScheduleError?.(error));
      } else if ('startFailed' in message)
        reject(new Error(`The message handler thread did not start: ${message.startFailed}`));
      else {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
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
    });
  });
  await ready;

  const post = (message: ToHandlerThread) => worker.postMessage(message);
  return {
    handle: (message) =>
      new Promise<Reply>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ id, message });
      }),
    async close() {
      while (pending.size > 0 && !failure) await new Promise((resolve) => setTimeout(resolve, 10));
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      post({ close: true });
      await exited;
    },
  };
}
