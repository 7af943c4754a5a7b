/** Which words may key a remembered category: the same rule when an edit teaches one and when a quick-add looks. */
import { categoryKey } from '../domain/category.ts';
import { isKnownCategory, normalizeCategory } from '../parse/category.ts';
import { editDistance } from '../parse/edit-distance.ts';

/** Longer notes are descriptions ("dinner with the team after the offsite"), not a merchant or a word to learn. */
const maxNoteWords = 3;
/** The keyword column's width. */
const maxKeywordLength = 100;

/** The keyword for `text` (lower-case, spaces tidied), or undefined when it must never be one. */
export function memoryKeyword(text: string): string | undefined {
  const keyword = categoryKey(text);
  if (keyword === '' || keyword.length > maxKeywordLength || isBucketName(keyword)) return undefined;
  return keyword;
}

/** An expense's note as a keyword: short notes only (a merchant such as "haldiram's"). */
export function noteKeyword(note: string | null): string | undefined {
  const keyword = note === null ? undefined : memoryKeyword(note);
  return keyword !== undefined && keyword.split(' ').length <= maxNoteWords ? keyword : undefined;
}

/** The distinct keywords of these texts that may be remembered. */
export function memoryKeywords(texts: ReadonlyArray<string>): string[] {
  return [...new Set(texts.map(memoryKeyword).filter((keyword) => keyword !== undefined))];
}

/**
 * A bucket's own name, or its plural or a typo of it ("food", "groceries", "grocerys"). Remembering one would move
 * every expense of that bucket; a merchant or word that merely belongs to a bucket ("swiggy", "lunch") may be
 * taught, since the user asked for it by re-categorising.
 */
function isBucketName(keyword: string): boolean {
  if (!isKnownCategory(keyword)) return false;
  const bucket = categoryKey(normalizeCategory(keyword));
  return editDistance(keyword, bucket, 2) <= 2;
}
