/** How a failed job shows in the log: a retry to come is a warning, a job failed for good an error. */

import type { Logger } from '../infra/logger.ts';
import type { JobFailure } from '../jobs/watch-failed-jobs.ts';

export function logJobFailure(log: Logger): (failure: JobFailure) => void {
  return (failure) => {
    const fields = {
      queue: failure.queue,
      jobName: failure.jobName,
      jobId: failure.jobId,
      reason: failure.reason,
      attemptsMade: failure.attemptsMade,
    };
    if (failure.final) log.error(fields, 'job failed for good');
    else log.warn(fields, 'job attempt failed; it will be retried');
  };
}
