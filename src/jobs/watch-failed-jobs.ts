/** Reports every failed job attempt of a worker, so no failure (a lost answer, a missed digest) goes unseen. */
import { UnrecoverableError, type Worker } from 'bullmq';

export interface JobFailure {
  readonly queue: string;
  readonly jobName: string | undefined;
  readonly jobId: string | undefined;
  readonly reason: string;
  readonly attemptsMade: number;
  /** No attempt is left (or the error was unrecoverable): the job stays failed. */
  readonly final: boolean;
}

export function watchFailedJobs(worker: Worker, onFailed: (failure: JobFailure) => void): void {
  worker.on('failed', (job, error) => {
    const attempts = job?.opts.attempts ?? 1;
    const attemptsMade = job?.attemptsMade ?? 0;
    onFailed({
      queue: worker.name,
      jobName: job?.name,
      jobId: job?.id,
      reason: error?.message ?? job?.failedReason ?? 'unknown',
      attemptsMade,
      final: error instanceof UnrecoverableError || error?.name === 'UnrecoverableError' || attemptsMade >= attempts,
    });
  });
}
