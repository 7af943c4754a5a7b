/** Queries on `category_memories`: a user's remembered keyword → category, read on every quick-add that has keywords. */
import type { Kysely } from 'kysely';
import { writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { queryTemplate } from './query-template.ts';
import { takeRows } from './take-rows.ts';
import { isUniqueViolation } from './unique-violation.ts';

/** Keywords beyond this many are looked up without a compiled template (a message rarely has more than a few). */
const templatedKeywordCount = 8;

type RecallParams = { userId: number } & Record<`k${number}`, string>;

function recallQuery(db: Kysely<Database>, userId: number, keywords: ReadonlyArray<string>, dialect: DialectName) {
  const query = db
    .selectFrom('category_memories')
    .select('category')
    .where('user_id', '=', userId)
    .where('keyword', 'in', [...keywords])
    // Ties (keywords taught in the same instant) are broken by keyword only so the answer is stable.
    .orderBy('updated_at', 'desc')
    .orderBy('keyword');
  return takeRows(query, dialect, 1);
}

/** Shape: the dialect and the number of keywords, each of which is its own bound value. */
const recall = queryTemplate((db, p: RecallParams, shape) => {
  const [dialect, count] = shape.split(' ') as [DialectName, string];
  const keywords = Array.from({ length: Number(count) }, (_, at) => p[`k${at}`] as string);
  return recallQuery(db, p.userId, keywords, dialect);
});

/** One primary-key lookup: the latest remembered category among the keywords, if any. */
export async function findRememberedCategory(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  keywords: ReadonlyArray<string>,
): Promise<string | undefined> {
  const distinct = [...new Set(keywords)];
  if (distinct.length === 0) return undefined;
  if (distinct.length > templatedKeywordCount) {
    return (await recallQuery(db, userId, distinct, dialect).executeTakeFirst())?.category;
  }
  const params: Record<string, string | number> = { userId };
  distinct.forEach((keyword, at) => {
    params[`k${at}`] = keyword;
  });
  const [row] = (await recall.execute(db, params as RecallParams, `${dialect} ${distinct.length}`)).rows;
  return row?.category;
}

/**
 * Insert-or-update of each keyword. SQLite and PostgreSQL: one INSERT … ON CONFLICT DO UPDATE, which never raises
 * a duplicate-key error (on PostgreSQL that would abort the message's transaction). SQL Server has no ON CONFLICT:
 * per keyword, update, insert when nothing was there, and update again if someone inserted in between.
 */
export async function rememberCategory(
  db: Kysely<Database>,
  dialect: DialectName,
  userId: number,
  keywords: ReadonlyArray<string>,
  category: string,
  at: string,
): Promise<void> {
  const distinct = [...new Set(keywords)];
  if (distinct.length === 0) return;
  const updatedAt = writeTimestamp(at, dialect);
  if (dialect !== 'mssql') {
    await db
      .insertInto('category_memories')
      .values(distinct.map((keyword) => ({ user_id: userId, keyword, category, updated_at: updatedAt })))
      .onConflict((conflict) =>
        conflict.columns(['user_id', 'keyword']).doUpdateSet({ category, updated_at: updatedAt }),
      )
      .execute();
    return;
  }
  for (const keyword of distinct) {
    const update = () =>
      db
        .updateTable('category_memories')
        .set({ category, updated_at: updatedAt })
        .where('user_id', '=', userId)
        .where('keyword', '=', keyword)
        .executeTakeFirst();
    if (Number((await update()).numUpdatedRows) > 0) continue;
    try {
      await db
        .insertInto('category_memories')
        .values({ user_id: userId, keyword, category, updated_at: updatedAt })
        .execute();
    } catch (error) {
      // Someone inserted the row between our update and insert: apply ours on top.
      if (!isUniqueViolation(error, dialect)) throw error;
      await update();
    }
  }
}

export async function forgetCategoryKeywords(
  db: Kysely<Database>,
  userId: number,
  keywords: ReadonlyArray<string>,
): Promise<void> {
  if (keywords.length === 0) return;
  await db
    .deleteFrom('category_memories')
    .where('user_id', '=', userId)
    .where('keyword', 'in', [...new Set(keywords)])
    .execute();
}
