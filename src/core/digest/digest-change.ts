/** The change of a sum against the week before, as a whole percentage or "new". */
import type { DigestChange } from './weekly-digest.ts';

export function digestChange(currentMinor: number, previousMinor: number): DigestChange {
  if (previousMinor <= 0) return { kind: 'new' };
  // A ratio of two database sums; rounded to a whole percent because that is all a digest shows.
  const percent = Math.round((Math.abs(currentMinor - previousMinor) * 100) / previousMinor);
  if (percent === 0) return { kind: 'same', percent: 0 };
  return { kind: currentMinor > previousMinor ? 'up' : 'down', percent };
}
