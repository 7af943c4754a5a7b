/** The user's category spellings, most used first: what a typo of one of their own categories is compared with. */
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { takeRows } from './take-rows.ts';

/** Distinct spellings on live expenses, by how many expenses carry each, ties in name order. */
export async function listCategorySpellings(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  limit: number,
): Promise<string[]> {
  const query = db
    .selectFrom('expenses')
    .select('category')
    .where('user_id', '=', userId)
    .where('deleted_at', 'is', null)
    .groupBy('category')
    .orderBy((eb) => eb.fn.countAll(), 'desc')
    .orderBy('category');
  const rows = await takeRows(query, dialect, limit).execute();
  return rows.map((row) => row.category);
}
