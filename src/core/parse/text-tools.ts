/** Small text helpers the parser shares: tidying, cutting a found phrase out, trimming filler words. */
import type { Result } from '../result.ts';

/** A phrase found in a message: where it stands, so the caller can cut it out, and what it means. */
export interface Found<T> {
  readonly index: number;
  readonly length: number;
  readonly result: Result<T, string>;
}

/** Removes `length` characters at `index` and tidies the spaces left behind. */
export function cutOut(text: string, index: number, length: number): string {
  return tidy(`${text.slice(0, index)} ${text.slice(index + length)}`);
}

export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops trailing "?", "!" and "." (a question mark is looked at before this, where it matters). */
export function withoutEndPunctuation(text: string): string {
  return tidy(text.replace(/[\s?!.…]+$/u, ''));
}

/** Drops punctuation and spaces at either end: ". groceries ," → "groceries"; "fish_&_chips <3" stays. */
export function trimPunctuation(text: string): string {
  return tidy(text.replace(/^[\s.,;:!?'"`|/\\+\-−–—]+|[\s.,;:!?'"`|/\\+\-−–—]+$/g, ''));
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
  'please',
  'pls',
]);

/** Drops filler words at either end: "for the groceries" → "groceries", "gift for mom" stays. */
export function trimFiller(text: string, filler: ReadonlySet<string> = fillerWords): string {
  const words = tidy(text).split(' ').filter(Boolean);
  while (words.length > 0 && filler.has((words[0] ?? '').toLowerCase())) words.shift();
  while (words.length > 0 && filler.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}

export function wordCount(text: string): number {
  return text === '' ? 0 : tidy(text).split(' ').length;
}
