/**
 * Recurring expenses in words: a rule to set up ("rent 15000 every month on the 1st", "recurring netflix 649"),
 * "recurring" to list them, "stop recurring rent" to end one.
 */
import type { Intent, ParseContext } from './intent.ts';
import { splitNote } from './note.ts';
import { parseQuickAdd } from './quick-add.ts';
import { findRecurringPhrase } from './recurring-phrase.ts';
import { cutOut, tidy } from './text-tools.ts';

const listing =
  /^(?:(?:recurring|repeating)(?:\s+(?:expenses?|payments?|rules?|bills?|list))?|subscriptions|(?:list|show)\s+(?:my\s+)?(?:recurring|repeating)(?:\s+(?:expenses?|payments?|rules?|bills?))?)$/i;
const stopWords = '(?:stop|end|cancel|delete|remove|del|rm)';
const stopping = new RegExp(
  `^(?:${stopWords}\\s+(?:my\\s+|the\\s+)?(?:recurring|repeating)(?:\\s+(?:expense|payment|bill))?|(?:recurring|repeating)\\s+(?:${stopWords}|off))(?:\\s+(.+))?$`,
  'i',
);
const named = /^(?:recurring|repeating)\s+(.+)$/i;

export const stopRecurringUsage = 'Which one? Say "stop recurring rent" with its name from "recurring".';
const recurringUsage =
  'Say what repeats and when, like "rent 15000 every month on the 1st", "netflix 649 monthly" or "cleaner 500 every friday".';

/** "recurring", "stop recurring rent", "recurring netflix 649": undefined when `text` is none of these. */
export function parseRecurringCommand(text: string, ctx: ParseContext): Intent | undefined {
  if (listing.test(text)) return { kind: 'list_recurring' };
  const stop = stopping.exec(text);
  if (stop) {
    const name = tidy(stop[1] ?? '');
    return name === '' ? { kind: 'invalid', message: stopRecurringUsage } : { kind: 'stop_recurring', name };
  }
  const rest = named.exec(text)?.[1];
  // "recurring netflix 649": the word already says it repeats; with no "when", it is monthly from today.
  if (rest) return parseRecurringAdd(rest, ctx, 'monthly') ?? { kind: 'invalid', message: recurringUsage };
  return undefined;
}

/**
 * A quick-add with a recurrence in it becomes a rule; undefined when there is no recurrence (or, with
 * `assumed`, no expense). The rest of the text is read by the quick-add parser, so amounts, currencies and
 * categories mean what they mean in a one-off expense.
 */
export function parseRecurringAdd(text: string, ctx: ParseContext, assumed?: 'monthly'): Intent | undefined {
  // A repeat said only in the note ("250 groceries — weekly") describes the expense; it sets up nothing.
  const phrase = findRecurringPhrase(splitNote(text).rest) ? findRecurringPhrase(text) : undefined;
  if (!phrase && !assumed) return undefined;
  const rest = phrase ? cutOut(text, phrase.index, phrase.length) : text;
  const expense = parseQuickAdd(rest, ctx);
  if (!expense) return undefined;
  // Only an expense is told what is wrong with its repeat; other text with these words goes on to be read.
  if (phrase?.error) return { kind: 'invalid', message: phrase.error };
  // Not handed to the model as unclear: its extraction records one expense, never a rule.
  if (expense.kind === 'unclear') return { kind: 'invalid', message: expense.message };
  if (expense.kind !== 'add') return expense;
  if (expense.spentOn !== ctx.today) {
    return {
      kind: 'invalid',
      message:
        'A recurring expense starts today or on its next day. Say only when it repeats, like "rent 15000 every month on the 1st".',
    };
  }
  return {
    kind: 'add_recurring',
    amount: expense.amount,
    category: expense.category,
    categorySource: expense.categorySource,
    keywords: expense.keywords,
    note: expense.note,
    cadence: phrase?.cadence ?? 'monthly',
    day: phrase?.day ?? null,
  };
}
