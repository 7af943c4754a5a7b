/**
 * The grounding check: every money amount in the model's reply must be one a tool returned in this run or one
 * the user wrote in their message, compared by exact value, so a figure the model made up or added itself is caught.
 */
import { minorToDecimal } from '../money/money.ts';
import { findMoneyMentions, normalizeDecimal } from './money-mentions.ts';

export interface GroundingInput {
  readonly reply: string;
  /** The results the tools returned in this run; every `{ minor, currency }` object in them is an allowed amount. */
  readonly toolResults: ReadonlyArray<unknown>;
  /** The user's own message: any number in it may be repeated back. */
  readonly userMessage: string;
  readonly locale: string;
  /** The user's currency, for reading numbers without a currency marker. */
  readonly currency: string;
}

export interface GroundingResult {
  readonly grounded: boolean;
  /** How many amounts the reply mentions. */
  readonly checked: number;
  /** The reply's amounts, as written, that match nothing allowed. */
  readonly ungrounded: ReadonlyArray<string>;
}

interface Allowed {
  readonly decimal: string;
  /** null: the user wrote the number without saying a currency. */
  readonly currency: string | null;
}

/**
 * What counts as an amount in the reply: a number with a currency marker before or after it (₹, $, €, £, Rs,
 * an ISO code such as INR, or a word like rupees), optionally scaled (2.5k, 1.2 lakh), or a bare number written
 * like money (1,250 or 1250.50 for a two-decimal currency). Counts, expense numbers, dates, weeks and percentages
 * are not amounts. Values are compared exactly: "₹1,250.50" equals "INR 1250.5" but not "₹1,250" or "₹1.25k".
 */
export function checkGrounding(input: GroundingInput): GroundingResult {
  const options = { locale: input.locale, defaultCurrency: input.currency };
  const allowed: Allowed[] = [];
  for (const result of input.toolResults) collectAmounts(result, allowed);
  for (const mention of findMoneyMentions(input.userMessage, { ...options, bareNumbers: 'all' })) {
    for (const currency of mention.currencies ?? [null]) allowed.push({ decimal: mention.decimal, currency });
  }

  const mentions = findMoneyMentions(input.reply, { ...options, bareNumbers: 'money-like' });
  const ungrounded = mentions
    .filter(
      (mention) =>
        !allowed.some(
          (amount) =>
            amount.decimal === mention.decimal &&
            (amount.currency === null || mention.currencies === null || mention.currencies.includes(amount.currency)),
        ),
    )
    .map((mention) => mention.text);
  return { grounded: ungrounded.length === 0, checked: mentions.length, ungrounded };
}

/** Walks a tool result for money objects (`{ minor, currency }`), wherever they sit. */
function collectAmounts(value: unknown, into: Allowed[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectAmounts(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.minor === 'number' && typeof record.currency === 'string' && Number.isSafeInteger(record.minor)) {
    const currency = record.currency.toUpperCase();
    into.push({ decimal: normalizeDecimal(minorToDecimal(Math.abs(record.minor), currency)), currency });
  }
  for (const item of Object.values(record)) collectAmounts(item, into);
}
