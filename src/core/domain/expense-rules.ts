/**
 * What an expense must be to be stored, whoever writes it (a quick-add, an edit, a button, the model's tools, an
 * extraction): an amount above zero and within the cap, a date from 2000 to tomorrow, clean bounded text.
 * Each check hands back the value to store, cleaned, or a sentence for the user saying what was wrong.
 */
import { isKnownCurrency, minorDigits } from '../money/currency.ts';
import { describeMoneyError, type Money } from '../money/money.ts';
import { err, ok, type Result } from '../result.ts';
import { addDays, dayNumber, isoDateOf } from '../time/calendar-date.ts';
import { capLength, cleanText } from './clean-text.ts';
import type { ExpenseChanges, NewExpense } from './expense.ts';

/** Longest category: a word or two, not a sentence; within every database's column. */
export const maxCategoryLength = 60;
/** Longest note: a longer one is cut, as it is detail and the reply shows what was kept. */
export const maxNoteLength = 200;
/** Earliest date an expense may have: older ones are typos (0001, 1900) or dates of no spending (1970). */
export const earliestSpentOn = '2000-01-01';

export interface ExpenseLimits {
  /** The user's calendar date, "YYYY-MM-DD": tomorrow is the latest date accepted, for travellers across zones. */
  readonly today: string;
  /** Largest accepted amount, in major units (MAX_AMOUNT). */
  readonly maxAmountMajor: number;
}

type ExpenseFields = Pick<NewExpense, 'amount' | 'category' | 'note' | 'spentOn'>;

/** The expense to store, its text cleaned, or why it cannot be stored. */
export function checkNewExpense<T extends ExpenseFields>(expense: T, limits: ExpenseLimits): Result<T, string> {
  const amount = checkAmount(expense.amount, limits.maxAmountMajor);
  if (!amount.ok) return amount;
  const spentOn = checkSpentOn(expense.spentOn, limits.today);
  if (!spentOn.ok) return spentOn;
  const category = checkCategory(expense.category);
  if (!category.ok) return category;
  return ok({ ...expense, category: category.value, note: checkNote(expense.note) });
}

/** The changes to store, their text cleaned (a note cleaned to nothing removes the note), or why not. */
export function checkExpenseChanges(changes: ExpenseChanges, limits: ExpenseLimits): Result<ExpenseChanges, string> {
  let checked: ExpenseChanges = {};
  if (changes.amount !== undefined) {
    const amount = checkAmount(changes.amount, limits.maxAmountMajor);
    if (!amount.ok) return amount;
    checked = { ...checked, amount: amount.value };
  }
  if (changes.spentOn !== undefined) {
    const spentOn = checkSpentOn(changes.spentOn, limits.today);
    if (!spentOn.ok) return spentOn;
    checked = { ...checked, spentOn: spentOn.value };
  }
  if (changes.category !== undefined) {
    const category = checkCategory(changes.category);
    if (!category.ok) return category;
    checked = { ...checked, category: category.value };
  }
  if (changes.note !== undefined) checked = { ...checked, note: checkNote(changes.note) };
  return ok(checked);
}

/** A whole positive number of the currency's minor units, within the cap. */
export function checkAmount(amount: Money, maxAmountMajor: number): Result<Money, string> {
  const currency = amount.currency;
  if (!isKnownCurrency(currency)) return err(describeMoneyError({ code: 'unknown_currency', currency }));
  if (!Number.isSafeInteger(amount.minor)) return err(describeMoneyError({ code: 'not_a_number' }));
  if (amount.minor <= 0) return err(describeMoneyError({ code: 'not_positive' }));
  if (amount.minor > maxAmountMajor * 10 ** minorDigits(currency)) {
    return err(describeMoneyError({ code: 'too_large', maxMajor: maxAmountMajor, currency }));
  }
  return ok(amount);
}

/** A real calendar date from 2000-01-01 to the day after the user's today. */
export function checkSpentOn(spentOn: string, today: string): Result<string, string> {
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(spentOn);
  if (shaped && spentOn < earliestSpentOn) {
    return err('The date was before 2000. Write the day it was spent, like 12 Nov or 2026-11-20.');
  }
  if (!shaped || isoDateOf(dayNumber(spentOn)) !== spentOn) {
    return err("The date wasn't a real calendar date. Try something like 12 Nov or 2026-11-20.");
  }
  if (spentOn > addDays(today, 1)) {
    return err('The date was in the future. I can only record spending that has already happened.');
  }
  return ok(spentOn);
}

/** The category cleaned; refused when nothing is left or it is longer than a category is. */
export function checkCategory(category: string): Result<string, string> {
  const clean = cleanText(category);
  if (clean === '') return err('No category was given. Say what it was for, like "groceries".');
  if (clean.length > maxCategoryLength) {
    return err(`The category was too long: ${maxCategoryLength} characters at most, like "groceries".`);
  }
  return ok(clean);
}

/** The note cleaned and cut to length; null when nothing is left. */
export function checkNote(note: string | null): string | null {
  if (note === null) return null;
  return capLength(cleanText(note), maxNoteLength) || null;
}
