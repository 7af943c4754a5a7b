/** The conversation of one user: its messages in order and the context follow-up questions rely on. */
import type { Period } from '../time/period.ts';
import type { QuestionMeasure, Versus } from './spending-question.ts';

export type ThreadRole = 'user' | 'assistant' | 'event';

export interface ThreadMessage {
  readonly id: number;
  readonly threadId: number;
  readonly role: ThreadRole;
  readonly content: string;
  readonly createdAt: string;
}

export interface NewThreadMessage {
  readonly role: ThreadRole;
  readonly content: string;
  readonly createdAt: string;
}

/** What the last question was about, so "and last week?" keeps the category and "just groceries?" the period. */
export interface ThreadContext {
  readonly period?: Period;
  readonly category?: string | null;
  /** What the last question measured, its currency filter and the other side of a comparison. */
  readonly measure?: QuestionMeasure;
  readonly currency?: string | null;
  readonly versus?: Versus | null;
}

export interface Thread {
  readonly id: number;
  readonly userId: number;
  readonly context: ThreadContext;
}
