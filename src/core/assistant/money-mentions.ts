/** Finds the money amounts a text mentions ("₹1,250.50", "INR 1250.5", "Rs 2.5 lakh") and their exact decimal values. */
import { isKnownCurrency, minorDigits } from '../money/currency.ts';

export interface MoneyMention {
  /** The words as written, for reports. */
  readonly text: string;
  /** The value as a plain normalised decimal ("1250.5"), never a float. */
  readonly decimal: string;
  /** The currencies the marker can stand for ("$" is several); null when no marker said which. */
  readonly currencies: ReadonlyArray<string> | null;
}

export interface MentionOptions {
  /** Decides "1,250" versus "1,25" style ambiguity: the locale's decimal separator wins. */
  readonly locale: string;
  /**
   * Which numbers without a currency marker count: 'money-like' ones only (group separators, or exactly the
   * default currency's decimals, like "1,250" or "1250.50"), or 'all' of them.
   */
  readonly bareNumbers: 'money-like' | 'all';
  readonly defaultCurrency: string;
}

const mentionPattern = new RegExp(
  [
    // Not inside a word or number: "hours 5" has no "rs" marker, "W48" no amount.
    String.raw`(?<![\p{L}\p{N}])(?<prefix>[A-Z]{1,3}\$|[Rr][Ss]\.?|[A-Z]{3}|\p{Sc})?[ \u00a0\u202f]?`,
    // Groups of two or three digits cover 1,250.50, 1,25,000 (Indian), 1.250,50 and 1 250,50.
    String.raw`(?<number>\d{1,3}(?:[,.\u00a0\u202f']\d{2,3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`,
    String.raw`(?:[ \u00a0]?(?<multiplier>k|K|lakhs?|lacs?|crores?|cr|mn|million|bn|billion)\b)?`,
    String.raw`(?:[ \u00a0\u202f]?(?<suffix>\p{Sc}|[A-Z]{3}\b|[Rr]upees?\b|[Dd]ollars?\b|[Ee]uros?\b|[Pp]ounds?\b))?`,
  ].join(''),
  'gu',
);

const multipliers: Readonly<Record<string, number>> = {
  k: 3,
  lakh: 5,
  lac: 5,
  crore: 7,
  cr: 7,
  mn: 6,
  million: 6,
  bn: 9,
  billion: 9,
};

const rupees = ['INR', 'PKR', 'NPR', 'LKR'];

const words: Readonly<Record<string, ReadonlyArray<string>>> = {
  rs: rupees,
  rupee: rupees,
  euro: ['EUR'],
  pound: ['GBP'],
};

const dollarPrefixes: Readonly<Record<string, ReadonlyArray<string>>> = {
  US$: ['USD'],
  C$: ['CAD'],
  A$: ['AUD'],
  AU$: ['AUD'],
  NZ$: ['NZD'],
  S$: ['SGD'],
  HK$: ['HKD'],
};

function dollars(locale: string): ReadonlyArray<string> {
  return symbolTable(locale).get('$') ?? ['USD'];
}

/** Every amount `text` mentions, in order, with its exact value and possible currencies. */
export function findMoneyMentions(text: string, options: MentionOptions): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  const decimalSeparator = localeDecimalSeparator(options.locale);
  for (const match of text.matchAll(mentionPattern)) {
    const groups = match.groups ?? {};
    const number = groups.number ?? '';
    const prefix = groups.prefix ? markerCurrencies(groups.prefix, options.locale) : undefined;
    const suffix = groups.suffix ? markerCurrencies(groups.suffix, options.locale) : undefined;
    const currencies = prefix !== undefined ? prefix : suffix;
    const start = match.index + match[0].indexOf(number);
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text.slice(start + number.length, start + number.length + 2);
    const value = parseNumber(number, decimalSeparator);
    if (value === undefined) continue;
    if (currencies === undefined) {
      // Unmarked numbers next to letters, '#', '-', '/' or ':' are names, dates, times or expense numbers.
      if (/[\p{L}#\-/:_]/u.test(before) || /^[-/:]\d|^%/.test(after)) continue;
      if (options.bareNumbers === 'money-like' && !looksLikeMoney(number, value, options.defaultCurrency)) continue;
    }
    const multiplier = groups.multiplier ? multipliers[groups.multiplier.toLowerCase().replace(/s$/, '')] : undefined;
    mentions.push({
      text: match[0].trim(),
      decimal: normalizeDecimal(multiplier ? shiftDecimal(value, multiplier) : value),
      currencies: currencies ?? null,
    });
  }
  return mentions;
}

/** "001250.50" → "1250.5"; "12.000" → "12". */
export function normalizeDecimal(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${integer}.${trimmed}` : integer;
}

/** The currencies a marker stands for, or undefined when it is not a currency marker at all (e.g. "ISO"). */
function markerCurrencies(marker: string, locale: string): ReadonlyArray<string> | null | undefined {
  const plain = marker.replace(/\.$/, '');
  if (/^[A-Z]{3}$/.test(plain)) return isKnownCurrency(plain) ? [plain] : undefined;
  const lower = plain.toLowerCase();
  const singular = lower.replace(/s$/, '');
  if (singular === 'dollar') return dollars(locale);
  const known = words[lower] ?? words[singular];
  if (known) return known;
  const codes = symbolTable(locale).get(plain);
  if (codes) return codes;
  // "US$", "CA$", "S$" … where the locale writes a plain "$": some dollar, which one the prefix says.
  if (/^[A-Z]{1,3}\$$/.test(plain)) return symbolTable('en').get(plain) ?? dollarPrefixes[plain] ?? dollars(locale);
  // An unfamiliar currency sign still marks an amount; it just does not say which currency.
  return /^\p{Sc}$/u.test(plain) ? null : undefined;
}

const symbolTables = new Map<string, Map<string, string[]>>();

/** Symbol → currency codes, as Intl writes them in `locale` and in English, narrow and standard. */
function symbolTable(locale: string): Map<string, string[]> {
  let table = symbolTables.get(locale);
  if (table) return table;
  table = new Map();
  for (const code of Intl.supportedValuesOf('currency')) {
    for (const tag of new Set([locale, 'en'])) {
      for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
        const parts = new Intl.NumberFormat(tag, { style: 'currency', currency: code, currencyDisplay }).formatToParts(
          1,
        );
        const symbol = parts.find((part) => part.type === 'currency')?.value;
        if (!symbol || symbol === code) continue;
        const codes = table.get(symbol) ?? [];
        if (!codes.includes(code)) codes.push(code);
        table.set(symbol, codes);
      }
    }
  }
  symbolTables.set(locale, table);
  return table;
}

function localeDecimalSeparator(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** Reads "1,250.50", "1.250,50", "1,25,000" or "1 250,50" as a plain decimal string. */
function parseNumber(raw: string, decimalSeparator: string): string | undefined {
  const text = raw.replace(/[\u00a0\u202f']/g, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let decimal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const separator = lastComma > lastDot ? ',' : '.';
    const group = separator === ',' ? '.' : ',';
    decimal = text.replaceAll(group, '').replace(separator, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const count = text.split(separator).length - 1;
    const digitsAfter = text.length - text.lastIndexOf(separator) - 1;
    // "1,250" is a thousand and more in en but one and a quarter in de: the locale decides three-digit tails.
    const isDecimal = count === 1 && (digitsAfter !== 3 || separator === decimalSeparator);
    decimal = isDecimal ? text.replace(separator, '.') : text.replaceAll(separator, '');
  } else {
    decimal = text;
  }
  return /^\d+(?:\.\d+)?$/.test(decimal) ? decimal : undefined;
}

function looksLikeMoney(raw: string, decimal: string, currency: string): boolean {
  if (/[,\u00a0\u202f']/.test(raw) && raw.replace(/[^\d]/g, '').length > 3) return true;
  const fraction = decimal.split('.')[1];
  const digits = minorDigits(currency);
  return fraction !== undefined && digits > 0 && fraction.length === digits;
}

function shiftDecimal(decimal: string, places: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const padded = fraction.padEnd(places, '0');
  return `${whole}${padded.slice(0, places)}.${padded.slice(places) || '0'}`;
}
