/**
 * How a queue worker's own error shows in the log. A job whose keys Redis no longer holds (Redis restarted empty,
 * or the job was removed under it) is expected after an outage — the sweep takes its work up again — so it is a
 * warning; anything else is an error.
 */
import type { Logger } from '../infra/logger.ts';

const lostJobPattern = /^Missing (key|lock) for job /;

export function logWorkerError(log: Logger, component: string, onCount: () => void): (error: unknown) => void {
  return (error) => {
    onCount();
    const message = error instanceof Error ? error.message : String(error);
    if (lostJobPattern.test(message)) {
      log.warn({ component, reason: message }, 'Redis no longer holds a job in hand; its work is swept up again');
      return;
    }
    log.error({ err: error, component }, `${component} worker error`);
  };
}
