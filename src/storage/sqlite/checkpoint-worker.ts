/**
 * Runs in a worker thread with its own connection to one SQLite file and copies the WAL back into the
 * database (a checkpoint) every few hundred milliseconds, so the connection that handles messages never
 * stalls on a checkpoint's writes and fsync.
 *
 * PASSIVE checkpoints never wait for the writer, but while writes keep coming the WAL is never found fully
 * copied and so never starts over; past `restartAfterFrames` a RESTART checkpoint waits for the writer's
 * current transaction, finishes the little left to copy and lets the next write start the WAL from the top.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

export interface CheckpointWorkerData {
  readonly path: string;
  readonly everyMs: number;
  readonly restartAfterFrames: number;
}

export type CheckpointWorkerMessage = { readonly type: 'failed'; readonly message: string };

interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

const { path, everyMs, restartAfterFrames } = workerData as CheckpointWorkerData;
const db = new DatabaseSync(path);
db.exec('PRAGMA busy_timeout = 5000');

function checkpoint(mode: 'PASSIVE' | 'RESTART' | 'TRUNCATE'): CheckpointResult {
  return db.prepare(`PRAGMA wal_checkpoint(${mode})`).get() as unknown as CheckpointResult;
}

function report(error: unknown): void {
  const message: CheckpointWorkerMessage = { type: 'failed', message: String(error) };
  parentPort?.postMessage(message);
}

const timer = setInterval(() => {
  try {
    const passive = checkpoint('PASSIVE');
    if (passive.log > restartAfterFrames) checkpoint('RESTART');
  } catch (error) {
    report(error);
  }
}, everyMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  try {
    // The last connection to close removes the WAL; an empty one first makes that cheap.
    checkpoint('TRUNCATE');
  } catch (error) {
    report(error);
  }
  db.close();
  parentPort?.close();
});
