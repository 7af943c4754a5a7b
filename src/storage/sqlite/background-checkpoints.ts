/**
 * Starts the checkpoint worker for a SQLite file. If the worker fails or dies, `onFallback` runs once so
 * the writing connection goes back to checkpointing itself and the WAL cannot grow without bound.
 */
import { Worker } from 'node:worker_threads';
import type { CheckpointWorkerData, CheckpointWorkerMessage } from './checkpoint-worker.ts';

export interface BackgroundCheckpoints {
  /** Takes a last checkpoint and closes the worker's connection. */
  stop(): Promise<void>;
}

export interface BackgroundCheckpointOptions {
  readonly everyMs?: number;
  readonly restartAfterFrames?: number;
  /** Called once when the worker can no longer checkpoint, with the reason. */
  readonly onFallback: (reason: string) => void;
}

export function startBackgroundCheckpoints(path: string, options: BackgroundCheckpointOptions): BackgroundCheckpoints {
  const data: CheckpointWorkerData = {
    path,
    everyMs: options.everyMs ?? 200,
    restartAfterFrames: options.restartAfterFrames ?? 4000,
  };
  const worker = new Worker(new URL('./checkpoint-worker.ts', import.meta.url), { workerData: data });
  // A process that is done should not wait for its checkpointer; SQLite is safe without the last checkpoint.
  worker.unref();

  let stopping = false;
  let fellBack = false;
  const fallBack = (reason: string) => {
    if (fellBack || stopping) return;
    fellBack = true;
    options.onFallback(reason);
  };
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (message: CheckpointWorkerMessage) => {
    if (message.type === 'failed') fallBack(message.message);
  });
  worker.on('error', (error) => fallBack(String(error)));
  worker.on('exit', (code) => fallBack(`checkpoint worker exited with code ${code}`));

  return {
    stop() {
      if (!stopping) {
        stopping = true;
        // Kept alive from here on, so a caller awaiting stop() sees the worker's last checkpoint finish.
        worker.ref();
        worker.postMessage('stop');
      }
      return exited;
    },
  };
}
