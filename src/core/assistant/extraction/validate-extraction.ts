/**
 * Checks what the model extracted the way a typed quick-add is checked: the amount through the money functions,
 * a known currency, then the expense rules every write obeys. Reasons never quote the model's values.
 */
import { checkNewExpense } from '../../domain/expense-rules.ts';
import { describeMoneyError, moneyFromDecimal } from '../../money/money.ts';
import { isKnownCategory, normalizeCategory } from '../../parse/category.ts';
import type { Intent } from '../../parse/intent.ts';
import { err, ok, type Result } from '../../result.ts';
import { recordExpenseSchema } from './extraction-tools.ts';

export interface ExtractionLimits {
  /** The user's calendar date, "YYYY-MM-DD". */
  readonly today: string;
  readonly defaultCurrency: string;
  /** Largest accepted amount, in major units. */
  readonly maxAmountMajor: number;
}

export type ExtractedExpense = Extract<Intent, { kind: 'add' }>;

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
  const checked = checkNewExpense(
    { amount: amount.value, category: fields.category, note: fields.note, spentOn },
    { today: limits.today, maxAmountMajor: limits.maxAmountMajor },
  );
  if (!checked.ok) return err(checked.error);

  // Read as a typed category is, from the cleaned text: "Veggies" files under groceries.
  const category = normalizeCategory(checked.value.category);
  return ok({
    kind: 'add',
    ...checked.value,
    category,
    categorySource: isKnownCategory(category) ? 'bucket' : 'written',
    // A model's reading teaches no category memory: only the user's own words and corrections do.
    keywords: [],
  });
}

/** The amount as moneyFromDecimal reads it: a dot is always the decimal point, as the tool's description says. */
function withoutGrouping(amount: string): string {
  return groupedWhole.test(amount) ? amount.replaceAll(',', '') : amount;
}
