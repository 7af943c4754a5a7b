/** Which currency a written symbol, name or code stands for: "₹", "rs", "rupees", "$", "A$", "usd", "EUR". */
import { isKnownCurrency } from '../money/currency.ts';

const dollars = ['USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'TWD', 'BSD', 'BBD', 'BZD', 'FJD', 'JMD', 'TTD', 'XCD'];
const rupees = ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'];
const pounds = ['GBP', 'EGP', 'GIP', 'FKP', 'SHP'];

/**
 * Symbols and names, each with the currencies it may mean. The first is taken unless the user's own
 * currency is in the list: "$" is AUD for someone who keeps accounts in AUD, USD for everyone else.
 * A Map, so no user word can reach an Object prototype key ("constructor").
 */
const namedCurrencies = new Map<string, ReadonlyArray<string>>(
  Object.entries({
    '₹': ['INR'],
    rs: rupees,
    'rs.': rupees,
    rupee: rupees,
    rupees: rupees,
    $: dollars,
    dollar: dollars,
    dollars: dollars,
    buck: dollars,
    bucks: dollars,
    us$: ['USD'],
    a$: ['AUD'],
    au$: ['AUD'],
    c$: ['CAD'],
    ca$: ['CAD'],
    s$: ['SGD'],
    nz$: ['NZD'],
    hk$: ['HKD'],
    '€': ['EUR'],
    euro: ['EUR'],
    euros: ['EUR'],
    '£': pounds,
    pound: pounds,
    pounds: pounds,
    quid: ['GBP'],
    '¥': ['JPY', 'CNY'],
    yen: ['JPY'],
    yuan: ['CNY'],
    rmb: ['CNY'],
    dirham: ['AED', 'MAD'],
    dirhams: ['AED', 'MAD'],
    riyal: ['SAR', 'QAR', 'OMR'],
    riyals: ['SAR', 'QAR', 'OMR'],
    dinar: ['KWD', 'BHD', 'JOD'],
    dinars: ['KWD', 'BHD', 'JOD'],
  }),
);

/** ISO codes that are also everyday words: written in lower case ("20 pen", "300 mop") they are words. */
const codesThatAreWords = new Set(
  'all amd ang bam bob bnd cop cup dop ern gel gip lak mad mnt mop mur nad pab pen php ron rub sos top try'.split(' '),
);

/**
 * Upper-case abbreviations people write next to amounts that are not currencies ("EMI 5000", "450 KFC"),
 * so they are never refused as unknown currency codes.
 */
const commonAbbreviations = new Set(
  'ATM EMI SIP LIC GST DTH OTT KFC PVR TDS UPI CNG LPG PPF NPS ESI VAT TAX FEE BUS CAB GYM TEA USB DVD LED MRP COD EMT OPD ICU'.split(
    ' ',
  ),
);

/** The ISO code `written` names, or undefined when it is not a currency word. */
export function currencyOfWord(written: string, defaultCurrency: string): string | undefined {
  const lower = written.toLowerCase();
  const candidates = namedCurrencies.get(lower);
  if (candidates) return candidates.includes(defaultCurrency) ? defaultCurrency : candidates[0];
  if (!/^[a-z]{3}$/i.test(written) || !isKnownCurrency(written)) return undefined;
  if (written === lower && codesThatAreWords.has(lower)) return undefined;
  return written.toUpperCase();
}

/**
 * True for three upper-case letters that are no currency we know yet look written as one ("250 XYZ
 * groceries"): such a code is refused rather than guessed. Known abbreviations (EMI, ATM, KFC) are not codes.
 */
export function looksLikeUnknownCode(written: string): boolean {
  return /^[A-Z]{3}$/.test(written) && !isKnownCurrency(written) && !commonAbbreviations.has(written);
}
