/** Finds the amounts in a message ("₹1,250.50", "Rs 250", "rs250", "1.2k", "12.5 usd", "$20") and turns them into Money. */
import { describeMoneyError, type Money, moneyFromDecimal } from '../money/money.ts';
import { err, ok, type Result } from '../result.ts';
import { currencyOfWord, looksLikeUnknownCode } from './currency-word.ts';
import { plainDecimal, shiftDecimal } from './decimal-text.ts';
import type { Found } from './text-tools.ts';

export interface AmountContext {
  readonly defaultCurrency: string;
  readonly maxAmountMajor: number;
}

export interface AmountMatch extends Found<Money> {
  /** True when a currency was written next to the number ("₹", "rs", "usd", "/-"), which makes it surely the amount. */
  readonly marked: boolean;
}

interface Token {
  /** The token without trailing punctuation ("250," → "250"). */
  readonly word: string;
  readonly index: number;
}

// sign, glued prefix, minus after the prefix ("₹-50"), number, glued multiplier, glued suffix
const amountToken =
  /^([+\-−])?(₹|[a-z]{0,2}\$|€|£|¥|rs\.?|[a-z]{3})?([-−])?(\d[\d,]*(?:\.\d+)?|\.\d+)(k|lakhs?|lacs?|crores?|cr)?(\/-|rs\.?|[a-z]{3}|₹|€|£|¥|\$)?$/i;
/** Powers of ten the multiplier words stand for. A Map, so no user word can reach an Object prototype key. */
const multipliers = new Map<string, number>([
  ['k', 3],
  ['thousand', 3],
  ['lakh', 5],
  ['lakhs', 5],
  ['lac', 5],
  ['lacs', 5],
  ['crore', 7],
  ['crores', 7],
  ['cr', 7],
]);
/** "NaN", "Infinity" or a currency symbol with no number: meant as an amount, but not one. */
const notANumber = /^(?:[+\-−]?(?:NaN|Infinity|infinity)|[+\-−]?[₹$€£¥](?:nan|infinity|[^\d.,\s+\-−].*)?)$/i;

/**
 * Every amount written in `text`, left to right. Words that only look like amounts ("NaN", a lone "₹")
 * are reported, as refusals, only when the text has no real number.
 */
export function findAmounts(text: string, ctx: AmountContext): AmountMatch[] {
  const tokens = tokenize(text);
  const used = new Set<number>();
  const found: AmountMatch[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (used.has(index)) continue;
    const match = readAmountAt(tokens, index, used, text, ctx);
    if (!match) continue;
    for (let at = match.first; at <= match.last; at++) used.add(at);
    found.push(match.amount);
  }
  if (found.length > 0) return found;
  for (const token of tokens) {
    if (notANumber.test(token.word)) {
      const place = { index: token.index, length: token.word.length, marked: true };
      found.push({ ...place, result: err(describeMoneyError({ code: 'not_a_number' })) });
    }
  }
  return found;
}

/** The amount that counts: the only one, or the only one with a currency written; undefined when unclear. */
export function chooseAmount(found: ReadonlyArray<AmountMatch>): AmountMatch | undefined {
  if (found.length === 1) return found[0];
  const marked = found.filter((amount) => amount.marked);
  return marked.length === 1 ? marked[0] : undefined;
}

function readAmountAt(
  tokens: ReadonlyArray<Token>,
  index: number,
  used: ReadonlySet<number>,
  text: string,
  ctx: AmountContext,
): { first: number; last: number; amount: AmountMatch } | undefined {
  const parts = amountToken.exec(tokens[index]?.word ?? '');
  if (!parts) return undefined;
  const [, sign, gluedPrefix, minus, numberText = '', gluedMultiplier, gluedSuffix] = parts;
  let currency: string | undefined;
  let marked = false;
  if (gluedPrefix) {
    currency = currencyOfWord(gluedPrefix, ctx.defaultCurrency);
    if (!currency) return undefined; // "abc12" is a word, not an amount
    marked = true;
  }
  if (gluedSuffix) {
    const suffixCurrency =
      gluedSuffix === '/-' ? ctx.defaultCurrency : currencyOfWord(gluedSuffix, ctx.defaultCurrency);
    if (!suffixCurrency) return undefined; // "250tea"
    currency ??= suffixCurrency;
    marked = true;
  }

  let first = index;
  let last = index;
  let unknownCode: string | undefined;
  const free = (at: number) => at >= 0 && at < tokens.length && !used.has(at);
  const before = tokens[index - 1]?.word ?? '';
  if (!currency && free(index - 1)) {
    const written = currencyOfWord(before, ctx.defaultCurrency);
    if (written) {
      currency = written;
      marked = true;
      first = index - 1;
    } else if (looksLikeUnknownCode(before)) {
      unknownCode = before;
      first = index - 1;
    }
  }
  let multiplier = gluedMultiplier ? multipliers.get(gluedMultiplier.toLowerCase()) : undefined;
  if (multiplier === undefined && free(last + 1)) {
    multiplier = multipliers.get((tokens[last + 1]?.word ?? '').toLowerCase());
    if (multiplier !== undefined) last += 1;
  }
  const after = tokens[last + 1]?.word ?? '';
  if (!currency && !unknownCode && free(last + 1)) {
    const written = after === '/-' ? ctx.defaultCurrency : currencyOfWord(after, ctx.defaultCurrency);
    if (written) {
      currency = written;
      marked = true;
      last += 1;
    } else if (looksLikeUnknownCode(after)) {
      unknownCode = after;
      last += 1;
    }
  }
  // An unknown upper-case code is refused only where the user plainly wrote a currency: other words are left
  // for the category ("250 XYZ groceries"), and the message is not all capitals ("250 TEA").
  if (unknownCode) {
    const othersHaveWords = tokens.some((token, at) => (at < first || at > last) && /\p{L}/u.test(token.word));
    if (!othersHaveWords || !/\p{Ll}/u.test(text)) {
      if (first < index) first = index;
      else last -= 1;
      unknownCode = undefined;
    }
  }

  const start = tokens[first]?.index ?? 0;
  const endToken = tokens[last];
  const length = endToken ? endToken.index + endToken.word.length - start : 0;
  const place = { index: start, length, marked: marked || unknownCode !== undefined };
  const result = toMoney(
    { negative: Boolean(sign?.match(/[-−]/) || minus), numberText, multiplier, currency, unknownCode },
    ctx,
  );
  return { first, last, amount: { ...place, result } };
}

function toMoney(
  written: {
    negative: boolean;
    numberText: string;
    multiplier: number | undefined;
    currency: string | undefined;
    unknownCode: string | undefined;
  },
  ctx: AmountContext,
): Result<Money, string> {
  if (written.unknownCode) return err(describeMoneyError({ code: 'unknown_currency', currency: written.unknownCode }));
  if (written.negative) {
    return err('The amount has to be more than zero. To take an expense back, say "undo" or "delete 12".');
  }
  const decimal = plainDecimal(written.numberText);
  if (decimal === undefined) {
    return err(`I couldn't read "${written.numberText}" as an amount. Try 1250.50 or 1,250.50.`);
  }
  const scaled = written.multiplier ? shiftDecimal(decimal, written.multiplier) : decimal;
  const money = moneyFromDecimal(scaled, written.currency ?? ctx.defaultCurrency, ctx.maxAmountMajor);
  return money.ok ? ok(money.value) : err(describeMoneyError(money.error));
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((match) => ({
    word: match[0].length > 1 ? match[0].replace(/(?<=.)[.,;:!?]+$/, '') : match[0],
    index: match.index,
  }));
}
