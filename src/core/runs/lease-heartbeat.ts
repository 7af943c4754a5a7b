/** Renews a claimed run's lease while it is processed, so a short lease takes over only runs of dead workers. */
import type { RunStore } from '../ports/run-store.ts';
import type { Clock } from '../time/clock.ts';
import type { Run } from './run.ts';

export interface LeaseHeartbeatDeps {
  readonly store: Pick<RunStore, 'extendLease'>;
  /** Wall-clock time: a pinned business clock would leave every lease expired or never expiring. */
  readonly wallClock: Clock;
  readonly leaseMs: number;
  /** The lease was no longer ours (taken over after a stall) or could not be renewed (the database failed). */
  readonly onTrouble?: (run: Run, problem: 'lost' | 'error', error?: unknown) => void;
}

export interface LeaseHeartbeat {
  /** Stops renewing; waits for a renewal in flight so none lands after the run is finished. */
  stop(): Promise<void>;
}

/** Four renewals per lease: three can fail (a slow database) before the lease runs out. */
export function startLeaseHeartbeat(deps: LeaseHeartbeatDeps, run: Run): LeaseHeartbeat {
  const everyMs = Math.max(50, Math.floor(deps.leaseMs / 4));
  let stopped = false;
  let inFlight: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const beat = async () => {
    try {
      const until = new Date(deps.wallClock.now().getTime() + deps.leaseMs).toISOString();
      const ours = await deps.store.extendLease(run.id, run.attempts, until);
      if (!ours && !stopped) deps.onTrouble?.(run, 'lost');
    } catch (error) {
      if (!stopped) deps.onTrouble?.(run, 'error', error);
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      inFlight = beat().finally(() => {
        if (!stopped) schedule();
      });
    }, everyMs);
    // A heartbeat alone must not keep a finished process alive.
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
