/**
 * The category name to store: a known category's canonical name, or the spelling the user already uses for theirs,
 * typos of it included.
 */
import { categoryKey } from '../domain/category.ts';
import { isKnownCategory, normalizeCategory } from '../parse/category.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { closestCategory } from './closest-category.ts';

/** How many of the user's categories a typo is compared with: the most used ones, far more than anyone keeps. */
const comparedCategories = 200;

/**
 * `source` is the parser's verdict when it gave one (a quick-add's categorySource), which spares reading the
 * category again; without it (an edit), the category is looked up among the buckets here.
 */
export async function categorySpelling(
  store: LedgerStore,
  userId: number,
  raw: string,
  source?: 'bucket' | 'written',
): Promise<string> {
  const written = source === undefined ? normalizeCategory(raw) : raw.trim().replace(/\s+/g, ' ');
  // Canonical names need no lookup: every user spells "groceries" the same.
  if (source === 'bucket' || (source === undefined && isKnownCategory(written))) return written;
  const same = await store.findCategorySpelling(userId, categoryKey(written));
  if (same !== undefined) return same;
  // Only a category the user has not used yet pays for reading their list: a typo, or a really new one.
  return closestCategory(written, await store.listCategorySpellings(userId, comparedCategories)) ?? written;
}
