/**
 * Checks what the model extracted the way a typed quick-add is checked: the amount through the money functions,
 * a known currency, a date from 2000 to tomorrow, a non-empty category. Reasons never quote the model's values.
 */
import type { Intent } from '../../parse/intent.ts';
import { isKnownCategory, normalizeCategory } from '../../parse/category.ts';
import { describeMoneyError, moneyFromDecimal } from '../../money/money.ts';
import { err, ok, type Result } from '../../result.ts';
import { addDays, parseIsoDate } from '../../time/period.ts';
import { recordExpenseSchema } from './extraction-tools.ts';

export interface ExtractionLimits {
  /** The user's calendar date, "YYYY-MM-DD". */
  readonly today: string;
  readonly defaultCurrency: string;
  /** Largest accepted amount, in major units. */
  readonly maxAmountMajor: number;
}

export type ExtractedExpense = Extract<Intent, { kind: 'add' }>;

/** Same bound as the assistant's category argument. */
const maxCategoryLength = 60;
/** A longer note is cut: it is detail, and the reply shows what was kept. */
const maxNoteLength = 200;
const earliestDate = '2000-01-01';
/** Commas that group thousands ("37,000", "1,25,000.50"); a comma anywhere else is left for the money check to refuse. */
const groupedWhole = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3})(?:\.\d+)?$/;

/** The quick-add intent for the extracted fields, or why they cannot be stored (a sentence for the user). */
export function validateExtraction(args: unknown, limits: ExtractionLimits): Result<ExtractedExpense, string> {
  const parsed = recordExpenseSchema.safeParse(args);
  if (!parsed.success) return err("I couldn't read an amount, a category and a date from it.");
  const fields = parsed.data;

  const decimal = withoutGrouping(fields.amount.trim());
  const currency = fields.currency === null || fields.currency.trim() === '' ? limits.defaultCurrency : fields.currency;
  // Only codes that look like one are named back; the rest is the model's text.
  if (!/^[A-Za-z]{3}$/.test(currency.trim())) return err("The currency wasn't one I know.");
  const amount = moneyFromDecimal(decimal, currency.trim(), limits.maxAmountMajor);
  if (!amount.ok) return err(describeMoneyError(amount.error));

  const spentOn = fields.date === null || fields.date.trim() === '' ? limits.today : fields.date.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(spentOn) || parseIsoDate(spentOn) === undefined) {
    return err("The date wasn't a real calendar date.");
  }
  if (spentOn > addDays(limits.today, 1)) return err('The date was in the future.');
  if (spentOn < earliestDate) return err('The date was before 2000.');

  const category = normalizeCategory(fields.category);
  if (category === '') return err('No category was given.');
  if (category.length > maxCategoryLength) return err('The category was too long.');

  const note = fields.note?.trim().replace(/\s+/g, ' ').slice(0, maxNoteLength) || null;
  return ok({
    kind: 'add',
    amount: amount.value,
    category,
    note,
    spentOn,
    categorySource: isKnownCategory(category) ? 'bucket' : 'written',
    // A model's reading teaches no category memory: only the user's own words and corrections do.
    keywords: [],
  });
}

/** The amount as moneyFromDecimal reads it: a dot is always the decimal point, as the tool's description says. */
function withoutGrouping(amount: string): string {
  return groupedWhole.test(amount) ? amount.replaceAll(',', '') : amount;
}
