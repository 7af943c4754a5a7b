/** Digest inputs on Kysely: four grouped queries for a page of users, the same sums sumExpenses makes one by one. */
import type { Kysely } from 'kysely';
import type { DigestInputs } from '../core/digest/assemble-digest.ts';
import type { DigestWeek } from '../core/digest/digest-week.ts';
import type { SumRow } from '../core/domain/stats.ts';
import { minorToDecimal } from '../core/money/money.ts';
import { readDate, readInteger, writeDate } from './column-values.ts';
import type { Database } from './database.ts';

type Total = string | number | bigint;

interface Collected {
  categories: SumRow[];
  previousCategories: SumRow[];
  days: SumRow[];
  largest: Array<DigestInputs['largest'][number]>;
}

/** Inputs of each user with spending in `week`; users absent from the map spent nothing that week. */
export async function findDigestInputs(
  db: Kysely<Database>,
  userIds: ReadonlyArray<number>,
  week: DigestWeek,
): Promise<Map<number, DigestInputs>> {
  const live = (ids: ReadonlyArray<number>, from: string, to: string) =>
    db
      .selectFrom('expenses')
      .where('user_id', 'in', [...ids])
      .where('deleted_at', 'is', null)
      .where('spent_on', '>=', writeDate(from))
      .where('spent_on', '<=', writeDate(to));

  const categorySums = async (ids: ReadonlyArray<number>, from: string, to: string) => {
    const rows = await live(ids, from, to)
      .select((eb) => [
        'user_id',
        'currency',
        // The spellings of one key differ at most in case and spacing; MAX picks one, as sumExpenses does.
        eb.fn.max('category').as('category'),
        eb.fn.sum<Total>('amount_minor').as('minor'),
        eb.fn.countAll<Total>().as('count'),
      ])
      .groupBy(['user_id', 'currency', 'category_key'])
      .execute();
    return rows.map((row) => ({
      userId: readInteger(row.user_id, 'user_id'),
      row: sumRow(row.currency, row.category, row.minor, row.count),
    }));
  };

  const result = new Map<number, Collected>();
  const entry = (userId: number): Collected => {
    let collected = result.get(userId);
    if (!collected) {
      collected = { categories: [], previousCategories: [], days: [], largest: [] };
      result.set(userId, collected);
    }
    return collected;
  };
  if (userIds.length === 0) return result;
  const { from, to } = week.period;

  for (const { userId, row } of await categorySums(userIds, from, to)) entry(userId).categories.push(row);
  // The other three queries only for those who spent that week: an empty week's digest needs nothing else.
  const spenders = [...result.keys()];
  if (spenders.length === 0) return result;
  for (const { userId, row } of await categorySums(spenders, week.previous.from, week.previous.to)) {
    entry(userId).previousCategories.push(row);
  }
  const days = await live(spenders, from, to)
    .select((eb) => [
      'user_id',
      'currency',
      'spent_on',
      eb.fn.sum<Total>('amount_minor').as('minor'),
      eb.fn.countAll<Total>().as('count'),
    ])
    .groupBy(['user_id', 'currency', 'spent_on'])
    .execute();
  for (const row of days) {
    entry(readInteger(row.user_id, 'user_id')).days.push(
      sumRow(row.currency, readDate(row.spent_on), row.minor, row.count),
    );
  }
  // The three largest per user and currency, ranked by the database.
  const ranked = live(spenders, from, to).select((eb) => [
    'user_id',
    'number',
    'category',
    'note',
    'spent_on',
    'amount_minor',
    'currency',
    eb.fn
      .agg<Total>('row_number')
      .over((over) => over.partitionBy(['user_id', 'currency']).orderBy('amount_minor', 'desc').orderBy('number'))
      .as('rank'),
  ]);
  const largest = await db.selectFrom(ranked.as('ranked')).selectAll().where('rank', '<=', 3).execute();
  for (const row of largest) {
    const currency = row.currency.trim();
    const minor = readInteger(row.amount_minor, 'amount_minor');
    entry(readInteger(row.user_id, 'user_id')).largest.push({
      number: readInteger(row.number, 'number'),
      category: row.category,
      note: row.note,
      spentOn: readDate(row.spent_on),
      minor,
      amount: minorToDecimal(minor, currency),
      currency,
    });
  }
  return result;
}

function sumRow(currency: string, key: string, minor: Total, count: Total): SumRow {
  return {
    currency: currency.trim(),
    key,
    minor: readInteger(minor, 'sum of amount_minor'),
    count: readInteger(count, 'expense count'),
  };
}
