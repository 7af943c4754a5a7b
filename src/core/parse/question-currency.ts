/** The currency a question is limited to: "in dollars", "total in EUR", "my USD expenses", "€ spending". */
import { currencyOfWord } from './currency-word.ts';
import type { ParseContext } from './intent.ts';

export interface CurrencyReading {
  /** ISO code, or undefined when the question names none. */
  readonly currency: string | undefined;
  readonly rest: string;
}

const symbols = String.raw`₹|\$|€|£|¥|[a-z]{1,2}\$`;
const names = 'rupees?|dollars?|bucks?|euros?|pounds?|quid|yen|yuan|dirhams?|riyals?|dinars?';
const phrase = new RegExp(
  String.raw`(?<![\w$₹€£¥])(?:(in|of|for|with|spent\s+in)\s+)?(?:the\s+)?(${symbols}|(?:${names})|[A-Za-z]{3})(?![\w$])`,
  'giu',
);

/** Codes common enough to be typed in lower case ("usd spend") and that are no English word ("top", "all", "try" are). */
const lowerCaseCodes = new Set('usd eur inr gbp aud cad sgd aed nzd chf jpy cny hkd zar sek nok dkk pln'.split(' '));
/** What follows a currency that limits a question: "usd spend", "eur expenses", "gbp total". */
const spendingAfter =
  /^\s+(?:spend|spends|spent|spending|spendings|expenses?|expenditure|purchases?|transactions?|total|totals)(?!\w)/i;

/**
 * Finds one currency named in the question; a lower-case three-letter code counts only after "in" ("in usd"),
 * or when it is a common code followed by what was spent ("usd spend this year").
 */
export function readCurrency(text: string, ctx: Pick<ParseContext, 'defaultCurrency'>): CurrencyReading {
  for (const match of text.matchAll(phrase)) {
    const written = match[2] ?? '';
    const spendingCode =
      lowerCaseCodes.has(written) && spendingAfter.test(text.slice((match.index ?? 0) + match[0].length));
    const code =
      /^[a-z]{3}$/.test(written) && !match[1] && !spendingCode
        ? undefined
        : currencyOfWord(written, ctx.defaultCurrency);
    if (!code) continue;
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    return { currency: code, rest: rest.replace(/\s+/g, ' ').trim() };
  }
  return { currency: undefined, rest: text };
}
