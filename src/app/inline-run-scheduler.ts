/** Runs a thread's runs right away in this process: the same run code as the workers, without a queue. */

import type { RunScheduler } from '../core/ports/run-scheduler.ts';
import { processThreadRuns, type RunProcessorDeps } from '../core/runs/process-thread-runs.ts';

export function createInlineRunScheduler(deps: RunProcessorDeps): RunScheduler {
  return {
    async schedule(threadId) {
      for (;;) {
        const outcome = await processThreadRuns(deps, threadId);
        if (outcome.kind === 'done') return;
        // A retry after backoff: wait for it here, as a worker would wait in the delayed set.
        const waitMs = Math.max(50, Date.parse(outcome.until) - Date.now());
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    },
  };
}
