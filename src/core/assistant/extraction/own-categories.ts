/** The user's own categories (not the built-in buckets), most used first, for the extraction prompt. */
import { categoryKey } from '../../domain/category.ts';
import { categoryWords } from '../../parse/category-words.ts';
import type { LedgerStore } from '../../ports/ledger-store.ts';

/** The buckets of docs/categories.md, as the parser knows them. */
export const categoryBuckets: ReadonlyArray<string> = Object.keys(categoryWords);
const bucketKeys = new Set(categoryBuckets.map(categoryKey));

export async function ownCategories(store: LedgerStore, userId: number, limit: number): Promise<string[]> {
  // Buckets the user used come back too; asking for that many more keeps `limit` of their own.
  const spellings = await store.listCategorySpellings(userId, limit + categoryBuckets.length);
  const own: string[] = [];
  const seen = new Set<string>();
  for (const spelling of spellings) {
    const key = categoryKey(spelling);
    // Spellings differing only in case are one category to the user; the most used one is shown.
    if (bucketKeys.has(key) || seen.has(key)) continue;
    seen.add(key);
    own.push(spelling);
  }
  return own.slice(0, limit);
}
