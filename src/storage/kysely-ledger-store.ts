/** The core's LedgerStore over Kysely: one implementation for SQLite, PostgreSQL and SQL Server. */
import type { Kysely } from 'kysely';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { createBudgetStore } from './budget-repository.ts';
import { createProposalStore } from './change-proposal-repository.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { createDigestStore } from './digest-store.ts';
import * as expenses from './expense-repository.ts';
import { sumExpenses } from './expense-sums.ts';
import { createFileDeliveryStore } from './file-delivery-repository.ts';
import * as inbound from './inbound-message-repository.ts';
import { createCategoryStore } from './kysely-category-store.ts';
import { largestExpenses } from './largest-expenses.ts';
import { createRecurringStore } from './recurring-repository.ts';
import { createRunRepository } from './runs/run-repository.ts';
import * as threads from './thread-repository.ts';
import * as users from './user-repository.ts';
import { createLoginLink } from './web/login-link-repository.ts';

/**
 * Builds the store on `db`, which may be a transaction. `transaction(work)` opens one and hands `work` a
 * store bound to it; called on a store that is already inside a transaction, it reuses that transaction.
 */
export function createLedgerStore(db: Kysely<Database>, dialect: DialectName): LedgerStore {
  const store: LedgerStore = {
    transaction: (work) =>
      db.isTransaction ? work(store) : db.transaction().execute((trx) => work(createLedgerStore(trx, dialect))),

    findUser: (platform, platformUserId) => users.findUser(db, platform, platformUserId),
    findUserById: (id) => users.findUserById(db, id),
    createUser: (user) => users.createUser(db, dialect, user),
    updateUserSettings: (userId, changes) => users.updateUserSettings(db, userId, changes),
    listUsers: (options) => users.listUsers(db, dialect, options),

    getThread: (userId) => threads.getThread(db, userId),
    saveThreadContext: (threadId, context) => threads.saveThreadContext(db, dialect, threadId, context),
    appendThreadMessages: (threadId, messages) => threads.appendThreadMessages(db, dialect, threadId, messages),
    recentThreadMessages: (threadId, limit) => threads.recentThreadMessages(db, dialect, threadId, limit),

    claimInboundMessage: (key, userId, receivedAt) => inbound.claimInboundMessage(db, dialect, key, userId, receivedAt),
    saveInboundReply: (key, reply) => inbound.saveInboundReply(db, key, reply),

    insertExpense: (expense) => expenses.insertExpense(db, dialect, expense),
    findExpenseBySourceKey: (userId, sourceKey) => expenses.findExpenseBySourceKey(db, userId, sourceKey),
    findExpenseByNumber: (userId, number) => expenses.findExpenseByNumber(db, userId, number),
    latestExpense: (userId) => expenses.latestExpense(db, dialect, userId),
    updateExpense: (userId, number, changes) => expenses.updateExpense(db, dialect, userId, number, changes),
    deleteExpense: (userId, number, deletedAt) => expenses.deleteExpense(db, dialect, userId, number, deletedAt),
    listExpenses: (userId, filter) => expenses.listExpenses(db, dialect, userId, filter),
    findCategorySpelling: (userId, key) => expenses.findCategorySpelling(db, dialect, userId, key),
    sumExpenses: (userId, query) => sumExpenses(db, userId, query),
    largestExpenses: (userId, query) => largestExpenses(db, dialect, userId, query),
    createLoginLink: (link) => createLoginLink(db, dialect, link),

    ...createRunRepository(db, dialect),
    ...createCategoryStore(db, dialect),
    ...createProposalStore(db, dialect),
    ...createDigestStore(db),
    ...createBudgetStore(db, dialect),
    ...createRecurringStore(db, dialect),
    ...createFileDeliveryStore(db, dialect),
  };
  return store;
}
