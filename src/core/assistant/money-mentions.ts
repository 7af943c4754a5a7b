/**
 * Finds the amounts a text states and their exact decimal values. Every number counts as an amount ("₹1,250.50",
 * "INR 1250.5", "Rs 2.5 lakh", a bare "37000") unless its form clearly makes it something else: a date, week,
 * percentage, time, expense number or count (see non-amount-numbers.ts and counting-words.ts).
 */
import { isKnownCurrency } from '../money/currency.ts';
import { isFollowedByCountingNoun } from './counting-words.ts';
import { nonAmountSpans, type Span } from './non-amount-numbers.ts';

export interface MoneyMention {
  /** The words as written (digits of any script shown as ASCII), for reports. */
  readonly text: string;
  /** The value as a plain normalised decimal ("1250.5"), never a float; the sign is left out. */
  readonly decimal: string;
  /** Whether a currency marker (₹, Rs, INR, rupees, an unfamiliar sign …) came with the number. */
  readonly marked: boolean;
  /** The currencies the marker can stand for ("$" is several); null when no marker said which. */
  readonly currencies: ReadonlyArray<string> | null;
}

export interface MentionOptions {
  /** Decides "1,250" versus "1,25" style ambiguity: the locale's decimal separator wins. Also names the months. */
  readonly locale: string;
  /** Words that may stand between a count and its noun besides the usual ones, such as category names. */
  readonly countQualifiers?: ReadonlySet<string>;
}

const space = String.raw`[ \u00a0\u202f]`;
const mentionPattern = new RegExp(
  [
    // A marker not inside a word: "hours 5" has no "rs" marker. A sign may follow it ("₹-120"); it is left out.
    String.raw`(?:(?<![\p{L}\p{N}])(?<prefix>[A-Z]{1,3}\$|[Rr][Ss]\.?|[A-Z]{3}|\p{Sc})${space}?[-\u2212]?)?`,
    // Groups of two or three digits cover 1,250.50, 1,25,000 (Indian), 1.250,50, 1 250,50 and 1'250.50. A number
    // glued to letters ("x37000") is still a number.
    String.raw`(?<!\p{N})(?<number>\d{1,3}(?:[,.\u00a0\u202f'\u2019]\d{2,3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?)`,
    String.raw`(?:${space}?(?<multiplier>k|K|thousand|hundred|lakhs?|lacs?|crores?|cr|mn|millions?|bn|billions?)(?!\p{L}))?`,
    // A marker with a number right after it belongs to that number: "2026-11 ₹800" has no "11 ₹".
    String.raw`(?:${space}?(?<suffix>\p{Sc}|[A-Z]{3}|[Rr]upees?|[Rr][Ss]\.?|[Dd]ollars?|[Ee]uros?|[Pp]ounds?)(?!\p{L})(?!${space}?[-\u2212]?\d))?`,
    // "Rs. 370/-", as Indian prices are written
    String.raw`(?:\/-)?`,
  ].join(''),
  'dgu',
);

const multipliers: Readonly<Record<string, number>> = {
  k: 3,
  hundred: 2,
  thousand: 3,
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
  const plain = plainDigits(text);
  const decimalSeparator = plainDigits(localeDecimalSeparator(options.locale));
  const notAmounts = nonAmountSpans(plain, options.locale);
  const mentions: MoneyMention[] = [];
  for (const match of plain.matchAll(mentionPattern)) {
    const groups = match.groups ?? {};
    const number = groups.number ?? '';
    const [numberStart, numberEnd] = match.indices?.groups?.number ?? [match.index, match.index];
    const prefix = groups.prefix ? markerCurrencies(groups.prefix, options.locale) : undefined;
    const suffix = groups.suffix ? markerCurrencies(groups.suffix, options.locale) : undefined;
    const marked = prefix !== undefined || suffix !== undefined;
    const multiplier = groups.multiplier ? multipliers[groups.multiplier.toLowerCase().replace(/s$/, '')] : undefined;
    const value = parseNumber(number, decimalSeparator);
    // A currency marker or a multiplier makes any number an amount; otherwise its form may say it is something else.
    if (!marked && multiplier === undefined) {
      if (within(notAmounts, numberStart, numberEnd)) continue;
      const counted = value !== undefined && !value.includes('.');
      if (counted && isFollowedByCountingNoun(plain, numberEnd, options.countQualifiers ?? new Set())) continue;
    }
    mentions.push({
      text: match[0].trim(),
      // Unreadable ("1,250.50.5") stays as written, which equals no decimal: it cannot pass as an allowed amount.
      decimal: value === undefined ? number : normalizeDecimal(multiplier ? shiftDecimal(value, multiplier) : value),
      marked,
      currencies: prefix ?? suffix ?? null,
    });
  }
  return mentions;
}

/** Decimal digits of any script as ASCII, and the Arabic separators as "," and ".": "١٬٢٥٠٫٥٠" reads "1,250.50". */
function plainDigits(text: string): string {
  return text
    .replace(/(?![0-9])\p{Nd}/gu, (digit) => String(digitValue(digit)))
    .replaceAll('\u066c', ',')
    .replaceAll('\u066b', '.');
}

/** Unicode puts each script's digits 0–9 in a row, so a digit's value is its distance from the row's start. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 0;
  let zero = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

function within(spans: ReadonlyArray<Span>, start: number, end: number): boolean {
  return spans.some(([from, to]) => from <= start && end <= to);
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

/** Reads "1,250.50", "1.250,50", "1,25,000", "1 250,50" or "1'250.50" as a plain decimal string. */
function parseNumber(raw: string, decimalSeparator: string): string | undefined {
  const text = raw.replace(/[\u00a0\u202f'\u2019]/g, '');
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
    // Nobody groups after a lone zero, so "0.125" is a decimal everywhere.
    const isDecimal = count === 1 && (digitsAfter !== 3 || separator === decimalSeparator || /^0[.,]/.test(text));
    decimal = isDecimal ? text.replace(separator, '.') : text.replaceAll(separator, '');
  } else {
    decimal = text;
  }
  return /^\d+(?:\.\d+)?$/.test(decimal) ? decimal : undefined;
}

function shiftDecimal(decimal: string, places: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const padded = fraction.padEnd(places, '0');
  return `${whole}${padded.slice(0, places)}.${padded.slice(places) || '0'}`;
}
