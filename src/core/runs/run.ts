/** A run: one question handed to the model, carried to completion asynchronously, in thread order. */
import type { ModelResponse } from '../assistant/model-client.ts';
import type { ReplyTarget } from '../domain/reply-target.ts';
import type { ReplyButton } from '../service/inbound-message.ts';

/**
 * 'answer': a question the model answers with the assistant's tools. 'extract_expense': a message the parser
 * read as probably an expense but without confidence; the model only extracts its fields, finbot validates and
 * stores them.
 */
export type RunMode = 'answer' | 'extract_expense';

export type RunStatus = 'queued' | 'in_progress' | 'requires_action' | 'completed' | 'failed' | 'cancelled' | 'expired';

export interface Run {
  readonly id: number;
  readonly threadId: number;
  readonly userId: number;
  /** The inbound message that asked; unique, so a redelivered question never makes a second run. */
  readonly messageKey: string;
  readonly status: RunStatus;
  readonly mode: RunMode;
  /** For an extraction: what to ask the user when no valid expense comes of it. */
  readonly clarifyingQuestion: string | null;
  readonly userMessage: string;
  /** Thread messages up to this id are the run's context; later ones belong to later runs. */
  readonly contextUntilMessageId: number;
  readonly reply: string | null;
  readonly replyKind: string | null;
  /** Sent with the reply (an extracted expense's Undo). */
  readonly replyButtons: ReadonlyArray<ReplyButton>;
  readonly responseIds: ReadonlyArray<string>;
  /** Model responses of earlier attempts, replayed on a retry so tool calls keep their ids (no double adds). */
  readonly modelResponses: ReadonlyArray<ModelResponse>;
  readonly error: string | null;
  readonly attempts: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly replyTarget: ReplyTarget | null;
  readonly createdAt: string;
  readonly availableAt: string;
  readonly startedAt: string | null;
  readonly completedAt: string | null;
  readonly leaseUntil: string | null;
  readonly deliveredAt: string | null;
  /**
   * Random, stored with the run: with the deployment id it makes the run's job ids unique for the life of a
   * Redis, although run ids start again when a database is restored or recreated.
   */
  readonly queueToken: string;
}

/** What a job for the run needs to name it. */
export type RunRef = Pick<Run, 'id' | 'queueToken'>;

export interface NewRun {
  readonly threadId: number;
  readonly userId: number;
  readonly messageKey: string;
  /** Default 'answer'. */
  readonly mode?: RunMode;
  readonly clarifyingQuestion?: string | null;
  readonly userMessage: string;
  readonly contextUntilMessageId: number;
  readonly replyTarget: ReplyTarget | null;
  readonly createdAt: string;
}

/** What a finished run records. */
export interface RunOutcome {
  readonly status: 'completed' | 'failed' | 'expired';
  readonly reply: string;
  readonly replyKind: string;
  readonly buttons?: ReadonlyArray<ReplyButton>;
  readonly responseIds: ReadonlyArray<string>;
  readonly error: string | null;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly completedAt: string;
}

/** The result of trying to take the next run of a thread. */
export type RunClaim =
  /** `run.attempts` numbers this claim: only its holder can renew the lease. */
  | { kind: 'claimed'; run: Run }
  | { kind: 'idle' }
  /** The next run is held by a live lease or waits for its retry time: try again at `until`. */
  | { kind: 'wait'; until: string };
