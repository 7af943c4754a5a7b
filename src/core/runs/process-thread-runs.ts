/**
 * Carries a thread's runs to completion one at a time, oldest first. Queue-agnostic: a BullMQ job calls it,
 * and so does the terminal chat when no Redis is reachable.
 */
import type { LedgerStore } from '../ports/ledger-store.ts';
import { isRetryable, type RunExecutor } from '../ports/run-executor.ts';
import { type Clock, systemClock } from '../time/clock.ts';
import { startLeaseHeartbeat } from './lease-heartbeat.ts';
import type { Run } from './run.ts';
import { runFailedReply } from './run-failed-text.ts';

export interface RunProcessorDeps {
  readonly store: LedgerStore;
  /** Business time: what a finished run records. */
  readonly clock: Clock;
  /**
   * Queue time: claims, leases and retry times. The system clock unless a test moves it; never the business
   * clock, which FINBOT_NOW pins (a pinned lease would never expire).
   */
  readonly wallClock?: Clock;
  readonly executor: RunExecutor;
  /** Hands a finished run's reply to delivery (a queue, or a direct send). */
  readonly deliver: (run: Run) => Promise<void>;
  readonly maxAttempts: number;
  /** How long a claimed run is ours without renewal; a heartbeat renews it, so a dead worker loses it after this. */
  readonly leaseMs: number;
  /** Delay before retry number `attempt` (1-based). */
  readonly backoffMs: (attempt: number) => number;
  readonly onEvent?: (event: RunEvent) => void;
  /** Failures beside the model's own that are worth a retry: the database out of reach (the store knows which). */
  readonly isTransientFailure?: (error: unknown) => boolean;
}

export type RunEvent =
  | { type: 'completed'; run: Run; ms: number }
  /** The model quoted amounts no tool returned; its reply was replaced by the deterministic answer. */
  | { type: 'ungrounded'; run: Run; amounts: ReadonlyArray<string> }
  | { type: 'retrying'; run: Run; error: string; at: string }
  /** The lease could not be renewed ('error') or was taken over by another worker ('lost'). */
  | { type: 'lease_trouble'; run: Run; problem: 'lost' | 'error'; error?: unknown }
  | { type: 'failed'; run: Run; error: string }
  /** The reply is saved but could not be queued for delivery; the sweep queues it again. */
  | { type: 'delivery_deferred'; run: Run; error: string };

/** What the caller should do next: nothing, or come back at `until`. */
export type ThreadOutcome = { kind: 'done'; processed: number } | { kind: 'wait'; until: string; processed: number };

export async function processThreadRuns(deps: RunProcessorDeps, threadId: number): Promise<ThreadOutcome> {
  let processed = 0;
  const wallClock = deps.wallClock ?? systemClock;
  for (;;) {
    const now = wallClock.now();
    const claim = await deps.store.claimNextRun(
      threadId,
      now.toISOString(),
      new Date(now.getTime() + deps.leaseMs).toISOString(),
    );
    if (claim.kind === 'idle') return { kind: 'done', processed };
    if (claim.kind === 'wait') return { kind: 'wait', until: claim.until, processed };
    const heartbeat = startLeaseHeartbeat(
      {
        store: deps.store,
        wallClock,
        leaseMs: deps.leaseMs,
        onTrouble: (run, problem, error) => deps.onEvent?.({ type: 'lease_trouble', run, problem, error }),
      },
      claim.run,
    );
    try {
      await processRun(deps, claim.run);
    } finally {
      await heartbeat.stop();
    }
    processed += 1;
  }
}

async function processRun(deps: RunProcessorDeps, run: Run): Promise<void> {
  const started = deps.clock.now().getTime();
  if (run.attempts > deps.maxAttempts) {
    // Claimed again after its last allowed attempt died mid-way (a crashed worker): give up, say so.
    await fail(deps, run, 'the run was interrupted too many times');
    return;
  }
  let finished: Run;
  try {
    const result = await deps.executor.execute(run);
    const completedAt = deps.clock.now().toISOString();
    await deps.store.transaction(async (store) => {
      await store.finishRun(run.id, {
        status: 'completed',
        reply: result.reply,
        replyKind: result.replyKind ?? 'answer',
        buttons: result.buttons ?? [],
        responseIds: result.responseIds,
        error: null,
        inputTokens: result.inputTokens,
        outputTokens: result.outputTokens,
        completedAt,
      });
      await store.appendThreadMessages(run.threadId, [
        ...result.events.map((content) => ({ role: 'event' as const, content, createdAt: completedAt })),
        { role: 'assistant', content: result.reply, createdAt: completedAt },
      ]);
    });
    finished = (await deps.store.findRun(run.id)) ?? run;
    if (!result.grounded) deps.onEvent?.({ type: 'ungrounded', run: finished, amounts: result.ungroundedAmounts });
    deps.onEvent?.({ type: 'completed', run: finished, ms: deps.clock.now().getTime() - started });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if ((isRetryable(error) || deps.isTransientFailure?.(error) === true) && run.attempts < deps.maxAttempts) {
      const at = new Date((deps.wallClock ?? systemClock).now().getTime() + deps.backoffMs(run.attempts)).toISOString();
      await deps.store.requeueRun(run.id, at, message);
      deps.onEvent?.({ type: 'retrying', run, error: message, at });
      return;
    }
    await fail(deps, run, message);
    return;
  }
  // Outside the try: the answer is saved, and a hand-off that fails (Redis away) must not turn it into a failure.
  await handOff(deps, finished);
}

/** Queues the reply for delivery; if that fails, the saved run waits for the sweep, which queues it again. */
async function handOff(deps: RunProcessorDeps, run: Run): Promise<void> {
  try {
    await deps.deliver(run);
  } catch (error) {
    deps.onEvent?.({ type: 'delivery_deferred', run, error: error instanceof Error ? error.message : String(error) });
  }
}

async function fail(deps: RunProcessorDeps, run: Run, error: string): Promise<void> {
  const completedAt = deps.clock.now().toISOString();
  const reply = runFailedReply(run);
  await deps.store.transaction(async (store) => {
    await store.finishRun(run.id, {
      status: 'failed',
      reply,
      replyKind: 'run_failed',
      responseIds: run.responseIds,
      error,
      inputTokens: run.inputTokens,
      outputTokens: run.outputTokens,
      completedAt,
    });
    await store.appendThreadMessages(run.threadId, [
      { role: 'event', content: `question not answered: ${error}`, createdAt: completedAt },
    ]);
  });
  const finished = (await deps.store.findRun(run.id)) ?? run;
  deps.onEvent?.({ type: 'failed', run: finished, error });
  await handOff(deps, finished);
}
