/** Queries on `budgets` and `budget_alerts`: one live version of each plan, sums against it, alerts once. */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type {
  Budget,
  BudgetAlertRecord,
  BudgetPeriod,
  BudgetSpending,
  BudgetThreshold,
  BudgetWindows,
  NewBudget,
  SetBudgetOutcome,
} from '../core/budgets/budget.ts';
import type { BudgetStore } from '../core/budgets/budget-store.ts';
import { categoryKey } from '../core/domain/category.ts';
import type { BudgetAlertRow, BudgetRow } from './budget-table.ts';
import { readDate, readInteger, readTimestamp, writeDate, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { inTransaction } from './in-transaction.ts';
import { queryTemplate } from './query-template.ts';

export function createBudgetStore(db: Kysely<Database>, dialect: DialectName): BudgetStore {
  return {
    listBudgets: (userId, liveAt) => listBudgets(db, dialect, userId, liveAt),
    setBudget: (budget) => setBudget(db, dialect, budget),
    removeBudgets: (userId, key, removedAt) => removeBudgets(db, dialect, userId, key, removedAt),
    sumBudgetSpending: (userId, windows, liveAt) => sumBudgetSpending(db, dialect, userId, windows, liveAt),
    lockBudgetOwner: (userId) => lockBudgetOwner(db, userId),
    recordBudgetAlert: (alert) => recordBudgetAlert(db, dialect, alert),
    listBudgetAlertsBySource: (userId, sourceKey) => listAlerts(db, userId, { sourceKey }),
    listBudgetAlerts: (userId, since) => listAlerts(db, userId, { since }),
  };
}

/** The quick-add's lookup (live budgets), compiled once (see query-template.ts). */
const liveBudgets = queryTemplate((db, p: { userId: number }) =>
  db
    .selectFrom('budgets')
    .selectAll()
    .where('user_id', '=', p.userId)
    .where('removed_at', 'is', null)
    .orderBy('category_key')
    .orderBy('currency'),
);

async function listBudgets(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  liveAt: string | undefined,
): Promise<Budget[]> {
  if (liveAt === undefined) return (await liveBudgets.execute(db, { userId })).rows.map(budgetFromRow);
  const rows = await db
    .selectFrom('budgets')
    .selectAll()
    .where('user_id', '=', userId)
    .where(liveFilter(dialect, liveAt, ''))
    .orderBy('category_key')
    .orderBy('currency')
    .execute();
  return rows.map(budgetFromRow);
}

/**
 * The user's row is locked first, so two messages setting the same budget at once take turns instead of both
 * finding no live one; the filtered unique index is the backstop.
 */
async function setBudget(db: Kysely<Database>, dialect: DialectName, budget: NewBudget): Promise<SetBudgetOutcome> {
  const key = budget.category === null ? '' : categoryKey(budget.category);
  return inTransaction(db, async (trx) => {
    await lockBudgetOwner(trx, budget.userId);
    const liveRow = await trx
      .selectFrom('budgets')
      .selectAll()
      .where('user_id', '=', budget.userId)
      .where('category_key', '=', key)
      .where('currency', '=', budget.amount.currency)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    const live = liveRow && budgetFromRow(liveRow);
    if (live && live.amount.minor === budget.amount.minor && live.period === budget.period) {
      return { budget: live, replaced: live, unchanged: true };
    }
    if (live) {
      await trx
        .updateTable('budgets')
        .set({ removed_at: writeTimestamp(budget.createdAt, dialect) })
        .where('id', '=', live.id)
        .execute();
    }
    const insert = trx.insertInto('budgets').values({
      user_id: budget.userId,
      category_key: key,
      category: budget.category,
      currency: budget.amount.currency,
      amount_minor: budget.amount.minor,
      period: budget.period,
      created_at: writeTimestamp(budget.createdAt, dialect),
    });
    const row =
      dialect === 'mssql'
        ? await insert.outputAll('inserted').executeTakeFirst()
        : await insert.returningAll().executeTakeFirst();
    if (!row) throw new Error('The budget insert returned no row');
    return { budget: budgetFromRow(row), ...(live ? { replaced: live } : {}), unchanged: false };
  });
}

async function removeBudgets(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  key: string | null,
  removedAt: string,
): Promise<Budget[]> {
  return inTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('budgets')
      .selectAll()
      .where('user_id', '=', userId)
      .where('category_key', '=', key === null ? '' : categoryKey(key))
      .where('removed_at', 'is', null)
      .orderBy('currency')
      .execute();
    if (rows.length === 0) return [];
    const result = await trx
      .updateTable('budgets')
      .set({ removed_at: writeTimestamp(removedAt, dialect) })
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    // Removed by a concurrent message in between: report only what this call removed.
    return Number(result.numUpdatedRows) === rows.length ? rows.map(budgetFromRow) : [];
  });
}

/**
 * An UPDATE that changes nothing holds the user's row until the transaction ends: the same row an expense insert
 * locks to take its number, so budget checks queue behind adds and edits of the same user, never of others.
 */
async function lockBudgetOwner(db: Kysely<Database>, userId: number): Promise<void> {
  await lockUserRow.execute(db, { userId });
}

const lockUserRow = queryTemplate((db, p: { userId: number }) =>
  db
    .updateTable('users')
    .set((eb) => ({ last_expense_number: eb.ref('last_expense_number') }))
    .where('id', '=', p.userId),
);

type Total = string | number | bigint;

/** Live now (not removed), or live at the instant `liveAt`: set by then and not removed by then. */
function liveFilter(dialect: DialectName, liveAt: string | undefined, prefix: '' | 'b.'): Expression<SqlBool> {
  const removed = sql.ref(`${prefix}removed_at`);
  if (liveAt === undefined) return sql<SqlBool>`${removed} is null`;
  const at = writeTimestamp(liveAt, dialect);
  return sql<SqlBool>`(${sql.ref(`${prefix}created_at`)} <= ${at} and (${removed} is null or ${removed} > ${at}))`;
}

interface SpendingParams {
  readonly userId: number;
  readonly weekFrom: string;
  readonly weekTo: string;
  readonly monthFrom: string;
  readonly monthTo: string;
}

/**
 * One row per budget of the user: the sum of their live expenses in the budget's currency, in its category (all for
 * the overall budget, whose key is ''), within the window of its period. A budget with nothing spent sums to 0.
 */
function spendingPerBudget(db: Kysely<Database>, p: SpendingParams) {
  return db
    .selectFrom('budgets as b')
    .leftJoin('expenses as e', (join) =>
      join
        .onRef('e.user_id', '=', 'b.user_id')
        .onRef('e.currency', '=', 'b.currency')
        .on('e.deleted_at', 'is', null)
        .on((eb) => eb.or([eb('b.category_key', '=', ''), eb('e.category_key', '=', eb.ref('b.category_key'))]))
        .on((eb) =>
          eb.or([
            eb.and([eb('b.period', '=', 'week'), eb('e.spent_on', '>=', p.weekFrom), eb('e.spent_on', '<=', p.weekTo)]),
            eb.and([
              eb('b.period', '=', 'month'),
              eb('e.spent_on', '>=', p.monthFrom),
              eb('e.spent_on', '<=', p.monthTo),
            ]),
          ]),
        ),
    )
    .where('b.user_id', '=', p.userId)
    .groupBy('b.id')
    .select((eb) => ['b.id', eb.fn.coalesce(eb.fn.sum<Total>('e.amount_minor'), sql<Total>`0`).as('spent')]);
}

/** The quick-add's sums (live budgets), compiled once. */
const liveSpending = queryTemplate((db, p: SpendingParams) =>
  spendingPerBudget(db, p).where('b.removed_at', 'is', null),
);

async function sumBudgetSpending(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  windows: BudgetWindows,
  liveAt: string | undefined,
): Promise<BudgetSpending[]> {
  const params: SpendingParams = {
    userId,
    weekFrom: writeDate(windows.week.from),
    weekTo: writeDate(windows.week.to),
    monthFrom: writeDate(windows.month.from),
    monthTo: writeDate(windows.month.to),
  };
  const rows =
    liveAt === undefined
      ? (await liveSpending.execute(db, params)).rows
      : await spendingPerBudget(db, params)
          .where(liveFilter(dialect, liveAt, 'b.'))
          .execute();
  return rows.map((row) => ({
    budgetId: readInteger(row.id, 'budgets.id'),
    spentMinor: readInteger(row.spent, 'budget spending'),
  }));
}

/**
 * Inserts the alert unless its key (budget, period start, threshold) is there, without raising a duplicate-key
 * error (which would abort the caller's transaction on PostgreSQL), as claimInboundMessage does:
 * ON CONFLICT DO NOTHING on SQLite and pg (a concurrent inserter waits for the first and then inserts nothing);
 * on SQL Server INSERT … SELECT … WHERE NOT EXISTS under (UPDLOCK, HOLDLOCK), so two inserters queue on the key.
 */
async function recordBudgetAlert(
  db: Kysely<Database>,
  dialect: DialectName,
  alert: BudgetAlertRecord,
): Promise<boolean> {
  const periodStart = writeDate(alert.periodStart);
  const createdAt = writeTimestamp(alert.createdAt, dialect);
  if (dialect === 'mssql') {
    const result = await sql`insert into ${sql.table('budget_alerts')}
        (${sql.ref('budget_id')}, ${sql.ref('period_start')}, ${sql.ref('threshold')}, ${sql.ref('user_id')},
         ${sql.ref('source_key')}, ${sql.ref('text')}, ${sql.ref('created_at')})
      select ${alert.budgetId}, ${periodStart}, ${alert.threshold}, ${alert.userId}, ${alert.sourceKey}, ${alert.text}, ${createdAt}
      where not exists (
        select 1 from ${sql.table('budget_alerts')} with (updlock, holdlock)
        where ${sql.ref('budget_id')} = ${alert.budgetId} and ${sql.ref('period_start')} = ${periodStart}
          and ${sql.ref('threshold')} = ${alert.threshold}
      )`.execute(db);
    return (result.numAffectedRows ?? 0n) > 0n;
  }
  const result = await db
    .insertInto('budget_alerts')
    .values({
      budget_id: alert.budgetId,
      period_start: periodStart,
      threshold: alert.threshold,
      user_id: alert.userId,
      source_key: alert.sourceKey,
      text: alert.text,
      created_at: createdAt,
    })
    .onConflict((conflict) => conflict.columns(['budget_id', 'period_start', 'threshold']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

async function listAlerts(
  db: Kysely<Database>,
  userId: number,
  filter: { sourceKey?: string; since?: string },
): Promise<BudgetAlertRecord[]> {
  let query = db.selectFrom('budget_alerts').selectAll().where('user_id', '=', userId);
  if (filter.sourceKey !== undefined) query = query.where('source_key', '=', filter.sourceKey);
  if (filter.since !== undefined) query = query.where('period_start', '>=', writeDate(filter.since));
  const rows = await query
    .orderBy('created_at')
    .orderBy('period_start')
    .orderBy('budget_id')
    .orderBy('threshold')
    .execute();
  return rows.map(alertFromRow);
}

function budgetFromRow(row: BudgetRow): Budget {
  return {
    id: readInteger(row.id, 'budgets.id'),
    userId: readInteger(row.user_id, 'budgets.user_id'),
    category: row.category,
    amount: { minor: readInteger(row.amount_minor, 'budgets.amount_minor'), currency: row.currency.trim() },
    period: readPeriod(row.period),
    createdAt: readTimestamp(row.created_at),
  };
}

function alertFromRow(row: BudgetAlertRow): BudgetAlertRecord {
  return {
    budgetId: readInteger(row.budget_id, 'budget_alerts.budget_id'),
    periodStart: readDate(row.period_start),
    threshold: readInteger(row.threshold, 'budget_alerts.threshold') as BudgetThreshold,
    userId: readInteger(row.user_id, 'budget_alerts.user_id'),
    sourceKey: row.source_key,
    text: row.text,
    createdAt: readTimestamp(row.created_at),
  };
}

function readPeriod(value: string): BudgetPeriod {
  const period = value.trim();
  if (period === 'week' || period === 'month') return period;
  throw new TypeError(`Not a budget period: ${value}`);
}
