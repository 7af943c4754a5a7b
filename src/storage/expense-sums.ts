/** Per-currency sums of one user's live expenses, computed by the database: the only totals finbot quotes. */
import type { Kysely } from 'kysely';
import { categoryKey } from '../core/domain/category.ts';
import type { SumQuery, SumRow } from '../core/domain/stats.ts';
import { readDate, readInteger, writeDate } from './column-values.ts';
import type { Database } from './database.ts';

type Total = string | number | bigint;

/**
 * Rows sorted by currency, then by amount (largest first) for categories or by date for days.
 * pg and mssql return SUM and COUNT over bigint as strings; readInteger turns them into numbers or throws.
 */
export async function sumExpenses(db: Kysely<Database>, userId: number, query: SumQuery): Promise<SumRow[]> {
  let base = db
    .selectFrom('expenses')
    .where('user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .where('spent_on', '>=', writeDate(query.from))
    .where('spent_on', '<=', writeDate(query.to));
  if (query.categoryKey !== undefined) base = base.where('category_key', '=', categoryKey(query.categoryKey));

  const totals = base.select((eb) => [
    'currency',
    eb.fn.sum<Total>('amount_minor').as('minor'),
    eb.fn.countAll<Total>().as('count'),
  ]);
  const toRow = (row: { currency: string; minor: Total; count: Total }, key: string): SumRow => ({
    currency: row.currency.trim(),
    key,
    minor: readInteger(row.minor, 'sum of amount_minor'),
    count: readInteger(row.count, 'expense count'),
  });

  switch (query.groupBy) {
    case 'none': {
      const rows = await totals.groupBy('currency').orderBy('currency').execute();
      return rows.map((row) => toRow(row, ''));
    }
    case 'category': {
      // Grouped by the key; the spellings of one key differ at most in case and spacing, MAX picks one.
      const rows = await totals
        .select((eb) => eb.fn.max('category').as('category'))
        .groupBy(['currency', 'category_key'])
        .orderBy('currency')
        .orderBy('minor', 'desc')
        .orderBy('category_key')
        .execute();
      return rows.map((row) => toRow(row, row.category));
    }
    case 'day': {
      const rows = await totals
        .select('spent_on')
        .groupBy(['currency', 'spent_on'])
        .orderBy('currency')
        .orderBy('spent_on')
        .execute();
      return rows.map((row) => toRow(row, readDate(row.spent_on)));
    }
  }
}
