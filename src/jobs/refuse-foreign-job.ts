/** The worker-side check that a job belongs to this deployment; a foreign job is failed at once, loudly. */
import { type Job, UnrecoverableError } from 'bullmq';

/** A job of another deployment (another database) reached this worker: misconfigured queues, never retried. */
export class ForeignJobError extends UnrecoverableError {
  override name = 'ForeignJobError';
  readonly jobDeploymentId: string;
  readonly ownDeploymentId: string;
  constructor(job: Job, jobDeploymentId: string, ownDeploymentId: string) {
    super(
      `job ${job.queueName}/${job.id} belongs to deployment ${jobDeploymentId}, this worker to deployment ${ownDeploymentId}: refused`,
    );
    this.jobDeploymentId = jobDeploymentId;
    this.ownDeploymentId = ownDeploymentId;
  }
}

/**
 * Throws ForeignJobError (UnrecoverableError: the job moves to failed without retries) unless the job's data
 * names `deploymentId`; `onForeign` gets it first, for an error log naming both ids.
 */
export function refuseForeignJob(job: Job, deploymentId: string, onForeign?: (error: ForeignJobError) => void): void {
  const own = (job.data as { deploymentId?: unknown } | undefined)?.deploymentId;
  if (own === deploymentId) return;
  const error = new ForeignJobError(job, typeof own === 'string' ? own : '(none)', deploymentId);
  onForeign?.(error);
  throw error;
}
