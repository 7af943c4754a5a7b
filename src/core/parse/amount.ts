/**
 * Finds the amounts in a message ("₹1,250.50", "Rs 990/-", "2.5L", "4,20 €", "R$ 60", "20 quid", "50p") and turns
 * them into Money. Numbers that are something else (5 min, 3 kg, 7pm, room 304) are not amounts.
 */
import { minorDigits } from '../money/currency.ts';
import { describeMoneyError, type Money, moneyFromDecimal } from '../money/money.ts';
import { err, ok, type Result } from '../result.ts';
import {
  type CurrencyReading,
  isUnknownCurrencySign,
  looksLikeUnknownCode,
  namesOnlyAfterNumber,
  readCurrencyWord,
} from './currency-word.ts';
import { plainDecimal, shiftDecimal } from './decimal-text.ts';
import type { Found } from './text-tools.ts';

export interface AmountContext {
  readonly defaultCurrency: string;
  readonly maxAmountMajor: number;
  /** The user's locale, which settles a sign several currencies share ("¥" in zh-CN is CNY). */
  readonly locale?: string;
}

export interface AmountMatch extends Found<Money> {
  /** True when a currency was written next to the number ("₹", "rs", "usd", "/-"), which makes it surely the amount. */
  readonly marked: boolean;
  /** A plain whole number (no currency, separator, decimals or multiplier): may be a count ("3 notebooks"). */
  readonly bare: boolean;
  /** Written with a lakh "L", which may also be litres ("5L"). */
  readonly lakhLetter: boolean;
  /** The token positions the amount spans, for looking at the words around it. */
  readonly firstToken: number;
  readonly lastToken: number;
}

export interface Token {
  /** The token without surrounding punctuation ("250," → "250", "(₹40)" → "₹40"). */
  readonly word: string;
  readonly index: number;
}

// sign, glued prefix, minus after the prefix ("₹-50"), number, glued multiplier, glued suffix
const amountToken =
  /^([+\-−])?([^\d\s+\-−.,][^\d\s,]{0,4}?)?([-−])?(\d[\d,.]*\d|\d|(?<!\p{L})[.,]\d+)(k|lakhs?|lacs?|crores?|cr|l|mn|mil)?([^\d\s]{1,7})?$/iu;
/** Powers of ten the multiplier words stand for. A Map, so no user word can reach an Object prototype key. */
const multipliers = new Map<string, number>([
  ['k', 3],
  ['thousand', 3],
  ['grand', 3],
  ['hundred', 2],
  ['lakh', 5],
  ['lakhs', 5],
  ['lac', 5],
  ['lacs', 5],
  ['l', 5],
  ['crore', 7],
  ['crores', 7],
  ['cr', 7],
  ['mn', 6],
  ['mil', 6],
  ['million', 6],
]);
/** Suffixes in hundredths of the currency: "50p" (pence), "99c" / "99 cents". */
const hundredths = new Map<string, ReadonlyArray<string>>([
  ['p', ['GBP']],
  ['pence', ['GBP']],
  ['c', ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'SGD']],
  ['cents', ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'SGD']],
  ['cent', ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'SGD']],
]);
/** Words after a number that make it a quantity, a time or a measure, not money. */
export const unitWords = new Set(
  `min mins minute minutes hr hrs hour hours sec secs second seconds day days week weeks month months year years yr yrs
  km kms kilometre kilometres kilometer kilometers mile miles m metre metres meter meters ft feet inch inches cm mm
  kg kgs kilo kilos g gm gms gram grams lb lbs ltr ltrs litre litres liter liters ml pcs pc piece pieces pack packs
  dozen % percent pm am a.m p.m o'clock oclock steps step bhk bed beds bedroom bedrooms people persons ppl guests times x star stars floor
  nights overs run runs race marathon more wickets wickets goals points pts gb mb tb mbps gbps calories kcal degrees ° th st nd rd`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words before a number that make it an identifier, a time or a count, not money. */
const labelWords = new Set(
  `room apt platform gate seat table floor level page chapter version v no no. number # pin otp code
  route plot sector block phase ward row bay terminal step steps at around by till until from zone pnr
  in of since during year fy
  turning turned aged age temperature temp weight sugar battery score`
    .split(/\s+/)
    .filter(Boolean),
);
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
    for (let at = match.firstToken; at <= match.lastToken; at++) used.add(at);
    found.push(match);
  }
  if (found.length > 0) return found;
  for (const [at, token] of tokens.entries()) {
    if (notANumber.test(token.word)) {
      const place = { index: token.index, length: token.word.length, marked: true, bare: false, lakhLetter: false };
      found.push({
        ...place,
        firstToken: at,
        lastToken: at,
        result: err(describeMoneyError({ code: 'not_a_number' })),
      });
    }
  }
  return found;
}

/** The message's words with the punctuation around them trimmed; positions kept so phrases can be cut out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0];
    const lead = /^[(["'“‘=:@*~]+/.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(lead);
    const word = body.length > 1 ? body.replace(/(?<=.)[.,;:!?)\]"'”’*~]+$/, '') : body;
    if (word !== '') tokens.push({ word, index: match.index + lead });
  }
  return tokens;
}

interface Written {
  readonly negative: boolean;
  readonly numberText: string;
  readonly power: number;
  readonly currency: string | undefined;
  readonly problem: string | undefined;
}

function readAmountAt(
  tokens: ReadonlyArray<Token>,
  index: number,
  used: ReadonlySet<number>,
  text: string,
  ctx: AmountContext,
): AmountMatch | undefined {
  const token = tokens[index];
  const parts = amountToken.exec(token?.word ?? '');
  if (!token || !parts) return undefined;
  const [, sign, gluedPrefix, minus, numberText = ''] = parts;
  let [, , , , , gluedMultiplier, gluedSuffix] = parts;
  // "250kr", "90ksh": the letters after the number are one currency word, not "k" and a suffix.
  if (gluedMultiplier && gluedSuffix && readCurrencyWord(gluedMultiplier + gluedSuffix, ctx.defaultCurrency)) {
    gluedSuffix = gluedMultiplier + gluedSuffix;
    gluedMultiplier = undefined;
  }
  let currency: string | undefined;
  let problem: string | undefined;
  let marked = false;
  let power = 0;
  const take = (reading: CurrencyReading) => {
    marked = true;
    if (reading.kind === 'currency') currency ??= reading.code;
    else problem ??= ambiguousMessage(reading.marker, reading.choices);
  };
  if (gluedPrefix) {
    const reading = readCurrencyWord(gluedPrefix, ctx.defaultCurrency, text, ctx.locale);
    if (reading && !namesOnlyAfterNumber.has(gluedPrefix.toLowerCase())) take(reading);
    else if (isUnknownCurrencySign(gluedPrefix)) {
      marked = true;
      problem = unknownSignMessage(gluedPrefix);
    } else return undefined; // "abc12", "x2": a word, not an amount
  }
  if (gluedMultiplier) power += multipliers.get(gluedMultiplier.toLowerCase()) ?? 0;
  // "12,-" and "699.-": a whole amount, written as such in German-speaking countries.
  if (gluedSuffix === ',-' || gluedSuffix === '.-') gluedSuffix = undefined;
  if (gluedSuffix) {
    const suffix = gluedSuffix.toLowerCase();
    const cents = hundredths.get(suffix);
    const reading = suffix === '/-' ? undefined : readCurrencyWord(gluedSuffix, ctx.defaultCurrency, text, ctx.locale);
    if (suffix === '/-' || suffix === '/=') {
      currency ??= ctx.defaultCurrency;
      marked = true;
    } else if (reading) take(reading);
    else if (cents && !gluedMultiplier) {
      currency ??= cents.includes(ctx.defaultCurrency) ? ctx.defaultCurrency : cents[0];
      marked = true;
      power -= 2;
    } else if (isUnknownCurrencySign(gluedSuffix)) {
      marked = true;
      problem ??= unknownSignMessage(gluedSuffix);
    } else return undefined; // "250tea", "5kg", "7pm"
  }
  // A lakh "L" is read as lakh only where rupees are meant; elsewhere "5L" is litres.
  const lakhLetter = gluedMultiplier?.toLowerCase() === 'l';
  if (lakhLetter && ctx.defaultCurrency !== 'INR' && currency !== 'INR') return undefined;

  let first = index;
  let last = index;
  const free = (at: number) => at >= 0 && at < tokens.length && !used.has(at);
  const before = tokens[index - 1]?.word ?? '';
  if (!marked && free(index - 1)) {
    const reading = namesOnlyAfterNumber.has(before.toLowerCase())
      ? undefined
      : readCurrencyWord(before, ctx.defaultCurrency, text, ctx.locale);
    if (reading) {
      take(reading);
      first = index - 1;
    } else if (looksLikeUnknownCode(before) || isUnknownCurrencySign(before)) {
      marked = true;
      problem = unknownCodeMessage(before);
      first = index - 1;
    } else if (labelWords.has(before.toLowerCase()) && isLabelled(before, numberText)) {
      return undefined;
    }
  }
  if (!gluedMultiplier && free(last + 1)) {
    const word = (tokens[last + 1]?.word ?? '').toLowerCase();
    const spaced = multipliers.get(word);
    if (spaced !== undefined && (word !== 'l' || ctx.defaultCurrency === 'INR' || currency === 'INR')) {
      power += spaced;
      last += 1;
    }
  }
  const after = tokens[last + 1]?.word ?? '';
  if (!gluedSuffix && free(last + 1)) {
    const lower = after.toLowerCase();
    const reading = lower === '/-' ? undefined : readCurrencyWord(after, ctx.defaultCurrency, text, ctx.locale);
    const cents = hundredths.get(lower);
    if (lower === '/-' || lower === '/=') {
      currency ??= ctx.defaultCurrency;
      marked = true;
      last += 1;
    } else if (!marked && reading) {
      take(reading);
      last += 1;
    } else if (!marked && cents && lower !== 'c' && lower !== 'p' && power === 0) {
      currency = cents.includes(ctx.defaultCurrency) ? ctx.defaultCurrency : cents[0];
      marked = true;
      power -= 2;
      last += 1;
    } else if (!marked && (looksLikeUnknownCode(after) || isUnknownCurrencySign(after))) {
      if (isUnknownCurrencySign(after) || worthRefusing(tokens, first, last + 1, text)) {
        marked = true;
        problem = unknownCodeMessage(after);
        last += 1;
      }
    } else if (!marked && unitWords.has(lower)) {
      return undefined; // "5 min", "3 kg", "2 people"
    }
  }
  if (first < index && problem && looksLikeUnknownCode(before) && !worthRefusing(tokens, first, last, text)) {
    // "EMI-like" capitals before a number in an all-capitals message are words, not codes.
    first = index;
    marked = false;
    problem = undefined;
  }

  const start = tokens[first]?.index ?? 0;
  const endToken = tokens[last];
  const length = endToken ? endToken.index + endToken.word.length - start : 0;
  const negative = Boolean(sign?.match(/[-−]/) || minus);
  const result = toMoney({ negative, numberText, power, currency, problem }, ctx);
  const bare = !marked && power === 0 && /^\d+$/.test(numberText);
  return { index: start, length, marked, bare, lakhLetter, firstToken: first, lastToken: last, result };
}

/** "at 7", "room 304", "from 9": the number labels or times something; "at ₹80" or "at 450.00" stay amounts. */
function isLabelled(label: string, numberText: string): boolean {
  const lower = label.toLowerCase();
  // "in 2025", "since 2019": a year.
  if (['in', 'of', 'since', 'during', 'year', 'fy'].includes(lower)) return /^(?:19|20)\d{2}$/.test(numberText);
  if (['at', 'around', 'by', 'till', 'until', 'from'].includes(lower)) {
    const time = /^(\d{1,2})(?:[.:]\d{2})?$/.exec(numberText);
    return time !== null && Number(time[1]) <= 12;
  }
  return true;
}

/** An unknown upper-case code is refused only where the user plainly wrote a currency, not in an all-capitals message. */
function worthRefusing(tokens: ReadonlyArray<Token>, first: number, last: number, text: string): boolean {
  const othersHaveWords = tokens.some((token, at) => (at < first || at > last) && /\p{L}/u.test(token.word));
  return othersHaveWords && /\p{Ll}/u.test(text);
}

function toMoney(written: Written, ctx: AmountContext): Result<Money, string> {
  if (written.problem) return err(written.problem);
  if (written.negative) {
    return err('The amount has to be more than zero. To take an expense back, say "undo" or "delete 12".');
  }
  const currency = written.currency ?? ctx.defaultCurrency;
  if (isDotAmbiguous(written.numberText, currency, ctx.defaultCurrency)) {
    const [whole = '', part = ''] = written.numberText.split('.');
    return err(
      `Is that ${whole},${part} or ${whole}.${part.slice(0, 2)}? Write it as ${whole},${part} or ${whole}.${part.slice(0, 2)}. Nothing was recorded.`,
    );
  }
  const decimal = plainDecimal(written.numberText, minorDigits(currency), groupsWithDots(ctx.defaultCurrency));
  if (decimal === undefined) {
    return err(`I couldn't read "${written.numberText}" as an amount. Try 1250.50 or 1,250.50.`);
  }
  const scaled = written.power !== 0 ? shiftDecimal(decimal, written.power) : decimal;
  const money = moneyFromDecimal(scaled, currency, ctx.maxAmountMajor);
  return money.ok ? ok(money.value) : err(describeMoneyError(money.error));
}

/** Users whose own money is written "1.200,50": most of the euro area, Indonesia, Latin America, Turkey … */
const dotGroupingCurrencies = new Set(
  'EUR IDR BRL ARS CLP COP VND TRY DKK NOK ISK HUF RON RSD CZK BAM MKD PYG UYU BOB VES'.split(' '),
);

/**
 * "25.000" from someone whose money is written "25,000.00": thousands written the European way, or a
 * decimal amount with a stray zero? It is asked about, never guessed (₹25 or ₹25,000 are both possible).
 */
function isDotAmbiguous(numberText: string, currency: string, defaultCurrency: string): boolean {
  return (
    /^[1-9]\d{0,2}\.\d{3}$/.test(numberText) &&
    !groupsWithDots(defaultCurrency) &&
    minorDigits(currency) === 2 &&
    /0$/.test(numberText)
  );
}

function groupsWithDots(defaultCurrency: string): boolean {
  return dotGroupingCurrencies.has(defaultCurrency);
}

function ambiguousMessage(marker: string, choices: ReadonlyArray<string>): string {
  const listed = choices.slice(0, 4).join(', ');
  return `Which currency is "${marker}" — ${listed}? Write the code with the amount, like "${choices[0]} 120 lunch". Nothing was recorded.`;
}

function unknownSignMessage(sign: string): string {
  return `I don't know which currency "${sign}" is. Write its three-letter code with the amount, like "EUR 12 lunch". Nothing was recorded.`;
}

function unknownCodeMessage(code: string): string {
  return describeMoneyError({ code: 'unknown_currency', currency: code });
}
