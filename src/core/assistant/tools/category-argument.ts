/** Category names from tool arguments: a bounded string, stored in the spelling the user already uses. */
import { z } from 'zod';
import { categoryKey } from '../../domain/category.ts';
import type { LedgerStore } from '../../ports/ledger-store.ts';

export const categorySchema = z.string().trim().min(1).max(60);

/**
 * The user's existing spelling of `raw` ("Groceries" stays "Groceries"), else `raw` tidied.
 * Uses categoryKey; the parser's normalizeCategory (src/core/parse/category.ts) should replace it once it exists,
 * so tool-added and chat-added categories are normalised the same way.
 */
export async function categorySpelling(store: LedgerStore, userId: number, raw: string): Promise<string> {
  const tidy = raw.trim().replace(/\s+/g, ' ');
  return (await store.findCategorySpelling(userId, categoryKey(tidy))) ?? tidy;
}
