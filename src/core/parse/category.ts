/** Category buckets: words, merchants, emoji and their typos map to one bucket; anything else is kept as written. */
import { categoryWords } from './category-words.ts';
import { editDistance, typoAllowance } from './edit-distance.ts';

interface BucketWord {
  readonly bucket: string;
  /** Weak words decide only when no strong word is in the message ("petrol for the car" is fuel). */
  readonly weak: boolean;
}

/** A bucket word found among a message's words: where it stands (in words) and what it names. */
export interface BucketMatch extends BucketWord {
  readonly start: number;
  readonly length: number;
  /** True when the word only resembles a bucket word ("resturant"). */
  readonly typo: boolean;
}

/** Longest phrase in the word lists, in words ("marks and spencer food"). */
const longestPhrase = 4;
const bucketWords = new Map<string, BucketWord>();
/** Single words of 5+ letters, by length, for typo matching. */
const typoCandidates = new Map<number, Array<{ word: string; bucket: string; weak: boolean }>>();
/** Real words one letter from a bucket word, never corrected: "plants" is not "pants", "taxes" not "taxi". */
const notTypos = new Set(
  'tax taxes clips plants plant shipping postage loads lanes cabs parts pints place places charges charge grave costs cost'.split(
    ' ',
  ),
);

for (const [bucket, list] of Object.entries(categoryWords)) {
  // The bucket's own name last, so a list that marks it weak ("~shopping") keeps it weak.
  const entries = [...list.split(/\s+/).filter(Boolean), `${bucket.replace(/ /g, '-')}`];
  for (const entry of entries) {
    const weak = entry.startsWith('~');
    const word = entry.replace(/^~/, '');
    const value = { bucket, weak };
    for (const form of new Set([word, word.replace(/-/g, ' '), word.replace(/-/g, '')])) {
      const key = form.split(' ').map(keyOf).join(' ');
      if (key && !bucketWords.has(key)) bucketWords.set(key, value);
    }
    if (!word.includes('-') && /^\p{L}{5,}$/u.test(word)) {
      const sameLength = typoCandidates.get(word.length) ?? [];
      sameLength.push({ word, bucket, weak });
      typoCandidates.set(word.length, sameLength);
    }
  }
}

/** "Groceries", "grocery", "veggies", "grocerys" → "groceries"; "Board Games" stays "Board Games" (spaces tidied). */
export function normalizeCategory(raw: string): string {
  const written = raw.trim().replace(/\s+/g, ' ');
  return bucketOfPhrase(written) ?? written;
}

/** True for words that name a bucket (used to tell a question's category from other words). */
export function isKnownCategory(raw: string): boolean {
  return bucketOfPhrase(raw.trim().replace(/\s+/g, ' ')) !== undefined;
}

/** The bucket a whole phrase names, typos included, or undefined. */
function bucketOfPhrase(written: string): string | undefined {
  const words = splitWords(written);
  if (words.length === 0) return undefined;
  const whole = lookUp(words.map(keyOf).join(' '));
  if (whole) return whole.bucket;
  if (words.length === 1) return typoBucket(keyOf(words[0] ?? ''))?.bucket;
  // "Jio recharge", "gift for mom": a short phrase around one strong bucket word.
  const inside = words.length <= 3 ? findBucket(words) : undefined;
  return inside && !inside.weak && !inside.typo ? inside.bucket : undefined;
}

/**
 * The bucket word that decides a message's category: the earliest strong word or phrase (longest first),
 * else the earliest typo of a strong word, else the earliest weak word, else the earliest typo of a weak one.
 */
export function findBucket(words: ReadonlyArray<string>): BucketMatch | undefined {
  const keys = words.map(keyOf);
  let weakMatch: BucketMatch | undefined;
  for (let start = 0; start < keys.length; start++) {
    for (let length = Math.min(longestPhrase, keys.length - start); length >= 1; length--) {
      const found = lookUp(keys.slice(start, start + length).join(' '));
      if (!found) continue;
      if (!found.weak) return { ...found, start, length, typo: false };
      weakMatch ??= { ...found, start, length, typo: false };
      break;
    }
  }
  let weakTypo: BucketMatch | undefined;
  for (let start = 0; start < keys.length; start++) {
    const typo = typoBucket(keys[start] ?? '');
    if (typo && !typo.weak) return { ...typo, start, length: 1, typo: true };
    if (typo) weakTypo ??= { ...typo, start, length: 1, typo: true };
  }
  return weakMatch ?? weakTypo;
}

/** Words of a category text: emoji stand alone, apostrophes stay inside words ("haldiram's"). */
export function splitWords(text: string): string[] {
  return text
    .replace(/(\p{Extended_Pictographic}\uFE0F?)/gu, ' $1 ')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== '\uFE0F');
}

function lookUp(key: string): BucketWord | undefined {
  if (key === '') return undefined;
  const exact = bucketWords.get(key);
  if (exact) return exact;
  for (const form of singularForms(key)) {
    const found = bucketWords.get(form);
    if (found) return found;
  }
  return undefined;
}

/** Typo look-ups already made; people reuse their words, and each look-up compares hundreds of bucket words. */
const typoCache = new Map<string, BucketWord | null>();
const typoCacheLimit = 20_000;

/** A unique bucket for a misspelt word of 5+ letters ("resturant", "medicne"), or undefined. */
function typoBucket(key: string): BucketWord | undefined {
  if (!/^\p{L}{5,}$/u.test(key) || notTypos.has(key)) return undefined;
  const cached = typoCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const found = closestBucketWord(key);
  if (typoCache.size >= typoCacheLimit) typoCache.clear();
  typoCache.set(key, found ?? null);
  return found;
}

function closestBucketWord(key: string): BucketWord | undefined {
  const allowance = typoAllowance(key);
  let best: { distance: number; bucket: string; weak: boolean } | undefined;
  let tie = false;
  for (let length = key.length - allowance; length <= key.length + allowance; length++) {
    for (const candidate of typoCandidates.get(length) ?? []) {
      // Words sharing few letters cannot be a typo of each other; skip the full comparison.
      if (differentLetters(key, candidate.word) > 2 * allowance) continue;
      const distance = editDistance(key, candidate.word, allowance);
      if (distance > allowance) continue;
      if (!best || distance < best.distance) {
        best = { distance, bucket: candidate.bucket, weak: candidate.weak };
        tie = false;
      } else if (distance === best.distance && candidate.bucket !== best.bucket) {
        tie = true;
      }
    }
  }
  return best && !tie ? { bucket: best.bucket, weak: best.weak } : undefined;
}

/** How many letters of `a` do not occur in `b`, and the other way round (a cheap lower bound on edits × 2). */
function differentLetters(a: string, b: string): number {
  let count = 0;
  for (const letter of a) if (!b.includes(letter)) count += 1;
  for (const letter of b) if (!a.includes(letter)) count += 1;
  return count;
}

/** Lower case, accents, curly quotes and apostrophes dropped, punctuation at either end trimmed: "Haldiram's," → "haldirams", "Döner" → "doner". */
function keyOf(word: string): string {
  // "fish & chips" is "fish and chips".
  if (word === '&' || word === 'n') return 'and';
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`]/g, '')
    .replace(/^[^\P{P}&]+|[^\P{P}&]+$/gu, '')
    .trim();
}

/** Possible singulars, tried in turn: "movies" → "movy", "movie"; "buses" → "bus"; "cabs" → "cab". */
function singularForms(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}
