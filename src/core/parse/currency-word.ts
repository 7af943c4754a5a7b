/** Which currency a written symbol, name or code stands for: "₹", "rs", "rupees", "$", "A$", "zł", "R$", "usd", "EUR". */
import { isKnownCurrency } from '../money/currency.ts';

const dollars = ['USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'TWD', 'BSD', 'BBD', 'BZD', 'FJD', 'JMD', 'TTD', 'XCD'];
const rupees = ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'];
/** "Bucks" is slang for the speaker's own money where that is a dollar or a rupee; elsewhere US dollars. */
const bucks = [...dollars, 'INR', 'PKR', 'LKR', 'NPR'];
const pounds = ['GBP', 'EGP', 'GIP', 'FKP', 'SHP'];
const yen = ['JPY', 'CNY'];
const crowns = ['SEK', 'NOK', 'DKK', 'ISK'];
const pesos = ['MXN', 'ARS', 'COP', 'CLP', 'PHP', 'UYU', 'DOP'];
const francs = ['CHF', 'XOF', 'XAF'];

/**
 * Symbols and names, each with the currencies it may mean. A marker with one currency is that currency;
 * one with several is the user's own currency when that is among them, else the first where the first
 * is what nearly everyone means ("$" is USD), else unclear (see `ambiguousMarkers`).
 * A Map, so no user word can reach an Object prototype key ("constructor").
 */
const namedCurrencies = new Map<string, ReadonlyArray<string>>(
  Object.entries({
    '₹': ['INR'],
    rs: rupees,
    'rs.': rupees,
    '₨': rupees,
    rupee: rupees,
    rupees: rupees,
    rupay: ['INR'],
    $: dollars,
    dollar: dollars,
    dollars: dollars,
    buck: bucks,
    bucks: bucks,
    us$: ['USD'],
    usd$: ['USD'],
    a$: ['AUD'],
    au$: ['AUD'],
    c$: ['CAD'],
    ca$: ['CAD'],
    cad$: ['CAD'],
    s$: ['SGD'],
    sg$: ['SGD'],
    nz$: ['NZD'],
    hk$: ['HKD'],
    nt$: ['TWD'],
    mx$: ['MXN'],
    mex$: ['MXN'],
    r$: ['BRL'],
    '€': ['EUR'],
    euro: ['EUR'],
    euros: ['EUR'],
    eur: ['EUR'],
    '£': pounds,
    pound: pounds,
    pounds: pounds,
    quid: ['GBP'],
    'e£': ['EGP'],
    '¥': yen,
    '￥': yen,
    yen: ['JPY'],
    円: ['JPY'],
    yuan: ['CNY'],
    rmb: ['CNY'],
    元: ['CNY'],
    '₫': ['VND'],
    dong: ['VND'],
    '₩': ['KRW'],
    won: ['KRW'],
    '฿': ['THB'],
    baht: ['THB'],
    '₪': ['ILS'],
    shekel: ['ILS'],
    shekels: ['ILS'],
    nis: ['ILS'],
    '₺': ['TRY'],
    lira: ['TRY'],
    '₽': ['RUB'],
    ruble: ['RUB'],
    rubles: ['RUB'],
    rouble: ['RUB'],
    roubles: ['RUB'],
    '₱': ['PHP'],
    '₦': ['NGN'],
    naira: ['NGN'],
    '₴': ['UAH'],
    hryvnia: ['UAH'],
    '₸': ['KZT'],
    '₭': ['LAK'],
    kip: ['LAK'],
    '₮': ['MNT'],
    '₲': ['PYG'],
    '₵': ['GHS'],
    '₡': ['CRC'],
    '₾': ['GEL'],
    lari: ['GEL'],
    '₼': ['AZN'],
    '৳': ['BDT'],
    taka: ['BDT'],
    zł: ['PLN'],
    zl: ['PLN'],
    zloty: ['PLN'],
    złoty: ['PLN'],
    zlotys: ['PLN'],
    kč: ['CZK'],
    koruna: ['CZK'],
    ft: ['HUF'],
    forint: ['HUF'],
    lei: ['RON'],
    leu: ['RON'],
    лв: ['BGN'],
    rm: ['MYR'],
    ringgit: ['MYR'],
    rp: ['IDR'],
    rupiah: ['IDR'],
    ksh: ['KES'],
    rand: ['ZAR'],
    reais: ['BRL'],
    dirham: ['AED', 'MAD'],
    dirhams: ['AED', 'MAD'],
    dhs: ['AED'],
    'د.إ': ['AED'],
    riyal: ['SAR', 'QAR', 'OMR'],
    riyals: ['SAR', 'QAR', 'OMR'],
    dinar: ['KWD', 'BHD', 'JOD'],
    dinars: ['KWD', 'BHD', 'JOD'],
    kr: crowns,
    'kr.': crowns,
    krona: ['SEK', 'ISK'],
    kronor: ['SEK'],
    krone: ['NOK', 'DKK'],
    kroner: ['NOK', 'DKK'],
    peso: pesos,
    pesos: pesos,
    franc: francs,
    francs: francs,
    fr: francs,
    'fr.': francs,
    chf: ['CHF'],
  }),
);

/** Currency names that are also everyday words: a currency only when written after the number ("12000 won"). */
export const namesOnlyAfterNumber = new Set(['won', 'dong', 'rand', 'kip', 'lari', 'ft', 'fr', 'real']);

/** Markers whose first currency is no safe guess: asked about unless the user's currency or a place decides. */
const ambiguousMarkers = new Set([
  'kr',
  'kr.',
  'krona',
  'krone',
  'kroner',
  'peso',
  'pesos',
  'franc',
  'francs',
  'fr',
  'fr.',
]);

/** Places that settle an ambiguous marker: "kr 120 in Stockholm" is SEK, "300 pesos in Cancun" MXN. */
const placeCurrencies: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:sweden|swedish|stockholm|gothenburg|göteborg|malmö|malmo)\b/i, 'SEK'],
  [/\b(?:norway|norwegian|oslo|bergen|tromsø|tromso)\b/i, 'NOK'],
  [/\b(?:denmark|danish|copenhagen|aarhus)\b/i, 'DKK'],
  [/\b(?:iceland|reykjavik|reykjavík)\b/i, 'ISK'],
  [/\b(?:mexico|cancun|cancún|cdmx|tulum|oaxaca|guadalajara|playa del carmen)\b/i, 'MXN'],
  [/\b(?:argentina|buenos aires|mendoza)\b/i, 'ARS'],
  [/\b(?:colombia|bogota|bogotá|medellin|medellín|cartagena)\b/i, 'COP'],
  [/\b(?:chile|santiago)\b/i, 'CLP'],
  [/\b(?:philippines|manila|cebu|boracay)\b/i, 'PHP'],
  [/\b(?:dubai|abu dhabi|uae|sharjah)\b/i, 'AED'],
  [/\b(?:morocco|marrakech|marrakesh|casablanca|fez|fes|tangier|rabat)\b/i, 'MAD'],
  [/\b(?:china|chinese|shanghai|beijing|shenzhen|guangzhou|chengdu|xi'?an|hangzhou)\b/i, 'CNY'],
  [/\b(?:japan|tokyo|kyoto|osaka|hakone|nara|sapporo|hiroshima|fukuoka)\b/i, 'JPY'],
  [/\b(?:saudi|riyadh|jeddah|mecca|makkah|medina)\b/i, 'SAR'],
  [/\b(?:qatar|doha)\b/i, 'QAR'],
  [
    /\b(?:nyc|new york|manhattan|brooklyn|los angeles|san francisco|chicago|boston|miami|las vegas|seattle|washington dc|orlando|hawaii|honolulu)\b/i,
    'USD',
  ],
  [/\b(?:canada|canadian|toronto|vancouver|montreal|calgary|ottawa|edmonton|quebec|banff)\b/i, 'CAD'],
  [/\b(?:australia|sydney|melbourne|brisbane|perth|adelaide|cairns|gold coast)\b/i, 'AUD'],
  [/\b(?:new zealand|auckland|wellington|queenstown|christchurch)\b/i, 'NZD'],
  [/\b(?:singapore|sentosa)\b/i, 'SGD'],
  [/\b(?:hong kong|kowloon)\b/i, 'HKD'],
  [/\b(?:taiwan|taipei)\b/i, 'TWD'],
  [/\b(?:pakistan|karachi|lahore|islamabad)\b/i, 'PKR'],
  [/\b(?:sri lanka|colombo|kandy|galle|ella)\b/i, 'LKR'],
  [/\b(?:nepal|kathmandu|pokhara)\b/i, 'NPR'],
  [/\b(?:mauritius)\b/i, 'MUR'],
  [/\b(?:switzerland|swiss|zurich|zürich|geneva|basel|bern|lausanne)\b/i, 'CHF'],
];

/** The currency of a locale's region, for signs several currencies share. */
const currencyOfRegion = new Map(
  Object.entries({
    CN: 'CNY',
    JP: 'JPY',
    SE: 'SEK',
    NO: 'NOK',
    DK: 'DKK',
    IS: 'ISK',
    MX: 'MXN',
    AR: 'ARS',
    CO: 'COP',
    CL: 'CLP',
    PH: 'PHP',
    CH: 'CHF',
    AE: 'AED',
    MA: 'MAD',
    SA: 'SAR',
    QA: 'QAR',
    PK: 'PKR',
    LK: 'LKR',
    NP: 'NPR',
    EG: 'EGP',
    AU: 'AUD',
    CA: 'CAD',
    NZ: 'NZD',
    SG: 'SGD',
    HK: 'HKD',
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
  'ATM EMI SIP LIC GST DTH OTT KFC PVR TDS UPI CNG LPG PPF NPS ESI VAT TAX FEE BUS CAB GYM TEA USB DVD LED MRP COD EMT OPD ICU NYC LAX SFO JFK LHR DXB BLR BOM DEL TFL MTA IKEA UBER BBQ ASAP LOL OMG WTF FYI BTW TBH IMO ETA'.split(
    ' ',
  ),
);

export type CurrencyReading =
  | { readonly kind: 'currency'; readonly code: string }
  /** A marker with several likely currencies and nothing to choose by: the user is asked. */
  | { readonly kind: 'ambiguous'; readonly marker: string; readonly choices: ReadonlyArray<string> };

/**
 * What `written` says about the currency, or undefined when it is not a currency word. `context` is the
 * whole message, which may name a place that settles an ambiguous marker.
 */
export function readCurrencyWord(
  written: string,
  defaultCurrency: string,
  context = '',
  locale = '',
): CurrencyReading | undefined {
  const lower = written.toLowerCase();
  const candidates = namedCurrencies.get(lower);
  if (candidates) {
    // A place named in the message wins: "$30 dinner in toronto" is CAD even for someone who keeps USD.
    const placed = placeCurrencies.find(([place, code]) => candidates.includes(code) && place.test(context));
    if (placed) return { kind: 'currency', code: placed[1] };
    if (candidates.includes(defaultCurrency)) return { kind: 'currency', code: defaultCurrency };
    const regional = currencyOfRegion.get(locale.split('-')[1]?.toUpperCase() ?? '');
    if (regional && candidates.includes(regional)) return { kind: 'currency', code: regional };
    if (candidates.length > 1 && ambiguousMarkers.has(lower)) {
      return { kind: 'ambiguous', marker: written, choices: candidates };
    }
    return { kind: 'currency', code: candidates[0] ?? defaultCurrency };
  }
  if (!/^[a-z]{3}$/i.test(written) || !isKnownCurrency(written)) return undefined;
  if (written === lower && codesThatAreWords.has(lower)) return undefined;
  return { kind: 'currency', code: written.toUpperCase() };
}

/** The ISO code `written` names, or undefined when it is not a currency word or is ambiguous. */
export function currencyOfWord(written: string, defaultCurrency: string): string | undefined {
  const reading = readCurrencyWord(written, defaultCurrency);
  return reading?.kind === 'currency' ? reading.code : undefined;
}

/**
 * True for three upper-case letters that are no currency we know yet look written as one ("250 XYZ
 * groceries"): such a code is refused rather than guessed. Known abbreviations (EMI, ATM, KFC) are not codes.
 */
export function looksLikeUnknownCode(written: string): boolean {
  return /^[A-Z]{3}$/.test(written) && !isKnownCurrency(written) && !commonAbbreviations.has(written);
}

/** A currency sign (₳, ₯ …) finbot has no currency for: asked about, never read as the user's own. */
export function isUnknownCurrencySign(written: string): boolean {
  return /^\p{Sc}+$/u.test(written) && !namedCurrencies.has(written.toLowerCase());
}
