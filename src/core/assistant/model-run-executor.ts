/** The RunExecutor the workers use: loads the run's user and context, then runs it through the model. */
import type { User } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { RunExecutor, RunResult } from '../ports/run-executor.ts';
import type { Run } from '../runs/run.ts';
import type { CoreSettings } from '../service/core-deps.ts';
import type { Clock } from '../time/clock.ts';
import { localToday } from '../time/period.ts';
import { executeRun } from './execute-run.ts';
import { executeExtraction } from './extraction/execute-extraction.ts';
import type { ModelClient, ModelResponse } from './model-client.ts';

export interface ModelRunExecutorDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly model: ModelClient;
  /** The core's settings: the amount cap, and what an extracted expense is recorded with. */
  readonly settings: CoreSettings;
  /** Thread messages read for context (the token budget trims further). */
  readonly historyLimit?: number;
}

export function createModelRunExecutor(deps: ModelRunExecutorDeps): RunExecutor {
  return {
    async execute(run) {
      const user = await deps.store.findUserById(run.userId);
      if (!user) throw new Error(`run ${run.id}: user ${run.userId} does not exist`);
      if (run.mode === 'extract_expense') return extract(deps, run, user);
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
        maxAmountMajor: deps.settings.maxAmountMajor,
        previousResponses: run.modelResponses,
        onResponse: (response) => saveResponse(deps, run, response),
      });
      return {
        reply: result.reply,
        buttons: result.buttons,
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

/** An unclear message read into one expense; nothing the model writes reaches the user. */
async function extract(deps: ModelRunExecutorDeps, run: Run, user: User): Promise<RunResult> {
  const previousResponse = run.modelResponses[0];
  const result = await executeExtraction({
    model: deps.model,
    store: deps.store,
    settings: deps.settings,
    user,
    thread: await deps.store.getThread(user.id),
    today: localToday(deps.clock, user.timeZone),
    now: deps.clock.now().toISOString(),
    messageKey: run.messageKey,
    message: run.userMessage,
    clarifyingQuestion: run.clarifyingQuestion,
    ...(previousResponse ? { previousResponse } : {}),
    onResponse: (response) => saveResponse(deps, run, response),
  });
  return {
    reply: result.reply,
    replyKind: result.replyKind,
    buttons: result.buttons,
    responseIds: [...new Set([...run.responseIds, ...result.responseIds])],
    inputTokens: run.inputTokens + result.usage.inputTokens,
    outputTokens: run.outputTokens + result.usage.outputTokens,
    events: result.events,
    grounded: true,
    ungroundedAmounts: [],
  };
}

/** Saved before any tool runs, so a retry replays the same calls (the run's lease is renewed by its processor). */
async function saveResponse(deps: ModelRunExecutorDeps, run: Run, response: ModelResponse): Promise<void> {
  await deps.store.saveModelResponse(run.id, response);
}
