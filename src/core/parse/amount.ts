/** Finds the amount in a message ("₹1,250.50", "Rs 250", "1.2k", "12.5 usd", "$20") and turns it into Money. */
import { isKnownCurrency } from '../money/currency.ts';
import { describeMoneyError, type Money, moneyFromDecimal } from '../money/money.ts';

export interface AmountContext {
  readonly defaultCurrency: string;
  readonly maxAmountMajor: number;
}

export interface AmountMatch {
  readonly result: { ok: true; money: Money } | { ok: false; message: string };
  readonly index: number;
  readonly length: number;
  /** True when a currency was written (a symbol or a code), which makes the number surely an amount. */
  readonly marked: boolean;
}

/** Symbols and words that name a currency, as written before or after the number. */
const currencyWords: Record<string, string> = {
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  inr: 'INR',
  rupee: 'INR',
  rupees: 'INR',
  $: 'USD',
  us$: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  '¥': 'JPY',
  yen: 'JPY',
};

/** ISO codes common enough that lower-case writing ("12.5 usd") is taken as a currency, not a word. */
const commonCodes = new Set(
  'usd eur gbp inr jpy aud cad sgd aed chf cny bhd kwd omr sar qar nzd hkd zar sek nok dkk thb myr idr php lkr npr pkr bdt krw brl mxn'.split(
    ' ',
  ),
);

const number = String.raw`-?\d[\d,]*(?:\.\d+)?|-?\.\d+`;
const prefix = String.raw`(₹|us\$|\$|€|£|¥|rs\.?|[A-Za-z]{3})\s?`;
const suffix = String.raw`\s?(rupees?|rs\.?|dollars?|euros?|pounds?|yen|[A-Za-z]{3})\b`;
const prefixed = new RegExp(String.raw`(?<![\w.])${prefix}(${number})(k)?\b`, 'gi');
const suffixed = new RegExp(String.raw`(?<![\w.])(${number})(k)?${suffix}`, 'gi');
const bare = new RegExp(String.raw`(?<![\w.#/-])(${number})(k)?(?![\w/]|[.,]\d)`, 'gi');

/** The amount in `text`: a number with a currency first, else a plain number. Undefined when there is none. */
export function findAmount(text: string, ctx: AmountContext): AmountMatch | undefined {
  for (const match of text.matchAll(prefixed)) {
    const currency = currencyOf(match[1] ?? '');
    if (currency) return build(match, match[2] ?? '', match[3], currency, ctx);
  }
  for (const match of text.matchAll(suffixed)) {
    const currency = currencyOf(match[3] ?? '');
    if (currency) return build(match, match[1] ?? '', match[2], currency, ctx);
  }
  for (const match of text.matchAll(bare)) {
    return build(match, match[1] ?? '', match[2], undefined, ctx);
  }
  return undefined;
}

/** The ISO code a written currency stands for; an unknown upper-case code is returned as is, to be refused. */
function currencyOf(written: string): string | undefined {
  const lower = written.toLowerCase();
  if (currencyWords[lower]) return currencyWords[lower];
  if (/^[A-Z]{3}$/.test(written)) return written;
  if (commonCodes.has(lower) && isKnownCurrency(lower)) return lower.toUpperCase();
  return undefined;
}

function build(
  match: RegExpExecArray | RegExpMatchArray,
  numberText: string,
  thousands: string | undefined,
  currency: string | undefined,
  ctx: AmountContext,
): AmountMatch {
  const place = { index: match.index ?? 0, length: match[0].length, marked: currency !== undefined };
  const code = currency ?? ctx.defaultCurrency;
  if (numberText.startsWith('-'))
    return { ...place, result: { ok: false, message: 'The amount has to be more than zero.' } };
  const decimal = plainDecimal(numberText);
  if (decimal === undefined) {
    return {
      ...place,
      result: { ok: false, message: `I couldn't read "${numberText}" as an amount. Try 1250.50 or 1,250.50.` },
    };
  }
  const scaled = thousands ? shiftDecimal(decimal, 3) : decimal;
  const money = moneyFromDecimal(scaled, code, ctx.maxAmountMajor);
  return {
    ...place,
    result: money.ok ? { ok: true, money: money.value } : { ok: false, message: describeMoneyError(money.error) },
  };
}

/** "1,25,000" (Indian) or "1,250,000" (western) → "125000"/"1250000"; other comma placements are refused. */
function plainDecimal(text: string): string | undefined {
  const [whole = '', fraction] = text.split('.');
  if (whole.includes(',')) {
    const western = /^\d{1,3}(,\d{3})+$/.test(whole);
    const indian = /^\d{1,2}(,\d{2})*,\d{3}$/.test(whole);
    if (!western && !indian) return undefined;
  }
  const digits = whole.replace(/,/g, '') || '0';
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** Multiplies a decimal string by 10^places without floating point: "1.25" × 10³ → "1250". */
function shiftDecimal(decimal: string, places: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const padded = fraction.padEnd(places, '0');
  const shiftedWhole = `${whole}${padded.slice(0, places)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(places);
  return rest ? `${shiftedWhole}.${rest}` : shiftedWhole;
}
