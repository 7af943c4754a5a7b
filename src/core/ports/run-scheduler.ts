/** Hands a thread with a new run to whatever carries runs: a queue, or the inline runner of the terminal chat. */
export interface RunScheduler {
  schedule(threadId: number): Promise<void>;
}
