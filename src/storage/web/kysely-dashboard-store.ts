/** The core's DashboardStore over Kysely: login links, sessions and expense pages on every dialect. */
import type { Kysely } from 'kysely';
import type { DashboardStore } from '../../core/ports/dashboard-store.ts';
import type { Database } from '../database.ts';
import type { DialectName } from '../dialect-name.ts';
import * as expenses from './dashboard-expense-queries.ts';
import * as links from './login-link-repository.ts';
import * as sessions from './web-session-repository.ts';

export function createDashboardStore(db: Kysely<Database>, dialect: DialectName): DashboardStore {
  return {
    createLoginLink: (link) => links.createLoginLink(db, dialect, link),
    peekLoginLink: (tokenHash, now) => links.peekLoginLink(db, tokenHash, now),
    redeemLoginLink: (tokenHash, now) => links.redeemLoginLink(db, dialect, tokenHash, now),
    createSession: (session) => sessions.createSession(db, dialect, session),
    findSession: (tokenHash, now) => sessions.findSession(db, dialect, tokenHash, now),
    deleteSession: (tokenHash) => sessions.deleteSession(db, tokenHash),
    pageExpenses: (userId, query) => expenses.pageExpenses(db, dialect, userId, query),
    restoreExpense: (userId, number) => expenses.restoreExpense(db, userId, number),
    listCategories: (userId) => expenses.listCategories(db, userId),
  };
}
