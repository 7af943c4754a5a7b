/** The RunExecutor the workers use: loads the run's user and context, then runs it through the model. */
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { RunExecutor } from '../ports/run-executor.ts';
import type { Clock } from '../time/clock.ts';
import { localToday } from '../time/period.ts';
import { executeRun } from './execute-run.ts';
import type { ModelClient } from './model-client.ts';

export interface ModelRunExecutorDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly model: ModelClient;
  readonly maxAmountMajor: number;
  /** Thread messages read for context (the token budget trims further). */
  readonly historyLimit?: number;
  /** The lease each model response renews, so a long run is not taken over while it is alive. */
  readonly leaseMs: number;
}

export function createModelRunExecutor(deps: ModelRunExecutorDeps): RunExecutor {
  return {
    async execute(run) {
      const user = await deps.store.findUserById(run.userId);
      if (!user) throw new Error(`run ${run.id}: user ${run.userId} does not exist`);
      // Messages after the question belong to later runs of the thread.
      const history = (await deps.store.recentThreadMessages(run.threadId, deps.historyLimit ?? 40)).filter(
        (message) => message.id <= run.contextUntilMessageId,
      );
      const now = deps.clock.now();
      // No transaction around the run: model calls take seconds; each tool write is idempotent on its own.
      const result = await executeRun({
        model: deps.model,
        store: deps.store,
        user,
        today: localToday(deps.clock, user.timeZone),
        now: now.toISOString(),
        runKey: run.messageKey,
        question: run.userMessage,
        history,
        maxAmountMajor: deps.maxAmountMajor,
        previousResponses: run.modelResponses,
        onResponse: async (response) => {
          await deps.store.saveModelResponse(run.id, response);
          await deps.store.extendLease(run.id, new Date(deps.clock.now().getTime() + deps.leaseMs).toISOString());
        },
      });
      return {
        reply: result.reply,
        responseIds: [...new Set([...run.responseIds, ...result.responseIds])],
        inputTokens: run.inputTokens + result.usage.inputTokens,
        outputTokens: run.outputTokens + result.usage.outputTokens,
        events: result.events,
        grounded: result.grounded,
        ungroundedAmounts: result.ungroundedAmounts,
      };
    },
  };
}
