/** Counts written as words ("ten days ago", "the last two weeks", "top three"), shared by every rule that reads one. */

const countByWord = new Map<string, number>(
  Object.entries({
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fourteen: 14,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    sixty: 60,
    ninety: 90,
  }),
);

/** A regex alternation of the count words, "a" and "an" left out unless `withArticles`. */
export function countWordPattern(withArticles = false): string {
  return [...countByWord.keys()].filter((word) => withArticles || (word !== 'a' && word !== 'an')).join('|');
}

/** The number a count word or figure stands for: "ten" → 10, "7" → 7; NaN for anything else. */
export function countOf(written: string | undefined): number {
  const word = (written ?? '').toLowerCase();
  return countByWord.get(word) ?? Number(word);
}
