/** The user's own categories (not the built-in buckets), most used first, for the extraction prompt. */
import { categoryKey } from '../../domain/category.ts';
import type { User } from '../../domain/user.ts';
import type { LedgerStore } from '../../ports/ledger-store.ts';
import { addDays } from '../../time/period.ts';
import { categoryBuckets } from './category-buckets.ts';

/** A year of expenses says what the user calls things now, without scanning their whole history. */
const lookBackDays = 365;
const bucketKeys = new Set(categoryBuckets.map(categoryKey));

export async function ownCategories(store: LedgerStore, user: User, today: string, limit: number): Promise<string[]> {
  const rows = await store.sumExpenses(user.id, {
    from: addDays(today, -lookBackDays),
    to: today,
    groupBy: 'category',
  });
  // Rows come per currency; one category used in two currencies counts once, with both counts.
  const byKey = new Map<string, { spelling: string; count: number }>();
  for (const row of rows) {
    const key = categoryKey(row.key);
    if (key === '' || bucketKeys.has(key)) continue;
    const seen = byKey.get(key);
    byKey.set(key, { spelling: seen?.spelling ?? row.key, count: (seen?.count ?? 0) + row.count });
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling))
    .slice(0, limit)
    .map((entry) => entry.spelling);
}
