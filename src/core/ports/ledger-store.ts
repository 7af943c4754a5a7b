/** The storage port of the core. Every method is scoped to one user where data belongs to a user. */
import type { BudgetStore } from '../budgets/budget-store.ts';
import type { Expense, ExpenseChanges, ExpenseFilter, NewExpense } from '../domain/expense.ts';
import type { LargestQuery, SumQuery, SumRow } from '../domain/stats.ts';
import type { NewThreadMessage, Thread, ThreadContext, ThreadMessage } from '../domain/thread.ts';
import type { NewUser, Platform, User, UserSettings } from '../domain/user.ts';
import type { CategoryStore } from './category-store.ts';
import type { LoginLinkStore } from './dashboard-store.ts';
import type { DigestStore } from './digest-store.ts';
import type { FileDeliveryStore } from './file-delivery-store.ts';
import type { ProposalStore } from './proposal-store.ts';
import type { RecurringStore } from './recurring-store.ts';
import type { RunStore } from './run-store.ts';

/** Outcome of claiming an inbound message key: the first claim wins, later ones see the stored reply. */
export type InboundClaim = { claimed: true } | { claimed: false; reply: string | null };

export interface LedgerStore
  extends RunStore,
    CategoryStore,
    ProposalStore,
    DigestStore,
    BudgetStore,
    RecurringStore,
    FileDeliveryStore,
    LoginLinkStore {
  /** Runs `work` in one transaction: what it writes commits together or not at all. */
  transaction<T>(work: (store: LedgerStore) => Promise<T>): Promise<T>;

  findUser(platform: Platform, platformUserId: string): Promise<User | undefined>;
  findUserById(id: number): Promise<User | undefined>;
  /** Creates the user and their thread. */
  createUser(user: NewUser): Promise<User>;
  updateUserSettings(userId: number, changes: Partial<UserSettings>): Promise<User>;
  /** Users in id order after `afterId`, for fan-outs that page through everyone. */
  listUsers(options: { afterId: number; limit: number; digestEnabled?: boolean }): Promise<User[]>;

  getThread(userId: number): Promise<Thread>;
  saveThreadContext(threadId: number, context: ThreadContext): Promise<void>;
  appendThreadMessages(threadId: number, messages: ReadonlyArray<NewThreadMessage>): Promise<void>;
  /** The latest `limit` messages, oldest first. */
  recentThreadMessages(threadId: number, limit: number): Promise<ThreadMessage[]>;

  /** Inserts the key; if it exists already, reports the reply stored with it. */
  claimInboundMessage(key: string, userId: number, receivedAt: string): Promise<InboundClaim>;
  saveInboundReply(key: string, reply: string): Promise<void>;

  /** Inserts with the user's next expense number. */
  insertExpense(expense: NewExpense): Promise<Expense>;
  findExpenseBySourceKey(userId: number, sourceKey: string): Promise<Expense | undefined>;
  findExpenseByNumber(userId: number, number: number): Promise<Expense | undefined>;
  /** The latest not-deleted expense by creation. */
  latestExpense(userId: number): Promise<Expense | undefined>;
  updateExpense(userId: number, number: number, changes: ExpenseChanges): Promise<Expense | undefined>;
  /** Soft-deletes; false when there is no such live expense. */
  deleteExpense(userId: number, number: number, deletedAt: string): Promise<boolean>;
  /** Live expenses, newest spent-on first. */
  listExpenses(userId: number, filter: ExpenseFilter): Promise<Expense[]>;
  /** The user's spelling of a category they used before (on their latest such expense), by its lower-case key. */
  findCategorySpelling(userId: number, categoryKey: string): Promise<string | undefined>;
  /** Sums of live expenses per currency, grouped as asked, computed by the database. */
  sumExpenses(userId: number, query: SumQuery): Promise<SumRow[]>;
  /** The `limit` largest live expenses of one currency in the period, largest first, ranked by the database. */
  largestExpenses(userId: number, query: LargestQuery): Promise<Expense[]>;
}
