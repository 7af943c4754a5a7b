/** Quick-add: "add ₹250 groceries", "spent 120 on tea yesterday", "250 groceries - big basket", "groceries 250". */

import { findAmount } from './amount.ts';
import { normalizeCategory } from './category.ts';
import { findDatePhrase } from './date-phrase.ts';
import type { Intent, ParseContext } from './intent.ts';
import { cutOut, tidy, trimFiller } from './text-tools.ts';

const leadingVerb = /^(?:\+\s*|(?:i\s+)?(?:add(?:ed)?|spent|spend|paid|pay|bought|buy|got|expense|log)\b\s*)/i;
const notePatterns: ReadonlyArray<RegExp> = [/\s+[-–—]\s+(.+)$/, /\s*\(([^)]*)\)\s*$/, /\s*\bnote:\s*(.+)$/i];
/** Longest category kept; longer text is more likely a sentence than a category. */
const maxCategoryLength = 60;

/** Reads a quick-add, or returns undefined when the text has no amount (so it is not one). */
export function parseQuickAdd(text: string, ctx: ParseContext): Intent | undefined {
  let rest = tidy(text);
  let note: string | null = null;
  for (const pattern of notePatterns) {
    const match = pattern.exec(rest);
    if (match && match[1]?.trim()) {
      note = tidy(match[1]).slice(0, 200);
      rest = tidy(rest.slice(0, match.index));
      break;
    }
  }

  let spentOn = ctx.today;
  const date = findDatePhrase(rest, ctx);
  if (date) {
    if (!date.result.ok) return { kind: 'invalid', message: date.result.message };
    spentOn = date.result.date;
    rest = cutOut(rest, date.index, date.length);
  }

  const amount = findAmount(rest, ctx);
  if (!amount) return undefined;
  if (!amount.result.ok) return { kind: 'invalid', message: amount.result.message };
  rest = cutOut(rest, amount.index, amount.length);

  const category = trimFiller(rest.replace(leadingVerb, ''));
  if (!/\p{L}/u.test(category)) {
    return {
      kind: 'invalid',
      message: 'What was that for? Add a category, like "250 groceries" or "₹55 snacks yesterday".',
    };
  }
  if (category.length > maxCategoryLength) {
    return {
      kind: 'invalid',
      message: 'That category is too long. Keep it short, like "groceries", and put details after " - ".',
    };
  }
  return { kind: 'add', amount: amount.result.money, category: normalizeCategory(category), note, spentOn };
}
