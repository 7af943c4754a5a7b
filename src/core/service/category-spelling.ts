/** The category name to store: a known category's canonical name, or the spelling the user already uses for theirs. */
import { categoryKey } from '../domain/category.ts';
import { isKnownCategory, normalizeCategory } from '../parse/category.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';

export async function categorySpelling(store: LedgerStore, userId: number, raw: string): Promise<string> {
  const written = normalizeCategory(raw);
  // Canonical names need no lookup: every user spells "groceries" the same.
  if (isKnownCategory(written)) return written;
  return (await store.findCategorySpelling(userId, categoryKey(written))) ?? written;
}
