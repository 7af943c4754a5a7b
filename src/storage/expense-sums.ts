/** Per-currency sums of one user's live expenses, computed by the database: the only totals finbot quotes. */
import type { Kysely } from 'kysely';
import { categoryKey } from '../core/domain/category.ts';
import type { SumQuery, SumRow } from '../core/domain/stats.ts';
import { readDate, readInteger, writeDate } from './column-values.ts';
import type { Database } from './database.ts';
import { queryTemplate } from './query-template.ts';

type Total = string | number | bigint;

interface SumParams {
  readonly userId: number;
  readonly from: string;
  readonly to: string;
  readonly categoryKey?: string;
  readonly currency?: string;
}

/** Live expenses of the user between two days; the shape's `+category` and `+currency` narrow them. */
function selectTotals(db: Kysely<Database>, p: SumParams, shape: string) {
  let base = db
    .selectFrom('expenses')
    .where('user_id', '=', p.userId)
    .where('deleted_at', 'is', null)
    .where('spent_on', '>=', p.from)
    .where('spent_on', '<=', p.to);
  if (shape.includes('+category')) base = base.where('category_key', '=', p.categoryKey as string);
  if (shape.includes('+currency')) base = base.where('currency', '=', p.currency as string);
  return base.select((eb) => [
    'currency',
    eb.fn.sum<Total>('amount_minor').as('minor'),
    eb.fn.countAll<Total>().as('count'),
  ]);
}

const totalsByCurrency = queryTemplate((db, p: SumParams, shape) =>
  selectTotals(db, p, shape).groupBy('currency').orderBy('currency'),
);

// Grouped by the key; the spellings of one key differ at most in case and spacing, MAX picks one.
const totalsByCategory = queryTemplate((db, p: SumParams, shape) =>
  selectTotals(db, p, shape)
    .select((eb) => eb.fn.max('category').as('category'))
    .groupBy(['currency', 'category_key'])
    .orderBy('currency')
    .orderBy('minor', 'desc')
    .orderBy('category_key'),
);

const totalsByDay = queryTemplate((db, p: SumParams, shape) =>
  selectTotals(db, p, shape)
    .select('spent_on')
    .groupBy(['currency', 'spent_on'])
    .orderBy('currency')
    .orderBy('spent_on'),
);

/**
 * Rows sorted by currency, then by amount (largest first) for categories or by date for days.
 * pg and mssql return SUM and COUNT over bigint as strings; readInteger turns them into numbers or throws.
 */
export async function sumExpenses(db: Kysely<Database>, userId: number, query: SumQuery): Promise<SumRow[]> {
  const params: SumParams = {
    userId,
    from: writeDate(query.from),
    to: writeDate(query.to),
    ...(query.categoryKey !== undefined ? { categoryKey: categoryKey(query.categoryKey) } : {}),
    ...(query.currency !== undefined ? { currency: query.currency.toUpperCase() } : {}),
  };
  const shape = `${query.categoryKey !== undefined ? '+category' : ''}${query.currency !== undefined ? '+currency' : ''}`;
  const toRow = (row: { currency: string; minor: Total; count: Total }, key: string): SumRow => ({
    currency: row.currency.trim(),
    key,
    minor: readInteger(row.minor, 'sum of amount_minor'),
    count: readInteger(row.count, 'expense count'),
  });

  switch (query.groupBy) {
    case 'none': {
      const { rows } = await totalsByCurrency.execute(db, params, shape);
      return rows.map((row) => toRow(row, ''));
    }
    case 'category': {
      const { rows } = await totalsByCategory.execute(db, params, shape);
      return rows.map((row) => toRow(row, row.category));
    }
    case 'day': {
      const { rows } = await totalsByDay.execute(db, params, shape);
      return rows.map((row) => toRow(row, readDate(row.spent_on)));
    }
  }
}
