/** "edit 12 300", "edit #12 amount 300", "edit 12 category food", "edit 12 date yesterday", "edit #12 to ₹450". */
import type { Money } from '../money/money.ts';
import { findAmounts } from './amount.ts';
import { normalizeCategory } from './category.ts';
import { chooseAmount } from './choose-amount.ts';
import { findDatePhrase, parseDatePhrase } from './date-phrase.ts';
import { badNumberMessage, expenseNumberPattern, isExpenseNumber } from './expense-number.ts';
import type { Intent, ParseContext } from './intent.ts';
import { splitNote } from './note.ts';
import { cutOut, tidy, trimFiller, trimPunctuation } from './text-tools.ts';

type Changes = { amount?: Money; category?: string; spentOn?: string; note?: string | null };

const edit = new RegExp(String.raw`^(edit|change|update|fix|correct)(?:\s+${expenseNumberPattern})?(?:\s+(.*))?$`, 'i');
const field = /^(amount|price|cost|category|cat|date|day(?!\s+before)|note|notes)(?:\s*[=:]\s*|\s+(?:to\s+)?|$)(.*)$/i;
const noNote = /^(?:no|clear|remove|delete)\s+(?:the\s+)?notes?$|^notes?\s*(?:[=:]\s*)?(?:none|nothing|-)?$/i;
const maxNoteLength = 200;

/** Reads an edit, or returns undefined when the text is not one ("change currency …" is a setting). */
export function parseEditCommand(text: string, ctx: ParseContext): Intent | undefined {
  const match = edit.exec(text);
  if (!match) return undefined;
  const [, verb = '', numberText, restText = ''] = match;
  if (numberText === undefined) {
    return verb.toLowerCase() === 'edit'
      ? invalid('Which expense? Say "edit 12 300" with its number from "list".')
      : undefined;
  }
  const number = Number(numberText);
  if (!isExpenseNumber(number)) return invalid(badNumberMessage);
  const rest = tidy(restText).replace(/^(?:to|=|:)\s+/i, '');
  if (noNote.test(rest)) return { kind: 'edit', number, changes: { note: null } };
  const dashNote = /^[-–—]+\s+(.+)$/.exec(rest);
  if (dashNote) return { kind: 'edit', number, changes: { note: (dashNote[1] ?? '').slice(0, maxNoteLength) } };
  const named = field.exec(rest);
  const changes = named ? oneField(named[1] ?? '', tidy(named[2] ?? ''), ctx) : anyFields(rest, ctx);
  return typeof changes === 'string' ? invalid(changes) : { kind: 'edit', number, changes };
}

/** "amount 300", "category food", "date yesterday", "note birthday": the changes, or why they cannot be made. */
function oneField(name: string, value: string, ctx: ParseContext): Changes | string {
  switch (name.toLowerCase()) {
    case 'note':
    case 'notes':
      return { note: value === '' ? null : value.slice(0, maxNoteLength) };
    case 'category':
    case 'cat': {
      const category = trimPunctuation(trimFiller(value));
      return /\p{L}/u.test(category)
        ? { category: normalizeCategory(category) }
        : 'Which category? Say something like "edit 12 category food".';
    }
    case 'date':
    case 'day': {
      const date = parseDatePhrase(value, ctx);
      if (!date) return `I couldn't read "${value}" as a date. Try "yesterday", "12 Nov" or 2026-11-20.`;
      return date.ok ? { spentOn: date.value } : date.error;
    }
    default: {
      const found = findAmounts(value, ctx);
      const amount = chooseAmount(found).amount;
      if (!amount || trimFiller(cutOut(value, amount.index, amount.length)) !== '') {
        return `I couldn't read "${value}" as an amount. Try "edit 12 amount 300".`;
      }
      return amount.result.ok ? { amount: amount.result.value } : amount.result.error;
    }
  }
}

/** "edit 4 450 fuel yesterday - with Ravi": whatever is written, read as a quick-add would be. */
function anyFields(text: string, ctx: ParseContext): Changes | string {
  const changes: Changes = {};
  const { rest: withoutNote, note } = splitNote(text);
  if (note !== null) changes.note = note;
  let rest = withoutNote;
  const date = findDatePhrase(rest, ctx);
  if (date) {
    if (!date.result.ok) return date.result.error;
    changes.spentOn = date.result.value;
    rest = cutOut(rest, date.index, date.length);
  }
  const found = findAmounts(rest, ctx);
  if (found.length > 0) {
    const amount = chooseAmount(found).amount;
    if (!amount) return 'I see more than one number there. Say "edit 12 amount 300" to change the amount.';
    if (!amount.result.ok) return amount.result.error;
    changes.amount = amount.result.value;
    rest = cutOut(rest, amount.index, amount.length);
  }
  const category = trimPunctuation(trimFiller(rest));
  if (/\p{L}/u.test(category)) changes.category = normalizeCategory(category);
  return changes;
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}
