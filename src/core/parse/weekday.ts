/** Weekday names as people write them ("monday", "Tue", "thurs") → ISO weekday numbers, Monday = 1. */
import type { Weekday } from '../time/period.ts';

const weekdayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Undefined unless `name` is a weekday or its first three or more letters. */
export function weekdayNumber(name: string): Weekday | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = weekdayNames.findIndex((day) => day.startsWith(lower));
  return index < 0 ? undefined : ((index + 1) as Weekday);
}

/** The regex source for a weekday name, full or short ("mon", "tues", "thurs"). */
export const weekdayPattern =
  '(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
