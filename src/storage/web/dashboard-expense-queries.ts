/** The dashboard's reads and writes of one user's expenses that chat has no use for: pages with a count, a restore, the categories. */
import { type Kysely, sql } from 'kysely';
import { categoryKey } from '../../core/domain/category.ts';
import type { ExpensePage, ExpensePageQuery } from '../../core/ports/dashboard-store.ts';
import { readInteger, writeDate } from '../column-values.ts';
import type { Database } from '../database.ts';
import type { DialectName } from '../dialect-name.ts';
import { expenseFromRow } from '../expense-row.ts';

/** `text` as a LIKE pattern that matches it literally anywhere ("50%" finds "50%", not "50 anything"). */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function filtered(db: Kysely<Database>, userId: number, query: ExpensePageQuery) {
  let select = db.selectFrom('expenses').where('user_id', '=', userId).where('deleted_at', 'is', null);
  if (query.from !== undefined) select = select.where('spent_on', '>=', writeDate(query.from));
  if (query.to !== undefined) select = select.where('spent_on', '<=', writeDate(query.to));
  if (query.categoryKey !== undefined) select = select.where('category_key', '=', categoryKey(query.categoryKey));
  if (query.text !== undefined && query.text !== '') {
    const pattern = containsPattern(query.text);
    select = select.where(
      (eb) =>
        sql<boolean>`(${eb.ref('category_key')} like ${pattern} escape '\\' or lower(${eb.ref('note')}) like ${pattern} escape '\\')`,
    );
  }
  return select;
}

export async function pageExpenses(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  query: ExpensePageQuery,
): Promise<ExpensePage> {
  if (
    !Number.isSafeInteger(query.offset) ||
    query.offset < 0 ||
    !Number.isSafeInteger(query.limit) ||
    query.limit < 1
  ) {
    throw new RangeError(`Not a page: offset ${query.offset}, limit ${query.limit}`);
  }
  const counted = await filtered(db, userId, query)
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirstOrThrow();
  const ordered = filtered(db, userId, query).selectAll().orderBy('spent_on', 'desc').orderBy('id', 'desc');
  // SQL Server has no LIMIT: OFFSET … FETCH NEXT, which needs the ORDER BY above.
  const paged =
    dialect === 'mssql'
      ? ordered.offset(query.offset).fetch(query.limit)
      : ordered.limit(query.limit).offset(query.offset);
  const rows = await paged.execute();
  return { expenses: rows.map(expenseFromRow), total: readInteger(counted.total, 'count') };
}

export async function restoreExpense(db: Kysely<Database>, userId: number, number: number): Promise<boolean> {
  const result = await db
    .updateTable('expenses')
    .set({ deleted_at: null })
    .where('user_id', '=', userId)
    .where('number', '=', number)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** One spelling per category key: the alphabetically first the user wrote. */
export async function listCategories(db: Kysely<Database>, userId: number): Promise<ReadonlyArray<string>> {
  const rows = await db
    .selectFrom('expenses')
    .select((eb) => [eb.fn.min('category').as('category')])
    .where('user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .groupBy('category_key')
    .execute();
  return rows.map((row) => String(row.category)).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}
