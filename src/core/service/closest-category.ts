/** A typo of one of the user's own categories ("board gmes" → "Board Games"), found by edit distance. */
import { categoryKey } from '../domain/category.ts';
import { editDistance, typoAllowance } from '../parse/edit-distance.ts';

/**
 * The spelling among `spellings` (most used first) whose key is uniquely closest to `written`'s, within the typo
 * allowance of `written`; undefined when none is close enough or two different categories are equally close.
 */
export function closestCategory(written: string, spellings: ReadonlyArray<string>): string | undefined {
  const key = categoryKey(written);
  const allowance = typoAllowance(key);
  if (allowance === 0) return undefined;
  let best: { key: string; spelling: string; distance: number } | undefined;
  let tied = false;
  for (const spelling of spellings) {
    const candidate = categoryKey(spelling);
    const distance = editDistance(key, candidate, allowance);
    if (distance > allowance) continue;
    if (!best || distance < best.distance) {
      best = { key: candidate, spelling, distance };
      tied = false;
    } else if (distance === best.distance && candidate !== best.key) {
      // Another spelling of the same key is no rival: the first, most used one is kept.
      tied = true;
    }
  }
  return best && !tied ? best.spelling : undefined;
}
