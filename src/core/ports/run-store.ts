/** Storage of runs. Claims are conditional updates, so a run is never processed by two workers at once. */
import type { ModelResponse } from '../assistant/model-client.ts';
import type { NewRun, Run, RunClaim, RunOutcome, RunRef } from '../runs/run.ts';

export interface RunStore {
  /** The id made when the database was first migrated; queues and job ids are scoped by it. */
  deploymentId(): Promise<string>;
  createRun(run: NewRun): Promise<Run>;
  findRun(id: number): Promise<Run | undefined>;
  /**
   * Takes the oldest unfinished run of the thread if it is free: queued and due, or in progress with an
   * expired lease (its worker died). Counts an attempt and sets a lease until `leaseUntil`. `now` and
   * `leaseUntil` are wall-clock times, never a pinned business clock, or leases would never expire.
   */
  claimNextRun(threadId: number, now: string, leaseUntil: string): Promise<RunClaim>;
  /**
   * Renews the lease of the claim numbered `attempt`; false when that claim is no longer the run's (it finished,
   * or its lease ran out and another worker took it).
   */
  extendLease(runId: number, attempt: number, leaseUntil: string): Promise<boolean>;
  /** Saves a model response of the current attempt, before its tool calls run. */
  saveModelResponse(runId: number, response: ModelResponse): Promise<void>;
  /** Puts a claimed run back in the queue to be retried at `availableAt` (wall clock). */
  requeueRun(runId: number, availableAt: string, error: string): Promise<void>;
  finishRun(runId: number, outcome: RunOutcome): Promise<void>;
  markDelivered(runId: number, at: string): Promise<void>;
  /** Threads with runs that nobody is carrying: queued before `staleBefore`, or leases expired before `now`. */
  findOrphanedThreads(now: string, staleBefore: string, limit: number): Promise<number[]>;
  /**
   * Finished runs whose reply has not been delivered, finished before `staleBefore` (wall clock); a reply the
   * platform refused for good (markDeliveryRefused) is not among them.
   */
  findUndeliveredRuns(staleBefore: string, limit: number): Promise<RunRef[]>;
  /** The reply's platform refused it for a reason of the user's (blocked bot, chat gone): never re-delivered. */
  markDeliveryRefused(runId: number, reason: string): Promise<void>;
  /**
   * A new queue token for a reply whose delivery job failed for good for a reason not the user's, so the job can
   * be queued again under a new id; undefined when the token is no longer `previousToken` (another sweep did it).
   */
  renewQueueToken(runId: number, previousToken: string): Promise<RunRef | undefined>;
  countRunsByStatus(): Promise<Record<string, number>>;
}
