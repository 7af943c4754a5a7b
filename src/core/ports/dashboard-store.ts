/**
 * The web dashboard's storage port: login links, sessions, and the expense table's pages. Every read of
 * expenses is scoped to one user id, which the caller takes from the session, never from the request.
 */
import type { Expense } from '../domain/expense.ts';

/** A single-use link's row; the token itself is never stored, only its SHA-256. */
export interface NewLoginLink {
  readonly userId: number;
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Why a link cannot sign anyone in, or whose it is. */
export type LoginLinkState =
  | { readonly state: 'usable'; readonly userId: number }
  | { readonly state: 'used' }
  | { readonly state: 'expired' }
  | { readonly state: 'unknown' };

/** Written inside a chat message's transaction, so it is part of the ledger store too. */
export interface LoginLinkStore {
  createLoginLink(link: NewLoginLink): Promise<void>;
}

export interface NewWebSession {
  readonly userId: number;
  readonly tokenHash: string;
  readonly csrfToken: string;
  /** Telegram's theme colours as JSON, for a session opened in the Mini App. */
  readonly theme: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface WebSession {
  readonly userId: number;
  readonly csrfToken: string;
  readonly theme: string | null;
  readonly expiresAt: string;
}

export interface ExpensePageQuery {
  readonly from?: string;
  readonly to?: string;
  /** Lower-case category key. */
  readonly categoryKey?: string;
  /** Words found in the category or the note, case-insensitively. */
  readonly text?: string;
  readonly offset: number;
  readonly limit: number;
}

export interface ExpensePage {
  /** Live expenses, newest spent-on first. */
  readonly expenses: ReadonlyArray<Expense>;
  /** How many live expenses match, over every page. */
  readonly total: number;
}

export interface DashboardStore extends LoginLinkStore {
  /** What the link with this hash is now, without using it. */
  peekLoginLink(tokenHash: string, now: string): Promise<LoginLinkState>;
  /** Uses the link once: only the first of any number of concurrent calls gets `usable`. */
  redeemLoginLink(tokenHash: string, now: string): Promise<LoginLinkState>;
  createSession(session: NewWebSession): Promise<void>;
  /** The session with this hash while it has not expired. */
  findSession(tokenHash: string, now: string): Promise<WebSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  pageExpenses(userId: number, query: ExpensePageQuery): Promise<ExpensePage>;
  /** Brings back a deleted expense of this user; false when there is no such deleted expense. */
  restoreExpense(userId: number, number: number): Promise<boolean>;
  /** The user's categories (their spelling) in use on live expenses, alphabetically. */
  listCategories(userId: number): Promise<ReadonlyArray<string>>;
}
