/** The part of a run that talks to the model: given the run, produce a reply grounded in tool results. */
import type { Run } from '../runs/run.ts';

export interface RunResult {
  readonly reply: string;
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
