/**
 * The grounding check: every number in the model's reply that could be read as money must be an amount a tool
 * returned in this run or one the user wrote in their message, compared by exact value, so a figure the model made
 * up, added itself or copied from the wrong field is caught.
 */
import { findMoneyMentions, normalizeDecimal } from './money-mentions.ts';

export interface GroundingInput {
  readonly reply: string;
  /** The results the tools returned in this run; every `{ decimal, currency }` object in them is an allowed amount. */
  readonly toolResults: ReadonlyArray<unknown>;
  /** The user's own message: any amount in it may be repeated back. */
  readonly userMessage: string;
  readonly locale: string;
  /** The user's currency: a number the user wrote without a marker is taken to be in it. */
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
  /** null: a sign nobody knows ("₩" for a user in India) that may stand for any currency. */
  readonly currency: string | null;
}

/**
 * Every number in the reply is an amount unless its form clearly says otherwise: a date (2026-11-30, 30 Nov,
 * Mon 30th, 30/11), a year beside a month, a week (W48, week 48), a percentage, a time of day, an expense number
 * (#12), or a count followed by its noun ("3 expenses"). Bare "37000" is an amount. Values are compared exactly and
 * without sign: "₹1,250.50" equals "INR 1250.5" and "1.250,50 ₹" (de) but not "₹1,250", "₹1.25k" or "125050"; a
 * difference ("₹120 less") passes only if some tool returned 120.
 */
export function checkGrounding(input: GroundingInput): GroundingResult {
  const allowed: Allowed[] = [];
  for (const result of input.toolResults) collectAmounts(result, allowed);
  const options = { locale: input.locale, countQualifiers: categoryWords(input.toolResults) };
  for (const mention of findMoneyMentions(input.userMessage, options)) {
    const currencies = mention.marked ? mention.currencies : [input.currency.toUpperCase()];
    for (const currency of currencies ?? [null]) allowed.push({ decimal: mention.decimal, currency });
  }

  const mentions = findMoneyMentions(input.reply, options);
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

/** Walks a tool result for money objects (`{ decimal, currency }`), wherever they sit. */
function collectAmounts(value: unknown, into: Allowed[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectAmounts(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const { decimal, currency } = record;
  if (typeof decimal === 'string' && typeof currency === 'string' && /^-?\d+(?:\.\d+)?$/.test(decimal)) {
    into.push({ decimal: normalizeDecimal(decimal.replace(/^-/, '')), currency: currency.toUpperCase() });
  }
  for (const item of Object.values(record)) collectAmounts(item, into);
}

/** The words of the category names in the results, so "3 coffee expenses" reads as a count. */
function categoryWords(results: ReadonlyArray<unknown>): ReadonlySet<string> {
  const words = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (key === 'category' || key === 'key') {
        for (const word of value.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) walk(item, name);
    }
  };
  for (const result of results) walk(result, '');
  return words;
}
