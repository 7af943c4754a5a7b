/**
 * Keeps deployments apart on one Redis: each gets its own queues under the configured prefix, and every job
 * carries and names its deployment, so ids stay unique for the life of a Redis even when row ids repeat.
 */

/** BullMQ key prefix of one deployment: "finbot:<deployment id>". */
export function deploymentPrefix(prefix: string, deploymentId: string): string {
  return `${prefix}:${deploymentId}`;
}

/** What every job's data carries besides its own fields. */
export interface DeploymentJobData {
  readonly deploymentId: string;
}
