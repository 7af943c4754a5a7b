/** Categories a user taught finbot by re-categorising: learnt on an edit, applied to later quick-adds. */
import { categoryKey } from '../domain/category.ts';
import type { Expense } from '../domain/expense.ts';
import { isKnownCategory } from '../parse/category.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import { memoryKeyword, memoryKeywords, noteKeyword } from './category-keywords.ts';

/**
 * The category the user taught for any of a quick-add's keywords or its note, the latest taught if several.
 * One primary-key lookup, and none when every keyword is a bucket's own name ("250 groceries").
 */
export async function rememberedCategory(
  store: LedgerStore,
  userId: number,
  keywords: ReadonlyArray<string>,
  note: string | null,
): Promise<string | undefined> {
  const fromNote = noteKeyword(note);
  const lookFor = memoryKeywords(fromNote === undefined ? keywords : [...keywords, fromNote]);
  return lookFor.length === 0 ? undefined : store.findRememberedCategory(userId, lookFor);
}

/**
 * After `before` was re-categorised into `after`: its short note and its old category (unless a bucket) now mean the
 * new category for this user. The new category's own name stops pointing elsewhere, so writing it gets it.
 */
export async function learnRecategorisation(
  store: LedgerStore,
  before: Expense,
  after: Expense,
  now: string,
): Promise<void> {
  const newKey = categoryKey(after.category);
  if (categoryKey(before.category) === newKey) return;
  const oldCategory = isKnownCategory(before.category) ? undefined : memoryKeyword(before.category);
  const taught = [noteKeyword(after.note), oldCategory].filter(
    (keyword): keyword is string => keyword !== undefined && keyword !== newKey,
  );
  await store.rememberCategory(after.userId, taught, after.category, now);
  const newName = memoryKeyword(after.category);
  if (newName !== undefined) await store.forgetCategoryKeywords(after.userId, [newName]);
}
