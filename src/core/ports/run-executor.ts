/** The part of a run that talks to the model: given the run, produce a reply grounded in tool results. */
import type { Run } from '../runs/run.ts';
import type { ReplyButton, ReplyKind } from '../service/inbound-message.ts';

export interface RunResult {
  readonly reply: string;
  /** Default 'answer'; an extraction says 'expense_added', 'invalid' or 'not_understood'. */
  readonly replyKind?: ReplyKind;
  /** Sent with the reply, e.g. Undo for an expense the run added. */
  readonly buttons?: ReadonlyArray<ReplyButton>;
  readonly responseIds: ReadonlyArray<string>;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Thread events for expenses the run's tools added, changed or removed. */
  readonly events: ReadonlyArray<string>;
  /** False when the model quoted an amount no tool returned and its reply was replaced. */
  readonly grounded: boolean;
  readonly ungroundedAmounts: ReadonlyArray<string>;
}

export interface RunExecutor {
  /** Throws an error with `retryable: true` for failures worth retrying (429, 5xx, timeouts). */
  execute(run: Run): Promise<RunResult>;
}

export function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { retryable?: unknown }).retryable === true;
}
