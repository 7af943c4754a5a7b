/** Quick-add: "add ₹250 groceries", "spent 120 on tea yesterday", "250 groceries - big basket", "groceries 250". */
import { chooseAmount, findAmounts } from './amount.ts';
import { isKnownCategory, normalizeCategory } from './category.ts';
import { findDatePhrase } from './date-phrase.ts';
import type { Intent, ParseContext } from './intent.ts';
import { splitNote } from './note.ts';
import { cutOut, trimFiller, trimPunctuation, wordCount } from './text-tools.ts';

const leadingVerbs =
  /^(?:\+\s*|(?:i\s+)?(?:just\s+)?(?:add(?:ed)?|spent|spend|paid|pay|bought|buy|purchased|got|expense|log(?:ged)?)(?!\w)\s*)+/i;
/** Words of a sentence rather than a category: "I have 3 cats" is not ₹3 of "have cats". */
const sentenceWords = new Set(
  "i you he she we they is are am was were have has had will would can could should do does did what why how when where who which it not don't i'm i've".split(
    ' ',
  ),
);
/** A week or a month is not a day to record an expense on. */
const vaguePeriod = /(?<!\w)(?:last|this|past|previous|next)\s+(?:week|month|year)(?!\w)/i;
/** Longest category kept; longer text is more likely a sentence than a category. */
const maxCategoryLength = 60;
const maxCategoryWords = 5;

/** Reads a quick-add, or returns undefined when the text has no amount or reads as a sentence (so it is not one). */
export function parseQuickAdd(text: string, ctx: ParseContext): Intent | undefined {
  const split = splitNote(text);
  let note = split.note;
  const withoutNote = split.rest;
  let rest = withoutNote;
  const date = findDatePhrase(rest, ctx);
  if (date) rest = cutOut(rest, date.index, date.length);

  const amounts = findAmounts(rest, ctx);
  if (amounts.length === 0) return undefined;
  const amount = chooseAmount(amounts);
  let words = rest;
  for (const found of [...(amount ? [amount] : amounts)].reverse()) words = cutOut(words, found.index, found.length);
  let category = trimPunctuation(trimFiller(trimPunctuation(words).replace(leadingVerbs, '')));
  // "250 - groceries": with nothing else said, the note is what it was for.
  if (category === '' && note !== null && wordCount(note) <= maxCategoryWords) {
    category = note;
    note = null;
  }
  const categoryWords = category.toLowerCase().split(' ');
  if (categoryWords.some((word) => sentenceWords.has(word)) || wordCount(category) > maxCategoryWords) return undefined;

  if (!amount) {
    const numbers = amounts.map((found) => rest.slice(found.index, found.index + found.length)).join(' and ');
    return invalid(
      `I see more than one number (${numbers}). Which is the amount? Write it with a currency, like "₹300 coffee".`,
    );
  }
  if (!amount.result.ok) return invalid(amount.result.error);
  if (date && !date.result.ok) return invalid(date.result.error);
  if (vaguePeriod.test(category)) {
    return invalid('Which day was that? Say "yesterday", "last friday" or "12 Nov", like "250 groceries last friday".');
  }
  if (!/\p{L}/u.test(category)) {
    return invalid('What was that for? Add a category, like "250 groceries" or "₹55 snacks yesterday".');
  }
  if (category.length > maxCategoryLength) {
    return invalid('That category is too long. Keep it short, like "groceries", and put details after " - ".');
  }
  return {
    kind: 'add',
    amount: amount.result.value,
    category: normalizeCategory(category),
    categorySource: isKnownCategory(category) ? 'bucket' : 'written',
    keywords: [category.toLowerCase()],
    note,
    spentOn: date?.result.ok ? date.result.value : ctx.today,
  };
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}
