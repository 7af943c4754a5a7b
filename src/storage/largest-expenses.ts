/** The largest live expenses of one user and currency in a period, ranked by the database. */
import type { Kysely } from 'kysely';
import { categoryKey } from '../core/domain/category.ts';
import type { Expense } from '../core/domain/expense.ts';
import type { LargestQuery } from '../core/domain/stats.ts';
import { writeDate } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { expenseFromRow } from './expense-row.ts';
import { takeRows } from './take-rows.ts';

/** Largest amount first; equal amounts newest spent-on first, then by number, so the order is stable. */
export async function largestExpenses(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  query: LargestQuery,
): Promise<Expense[]> {
  let select = db
    .selectFrom('expenses')
    .selectAll()
    .where('user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .where('currency', '=', query.currency.toUpperCase())
    .where('spent_on', '>=', writeDate(query.from))
    .where('spent_on', '<=', writeDate(query.to));
  if (query.categoryKey !== undefined) select = select.where('category_key', '=', categoryKey(query.categoryKey));
  const ranked = select.orderBy('amount_minor', 'desc').orderBy('spent_on', 'desc').orderBy('number', 'desc');
  const rows = await takeRows(ranked, dialect, query.limit).execute();
  return rows.map(expenseFromRow);
}
