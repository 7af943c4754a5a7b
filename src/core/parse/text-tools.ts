/** Small text helpers the parser shares. */

/** Removes `length` characters at `index` and tidies the spaces left behind. */
export function cutOut(text: string, index: number, length: number): string {
  return tidy(`${text.slice(0, index)} ${text.slice(index + length)}`);
}

export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Words that carry no meaning of their own in "spent 120 on tea for me". */
export const fillerWords = new Set([
  'a',
  'an',
  'the',
  'on',
  'for',
  'in',
  'at',
  'of',
  'to',
  'my',
  'me',
  'i',
  'some',
  'just',
  'only',
  'and',
  'with',
  'from',
  'by',
  'was',
  'it',
  'this',
  'that',
]);

/** Drops filler words at either end: "for the groceries" → "groceries", "board games" stays. */
export function trimFiller(text: string): string {
  const words = tidy(text).split(' ').filter(Boolean);
  while (words.length > 0 && fillerWords.has((words[0] ?? '').toLowerCase())) words.shift();
  while (words.length > 0 && fillerWords.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}
