/** Which words may key a remembered category: the same rule when an edit teaches one and when a quick-add looks. */
import { categoryKey } from '../domain/category.ts';
import { categoryWords } from '../parse/category-words.ts';
import { editDistance, typoAllowance } from '../parse/edit-distance.ts';

/** Longer notes are descriptions ("dinner with the team after the offsite"), not a merchant or a word to learn. */
const maxNoteWords = 3;
/** The keyword column's width. */
const maxKeywordLength = 100;
/** Typos are only read into words this long, as the parser does for bucket words. */
const shortestTypo = 5;

const bucketNames: ReadonlyArray<string> = Object.keys(categoryWords);

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
 * A bucket's own name, its singular or plural, or a typo of it ("food", "grocery", "grocerys"). Remembering one
 * would move every expense of that bucket; a merchant or word that merely belongs to a bucket ("swiggy",
 * "lunch") may be taught, since the user asked for it by re-categorising. Compared with the names only, not
 * through the parser's word lists: this runs for every keyword of every quick-add.
 */
function isBucketName(keyword: string): boolean {
  const forms = singularForms(keyword);
  const allowance = keyword.length < shortestTypo ? 0 : typoAllowance(keyword);
  return bucketNames.some(
    (name) =>
      singularForms(name).some((form) => forms.includes(form)) ||
      (allowance > 0 && editDistance(keyword, name, allowance) <= allowance),
  );
}

/** The word and the singulars it may be the plural of: "groceries" → groceries, grocery, groceri, grocerie. */
function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}
