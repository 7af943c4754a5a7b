/**
 * Worker entry: builds the message handler the main thread asked for (with its own database connection)
 * and answers each message posted to it. A failed message is reported to the caller, never fatal.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileScheduler } from '../../core/ports/file-scheduler.ts';
import type { RunScheduler } from '../../core/ports/run-scheduler.ts';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import type { FromHandlerThread, HandlerThreadData, ToHandlerThread } from './handler-thread-protocol.ts';

export interface ThreadHandler {
  readonly handle: MessageHandler;
  close(): Promise<void>;
}

/** What the main thread provides to the handler: the run and file schedulers, when it has them. */
export interface ThreadPorts {
  readonly runScheduler?: RunScheduler;
  readonly fileScheduler?: FileScheduler;
}

const port = parentPort;
if (!port) throw new Error('handler-thread-worker runs only as a worker thread');
const send = (message: FromHandlerThread) => port.postMessage(message);
const { moduleUrl, options, schedulesRuns, schedulesFiles } = workerData as HandlerThreadData;
// Messages on one port arrive in order, so the main thread queues the run before it sees the reply.
const ports: ThreadPorts = {
  ...(schedulesRuns ? { runScheduler: { schedule: async (threadId: number) => send({ schedule: threadId }) } } : {}),
  ...(schedulesFiles ? { fileScheduler: { schedule: async (delivery) => send({ scheduleFile: delivery }) } } : {}),
};

try {
  const module = (await import(moduleUrl)) as {
    createThreadHandler(options: unknown, ports: ThreadPorts): Promise<ThreadHandler>;
  };
  const handler = await module.createThreadHandler(options, ports);
  port.on('message', (message: ToHandlerThread) => {
    if ('close' in message) {
      void handler.close().finally(() => port.close());
      return;
    }
    handler.handle(message.message).then(
      (reply) => send({ id: message.id, reply }),
      (error: unknown) =>
        send({
          id: message.id,
          error: error instanceof Error ? error.message : String(error),
          ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
        }),
    );
  });
  send({ ready: true });
} catch (error) {
  send({ startFailed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
