/** Queries on `expenses`: numbered inserts, lookups and edits of one user's live expenses. */
import type { Kysely } from 'kysely';
import { categoryKey } from '../core/domain/category.ts';
import type { Expense, ExpenseChanges, ExpenseFilter, NewExpense } from '../core/domain/expense.ts';
import type { Money } from '../core/money/money.ts';
import { writeDate, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { DuplicateSourceKeyError } from './duplicate-source-key-error.ts';
import { expenseFromRow } from './expense-row.ts';
import type { ExpenseRowUpdate } from './expense-table.ts';
import { inTransaction } from './in-transaction.ts';
import { queryTemplate } from './query-template.ts';
import { takeRows } from './take-rows.ts';
import { isUniqueViolation } from './unique-violation.ts';

/**
 * Inserts with the user's next number, in the caller's transaction or a new one. The UPDATE of
 * users.last_expense_number locks the user's row until commit, so concurrent inserts for one user
 * get distinct numbers. A known source key throws DuplicateSourceKeyError before anything is written.
 */
export function insertExpense(db: Kysely<Database>, dialect: DialectName, expense: NewExpense): Promise<Expense> {
  const money = checkedMoney(expense.amount);
  return inTransaction(db, async (trx) => {
    // Checked first so the common redelivery costs no failed statement (which would abort a pg transaction)
    // and no number is taken from the user's sequence for an expense that is then refused.
    const [known] = (await expenseIdBySourceKey.execute(trx, { sourceKey: expense.sourceKey })).rows;
    if (known) throw new DuplicateSourceKeyError(expense.sourceKey);
    const number = await nextExpenseNumber(trx, dialect, expense.userId);
    const values: NewExpenseRow = {
      userId: expense.userId,
      number,
      amountMinor: money.minor,
      currency: money.currency,
      category: expense.category,
      categoryKey: categoryKey(expense.category),
      note: expense.note,
      spentOn: writeDate(expense.spentOn),
      createdAt: writeTimestamp(expense.createdAt, dialect),
      sourceKey: expense.sourceKey,
    };
    try {
      const [row] = (await insertExpenseRow.execute(trx, values, dialect)).rows;
      if (!row) throw new Error('The expense insert returned no row');
      return expenseFromRow(row);
    } catch (error) {
      // A concurrent insert of the same source key won the race.
      if (isUniqueViolation(error, dialect, 'source_key')) {
        throw new DuplicateSourceKeyError(expense.sourceKey, { cause: error });
      }
      throw error;
    }
  });
}

const expenseIdBySourceKey = queryTemplate((db, p: { sourceKey: string }) =>
  db.selectFrom('expenses').select('id').where('source_key', '=', p.sourceKey),
);

interface NewExpenseRow {
  readonly userId: number;
  readonly number: number;
  readonly amountMinor: number;
  readonly currency: string;
  readonly category: string;
  readonly categoryKey: string;
  readonly note: string | null;
  readonly spentOn: string;
  readonly createdAt: string;
  readonly sourceKey: string;
}

/** Shape: the dialect (SQL Server reads the new row through OUTPUT, the others through RETURNING). */
const insertExpenseRow = queryTemplate((db, p: NewExpenseRow, dialect) => {
  const insert = db.insertInto('expenses').values({
    user_id: p.userId,
    number: p.number,
    amount_minor: p.amountMinor,
    currency: p.currency,
    category: p.category,
    category_key: p.categoryKey,
    note: p.note,
    spent_on: p.spentOn,
    created_at: p.createdAt,
    source_key: p.sourceKey,
  });
  return dialect === 'mssql' ? insert.outputAll('inserted') : insert.returningAll();
});

/** Shape: the dialect. SQLite and PostgreSQL read the new number through RETURNING in the same statement. */
const takeExpenseNumber = queryTemplate((db, p: { userId: number }) =>
  db
    .updateTable('users')
    .set((eb) => ({ last_expense_number: eb('last_expense_number', '+', 1) }))
    .where('id', '=', p.userId)
    .returning('last_expense_number'),
);

const bumpExpenseNumber = queryTemplate((db, p: { userId: number }) =>
  db
    .updateTable('users')
    .set((eb) => ({ last_expense_number: eb('last_expense_number', '+', 1) }))
    .where('id', '=', p.userId),
);

const readExpenseNumber = queryTemplate((db, p: { userId: number }) =>
  db.selectFrom('users').select('last_expense_number').where('id', '=', p.userId),
);

/**
 * The user's next number. The UPDATE locks the user's row until the transaction ends, so concurrent inserts
 * for one user queue behind each other. On SQL Server the number is read back by a SELECT in the same
 * transaction, which sees its own update, rather than through OUTPUT: SQL Server's OUTPUT would be right too,
 * but Babelfish (the TDS server the tests run on) returns a stale value from OUTPUT under concurrent updates.
 */
async function nextExpenseNumber(trx: Kysely<Database>, dialect: DialectName, userId: number): Promise<number> {
  if (dialect !== 'mssql') {
    const [row] = (await takeExpenseNumber.execute(trx, { userId }, dialect)).rows;
    if (!row) throw new Error(`No user with id ${userId}`);
    return row.last_expense_number;
  }
  await bumpExpenseNumber.execute(trx, { userId }, dialect);
  const [row] = (await readExpenseNumber.execute(trx, { userId }, dialect)).rows;
  if (!row) throw new Error(`No user with id ${userId}`);
  return row.last_expense_number;
}

/** Deleted ones included: the key says whether that message already made an expense. */
export async function findExpenseBySourceKey(
  db: Kysely<Database>,
  userId: number,
  sourceKey: string,
): Promise<Expense | undefined> {
  const row = await db
    .selectFrom('expenses')
    .selectAll()
    .where('user_id', '=', userId)
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
  return row && expenseFromRow(row);
}

export async function findExpenseByNumber(
  db: Kysely<Database>,
  userId: number,
  number: number,
): Promise<Expense | undefined> {
  const row = await db
    .selectFrom('expenses')
    .selectAll()
    .where('user_id', '=', userId)
    .where('number', '=', number)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && expenseFromRow(row);
}

/** Numbers are handed out in insert order, so the highest live number is the latest created. */
export async function latestExpense(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
): Promise<Expense | undefined> {
  const query = db
    .selectFrom('expenses')
    .selectAll()
    .where('user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .orderBy('number', 'desc');
  const row = await takeRows(query, dialect, 1).executeTakeFirst();
  return row && expenseFromRow(row);
}

export async function updateExpense(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  number: number,
  changes: ExpenseChanges,
): Promise<Expense | undefined> {
  const set: ExpenseRowUpdate = {};
  if (changes.amount !== undefined) {
    const money = checkedMoney(changes.amount);
    set.amount_minor = money.minor;
    set.currency = money.currency;
  }
  if (changes.category !== undefined) {
    set.category = changes.category;
    set.category_key = categoryKey(changes.category);
  }
  if (changes.spentOn !== undefined) set.spent_on = writeDate(changes.spentOn);
  if (changes.note !== undefined) set.note = changes.note;
  if (Object.keys(set).length === 0) return findExpenseByNumber(db, userId, number);
  const update = db
    .updateTable('expenses')
    .set(set)
    .where('user_id', '=', userId)
    .where('number', '=', number)
    .where('deleted_at', 'is', null);
  const row =
    dialect === 'mssql'
      ? await update.outputAll('inserted').executeTakeFirst()
      : await update.returningAll().executeTakeFirst();
  return row && expenseFromRow(row);
}

export async function deleteExpense(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  number: number,
  deletedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('expenses')
    .set({ deleted_at: writeTimestamp(deletedAt, dialect) })
    .where('user_id', '=', userId)
    .where('number', '=', number)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Live expenses, newest spent-on first, then newest id. */
export async function listExpenses(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  filter: ExpenseFilter,
): Promise<Expense[]> {
  let query = db.selectFrom('expenses').selectAll().where('user_id', '=', userId).where('deleted_at', 'is', null);
  if (filter.from !== undefined) query = query.where('spent_on', '>=', writeDate(filter.from));
  if (filter.to !== undefined) query = query.where('spent_on', '<=', writeDate(filter.to));
  if (filter.categoryKey !== undefined) query = query.where('category_key', '=', categoryKey(filter.categoryKey));
  query = query.orderBy('spent_on', 'desc').orderBy('id', 'desc');
  if (filter.limit !== undefined) query = takeRows(query, dialect, filter.limit);
  const rows = await query.execute();
  return rows.map(expenseFromRow);
}

/** The spelling on the user's most recently added live expense with this key. */
export async function findCategorySpelling(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  key: string,
): Promise<string | undefined> {
  const query = db
    .selectFrom('expenses')
    .select('category')
    .where('user_id', '=', userId)
    .where('category_key', '=', categoryKey(key))
    .where('deleted_at', 'is', null)
    .orderBy('spent_on', 'desc')
    .orderBy('id', 'desc');
  const row = await takeRows(query, dialect, 1).executeTakeFirst();
  return row?.category;
}

/** Money goes in as integer minor units only; a float here would be a bug upstream. */
function checkedMoney(money: Money): Money {
  if (!Number.isSafeInteger(money.minor))
    throw new RangeError(`Amount is not a whole number of minor units: ${money.minor}`);
  if (!/^[A-Z]{3}$/.test(money.currency)) throw new RangeError(`Not an ISO 4217 currency code: ${money.currency}`);
  return money;
}
