/** Storage of runs. Claims are conditional updates, so a run is never processed by two workers at once. */
import type { ModelResponse } from '../assistant/model-client.ts';
import type { NewRun, Run, RunClaim, RunOutcome } from '../runs/run.ts';

export interface RunStore {
  createRun(run: NewRun): Promise<Run>;
  findRun(id: number): Promise<Run | undefined>;
  /**
   * Takes the oldest unfinished run of the thread if it is free: queued and due, or in progress with an
   * expired lease (its worker died). Counts an attempt and sets a lease until `leaseUntil`.
   */
  claimNextRun(threadId: number, now: string, leaseUntil: string): Promise<RunClaim>;
  /** Puts a claimed run back in the queue to be retried at `availableAt`. */
  /** Keeps a claimed run ours while the model is still working on it. */
  extendLease(runId: number, leaseUntil: string): Promise<void>;
  /** Saves a model response of the current attempt, before its tool calls run. */
  saveModelResponse(runId: number, response: ModelResponse): Promise<void>;
  requeueRun(runId: number, availableAt: string, error: string): Promise<void>;
  finishRun(runId: number, outcome: RunOutcome): Promise<void>;
  markDelivered(runId: number, at: string): Promise<void>;
  /** Threads with runs that nobody is carrying: queued before `staleBefore`, or leases expired before `now`. */
  findOrphanedThreads(now: string, staleBefore: string, limit: number): Promise<number[]>;
  /** Finished runs whose reply has not been delivered, finished before `staleBefore`. */
  findUndeliveredRuns(staleBefore: string, limit: number): Promise<number[]>;
  countRunsByStatus(): Promise<Record<string, number>>;
}
