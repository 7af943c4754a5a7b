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

/** Finds one currency named in the question; a lower-case three-letter code counts only after "in" ("in usd"). */
export function readCurrency(text: string, ctx: Pick<ParseContext, 'defaultCurrency'>): CurrencyReading {
  for (const match of text.matchAll(phrase)) {
    const written = match[2] ?? '';
    const code = /^[a-z]{3}$/.test(written) && !match[1] ? undefined : currencyOfWord(written, ctx.defaultCurrency);
    if (!code) continue;
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    return { currency: code, rest: rest.replace(/\s+/g, ' ').trim() };
  }
  return { currency: undefined, rest: text };
}
