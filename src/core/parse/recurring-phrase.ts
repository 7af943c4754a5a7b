/**
 * Finds the words that make an expense recur: "every month on the 1st", "monthly", "on the 5th of every month",
 * "monthly on 10th", "on the last day of every month", "every friday", "every week", "weekly on mon".
 * A bare "monthly" or "weekly" counts only at the end ("weekly shop 84" is a one-off at the weekly shop).
 */
import { lastDayOfMonth, type RecurringCadence } from '../domain/recurring-rule.ts';
import { weekdayNumber, weekdayPattern } from './weekday.ts';

export interface RecurringPhrase {
  readonly cadence: RecurringCadence;
  /** Day of the month (31: the last day) or ISO weekday; null when not said (the day it is set up on). */
  readonly day: number | null;
  readonly index: number;
  readonly length: number;
  /** Set when the phrase names a day that does not exist ("every month on the 35th"). */
  readonly error?: string;
}

const every = '(?:every|each)';
const monthDay = '(?:the\\s+)?(?:(last)(?:\\s+day)?|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+day)?)';
const ordinalDay = '(?:the\\s+)?(?:(last)\\s+day|(\\d{1,2})(?:st|nd|rd|th))';
const eachMonth = `(?:${every}\\s+month|monthly)`;
const eachWeek = `(?:${every}\\s+week|weekly)`;
const weekday = `(${weekdayPattern})s?`;
const before = '(?<![\\p{L}\\d])';
const after = '(?![\\p{L}\\d])';

interface Form {
  readonly cadence: RecurringCadence;
  readonly pattern: RegExp;
}

const form = (cadence: RecurringCadence, source: string): Form => ({
  cadence,
  pattern: new RegExp(`${before}${source}${after}`, 'iu'),
});

const anyRepeatWord = /every|each|monthly|weekly|daily|fortnightly/i;

/**
 * Repeats finbot does not keep, refused rather than recorded as a one-off. A yearly payment is not among them: paid
 * once a year, it is recorded as it is paid ("₹1,299 netflix yearly").
 */
const unsupported = new RegExp(
  `${before}(?:${every}\\s+(?:day|fortnight|other\\s+(?:day|week|month)|\\d+\\s+(?:days?|weeks?|months?))|(?:daily|fortnightly)\\s*$)${after}`,
  'iu',
);
export const unsupportedRepeat =
  'I can repeat an expense every month (on a day of the month) or every week (on a weekday), like "rent 15000 every month on the 1st" or "cleaner 500 every friday". Nothing was recorded.';

/** Longest forms first, so "monthly on 10th" is read whole rather than as a bare "monthly". */
const forms: ReadonlyArray<Form> = [
  form('monthly', `(?:on\\s+)?${monthDay}\\s+of\\s+(?:${every}|the|each|every\\s+single)\\s+month`),
  form('monthly', `${eachMonth}\\s+on\\s+${monthDay}`),
  form('monthly', `on\\s+${monthDay}\\s+${eachMonth}`),
  form('monthly', `${every}\\s+${ordinalDay}(?:\\s+of\\s+the\\s+month)?`),
  form('weekly', `${eachWeek}\\s+on\\s+${weekday}`),
  form('weekly', `on\\s+${weekday}\\s+${eachWeek}`),
  form('weekly', `${every}\\s+${weekday}`),
  form('monthly', `${every}\\s+month`),
  form('weekly', `${every}\\s+week`),
  form('monthly', 'monthly\\s*$'),
  form('weekly', 'weekly\\s*$'),
];

/** The recurrence in `text`, or undefined when it has none. */
export function findRecurringPhrase(text: string): RecurringPhrase | undefined {
  // Every form has one of these words: most messages are turned away by one test instead of eleven.
  if (!anyRepeatWord.test(text)) return undefined;
  for (const { cadence, pattern } of forms) {
    const match = pattern.exec(text);
    if (!match) continue;
    const place = { cadence, index: match.index, length: match[0].length };
    const [, first, second] = match;
    if (cadence === 'weekly') return { ...place, day: first ? (weekdayNumber(first) ?? null) : null };
    if (first) return { ...place, day: lastDayOfMonth };
    if (!second) return { ...place, day: null };
    const day = Number(second);
    if (day < 1 || day > lastDayOfMonth) {
      return {
        ...place,
        day: null,
        error: `A month has no day ${second}. Say a day from 1 to 31 (or "the last day"), like "rent 15000 every month on the 1st".`,
      };
    }
    return { ...place, day };
  }
  const other = unsupported.exec(text);
  if (other) {
    return { cadence: 'monthly', day: null, index: other.index, length: other[0].length, error: unsupportedRepeat };
  }
  return undefined;
}
