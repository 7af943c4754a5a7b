/** The load side of a benchmark in a worker thread, and a mailbox to wait for its messages by type. */
import { Worker } from 'node:worker_threads';

export interface BenchWorker<ToMain extends { type: string }, ToWorker> {
  /** Resolves with the next message of this type, whenever it arrived. */
  next<T extends ToMain['type']>(type: T): Promise<Extract<ToMain, { type: T }>>;
  tell(message: ToWorker): void;
  readonly worker: Worker;
}

/** Starts `url` as a worker; an error on its side ends the benchmark with `side` named. */
export function startBenchWorker<ToMain extends { type: string }, ToWorker>(
  url: URL,
  workerData: unknown,
  side: string,
): BenchWorker<ToMain, ToWorker> {
  const worker = new Worker(url, { workerData });
  const inbox: ToMain[] = [];
  const waiters: Array<() => void> = [];
  worker.on('message', (message: ToMain) => {
    inbox.push(message);
    waiters.shift()?.();
  });
  worker.on('error', (error) => {
    console.error(`bench: the ${side} side failed`, error);
    process.exit(2);
  });
  return {
    worker,
    async next(type) {
      for (;;) {
        const index = inbox.findIndex((message) => message.type === type);
        if (index >= 0) return inbox.splice(index, 1)[0] as Extract<ToMain, { type: typeof type }>;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    tell: (message) => worker.postMessage(message),
  };
}
