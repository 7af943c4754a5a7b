/**
 * Questions the core answers itself from SQL sums and rows — totals, counts, the biggest expenses, the top
 * category, averages, comparisons and breakdowns, for a period, a category and a currency — and their
 * follow-ups. Anything that needs judgement ("why", advice, predictions) is left to the model.
 */
import type { QuestionMeasure, Versus } from '../domain/spending-question.ts';
import type { Period } from '../time/period.ts';
import { resolvePeriod } from '../time/period.ts';
import { findAmounts } from './amount.ts';
import { isKnownCategory, normalizeCategory } from './category.ts';
import type { Intent, ParseContext } from './intent.ts';
import { findAllTime, findPeriodPhrases } from './period-phrase.ts';
import { readCurrency } from './question-currency.ts';
import { readMeasure } from './question-measure.ts';
import { periodBefore, readShift } from './question-shift.ts';
import { fixQuestionTypos, questionWords } from './question-words.ts';
import { tidy, trimFiller, trimPunctuation, withoutEndPunctuation, wordCount } from './text-tools.ts';

/** Phrases that make a full question: whatever it leaves unsaid means "this week" and "all categories". */
const fullQuestion =
  /(?<!\w)(?:summari[sz]e|summary|sum\s+up|add\s+up|how\s+much|(?:did|have|had|do|am|was|are|were)\s+(?:i|we)\s+(?:been\s+)?(?:spend|spent|spending)|what\s+(?:did|have|do|has)\s+(?:i|we)\s+(?:spend|spent)|what\s+i(?:'ve)?\s+spent|what(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:my|our|the)\s+(?:total|totals|spending|spend|expenses|outgoings|damage)|total|totals|spending|spendings|spent|expenses|expenditure|outgoings|show\s+me|kitna|kharcha)(?!\w)/i;
/** Follow-up openers: the unsaid period or category comes from the conversation. */
const followUpOpener =
  /^(?:and|what\s+about|how\s+about|what\s+of|what\s+for|only|just|now|ok(?:ay)?|also|then|same\s+for|same\s+but|for)(?!\w)/i;
/** Questions beyond sums and rows: judgement, plans, other people, amount filters. Left to the model. */
const beyondTheCore =
  /(?<!\w)(?:why|should|shall|predict\w*|forecast\w*|project(?:ed|ion)?|budget\w*|afford|advice|advise|tips?|suggest\w*|recommend\w*|save|saving|savings|cut\s+(?:down|back)|reduce|trend\w*|grew|grow\w*|increas\w*|decreas\w*|rise|risen|rising|pattern\w*|habits?|unusual|weird|anomal\w*|will\s+i|going\s+to|next\s+(?:week|month|year)|on\s+track|least|lowest|smallest|cheapest|median|percent\w*|percentage|proportion|share\s+of|too\s+(?:much|little|high|low|many)|overspen\w*|joke|everyone\w*|everybody|other\s+users|all\s+users|ignore|instructions?|prompt|income|earn\w*|salary|owe|debt|loan|balance|left\s+to\s+spend|remaining|refund\w*|(?:over|above|under|below|more\s+than|less\s+than|greater\s+than|at\s+least|at\s+most)\s+(?:[₹$€£¥]|rs\.?\s*)?\d)(?!\w)/i;
const questionStart =
  /^(?:how|what|what's|whats|why|when|where|which|who|did|do|does|is|are|was|were|can|could|should|would|will|show|summari[sz]e|summary|total|spending|expenses|tell|give|and|only|just|between|from|since|compare|biggest|largest|top|average|avg)(?!\w)/i;
/** "this month vs last": the unit of the second period is the first one's. */
const elidedUnit =
  /(?<!\w)((?:this|current)\s+(week|month|year)(?!\w).*?\s(?:last|previous|prior))(?:\s+one)?(?=\s*$|\s*\?)/i;
/** Units people shorten: "this wk", "last mth", "this yr". */
const shortUnits = /(?<=\b(?:this|last|past|previous|current|per|a|each|every)\s+)(?:wk|wks|mth|mths|mnth|yr)(?!\w)/gi;
const fullUnits: Record<string, string> = {
  wk: 'week',
  wks: 'weeks',
  mth: 'month',
  mths: 'months',
  mnth: 'month',
  yr: 'year',
};
/** "this month's total", "last week's spending", "yesterday's expenses": the period without its "'s". */
const periodPossessive =
  /(?<!\w)((?:(?:this|last|past|previous|current)\s+(?:week|month|year|weekend|fortnight))|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)(?:'s|s')(?!\w)/gi;
/** "eat out", "ate out", "dined out": the forms the category table knows are "eating out" and "dining out". */
const eatingOut = /(?<!\w)(eat|ate|eaten|dine|dined|dining)\s+out(?!\w)/gi;
/** Between the two sides of a comparison of categories: "food or transport", "groceries vs eating out". */
const sidesSeparator = /\s+(?:or|vs\.?|v\/s|versus|against|than|and|compared\s+(?:to|with)|with|to)\s+/i;
/** Words that say "compare" but name neither side. */
const compareWords = new Set(
  'compare compared comparing comparison difference differ between more less higher lower bigger smaller vs versus against than with to or and spend expensive cheaper costlier pricier much'.split(
    ' ',
  ),
);
/** Nouns that follow a category word without changing it: "grocery bill", "cab fares", "food orders". */
const nounsAfterCategory = /^(?:bills?|fares?|charges?|orders?|rides?|trips?|runs?|purchases?|costs?|shops?|visits?)$/i;
/** Trailing nouns of a count or a list: "uber rides", "coffee runs". */
const countNouns = new Set('times time rides ride trips trip visits visit runs orders cups things stuff'.split(' '));
/** A category the table does not know is taken only where one is expected: "on X", "for X", "just X". */
const categorySlot = /(?:on|for|about|in|at|just|only)\s+$/i;
const maxCategoryWords = 3;

/** True for text phrased as a question: it ends with "?" or opens with a question word. */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || questionStart.test(tidy(text));
}

/** Reads a spending question, or returns undefined when the text is not one the core can answer. */
export function parseQuestion(text: string, ctx: ParseContext): Intent | undefined {
  const asked = /\?\s*$/.test(text);
  const clean = withoutEndPunctuation(fixQuestionTypos(text.replace(/[’‘`]/g, "'")))
    .replace(elidedUnit, (_all, phrase: string, unit: string) => `${phrase} ${unit}`)
    .replace(eatingOut, (_all, verb: string) => (/^(?:dine|dined|dining)$/i.test(verb) ? 'dining out' : 'eating out'))
    .replace(periodPossessive, '$1')
    // "food & groceries", "food n drinks": two categories joined as with "and".
    .replace(/(?<=\p{L})\s+(?:&|n|'n'?)\s+(?=\p{L})/gu, ' and ')
    .replace(/\s—\s|[,;:()]/g, ' ')
    .replace(shortUnits, (unit: string) => fullUnits[unit.toLowerCase()] ?? unit);
  if (clean === '' || beyondTheCore.test(clean)) return undefined;

  const shifted = readShift(clean);
  const phrases = findPeriodPhrases(shifted.rest, ctx);
  // "overall", "ever", "till date": all time, unless the question names a period of its own.
  const allTime = phrases.length === 0 && shifted.shift === undefined ? findAllTime(shifted.rest, ctx) : undefined;
  const periods = allTime ? [allTime] : phrases;
  if (periods.length > 2) return undefined;
  let rest = shifted.rest;
  for (const found of [...periods].reverse()) {
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;
  }
  rest = tidy(rest);
  const currency = readCurrency(rest, ctx);
  const measured = readMeasure(currency.rest);
  rest = measured.rest;

  const full = fullQuestion.test(rest) || measured.measure !== undefined || measured.compares;
  const opener = followUpOpener.test(rest);
  // A currency alone does not make a question: "₹ groceries" is a quick-add missing its amount.
  const named = periods.length > 0 || shifted.shift !== undefined;
  if (!full && !opener && !named && !asked) return undefined;
  // "spent 120 on tea yesterday" names a day but is a quick-add: an amount outside a full question decides it.
  if (!full && findAmounts(rest, ctx).length > 0) return undefined;

  const sides = readSides(rest, opener, full, {
    asked: measured.compares,
    twoPeriods: periods.length === 2 || shifted.shift !== undefined,
  });
  if (sides === undefined) return undefined;
  const [category, otherCategory] = sides;
  if (!full && !named && category === null && !(opener && currency.currency)) return undefined;

  const invalid = periods.find((found) => !found.result.ok);
  if (invalid && !invalid.result.ok) return { kind: 'invalid', message: invalid.result.error };
  const [period, named2] = periods.map((found) => (found.result.ok ? found.result.value : undefined));
  // "last week vs the week before": the second period is the first one moved back.
  const otherPeriod =
    named2 ?? (period && shifted.shift ? periodBefore(period, shifted.shift, ctx.weekStart) : undefined);

  let measure: QuestionMeasure | undefined = measured.measure;
  if (measured.averageUnsure && category !== null) measure = { kind: 'average', per: 'expense' };
  let versus: Versus | undefined;
  if (otherPeriod) versus = { period: otherPeriod };
  else if (otherCategory) versus = { category: otherCategory };
  else if (measured.compares && period && !opener) versus = { period };
  if (versus) measure = { kind: 'compare' };
  else if (measure?.kind === 'compare') measure = undefined;

  // A fragment naming both a period and a category ("coffee this month?") is a fresh question of its own.
  const followUp =
    opener || (shifted.shift !== undefined && !period) || (!full && (period === undefined || category === null));
  const firstPeriod =
    versus && 'period' in versus && versus.period === period && !otherPeriod ? counterpart(period, ctx) : period;
  return {
    kind: 'summary',
    period: firstPeriod ?? null,
    category,
    followUp,
    ...(measure ? { measure } : {}),
    ...(currency.currency ? { currency: currency.currency } : {}),
    ...(versus ? { versus } : {}),
    ...(shifted.shift && !period ? { shift: shifted.shift } : {}),
  };
}

/**
 * The category (and, in "food or transport", a second one) left once the period, currency and measure are
 * cut out; undefined when the leftover is not a category, so the message is not a question the core reads.
 */
function readSides(
  rest: string,
  opener: boolean,
  full: boolean,
  comparison: { readonly asked: boolean; readonly twoPeriods: boolean },
): readonly [string | null, string | null] | undefined {
  const compares = comparison.asked || comparison.twoPeriods;
  const leftover = categoryWords(rest);
  if (leftover === '') return [null, null];
  if (/\d/.test(leftover)) return undefined;
  const parts = leftover
    .split(sidesSeparator)
    .map((part) => trimCompareWords(categoryWords(part)))
    .filter((part) => part !== '');
  // Two categories: at least one a bucket; one of the user's own only when the question says "compare" or "vs".
  const sidesKnown = parts.filter((part) => isKnownCategory(part)).length;
  if (parts.length === 2 && (sidesKnown === 2 || (sidesKnown === 1 && comparison.asked))) {
    const [first, second] = parts as [string, string];
    if (wordCount(first) > maxCategoryWords || wordCount(second) > maxCategoryWords) return undefined;
    return [normalizeCategory(first), normalizeCategory(second)];
  }
  const single = compares ? trimCompareWords(leftover) : leftover;
  if (single === '') return [null, null];
  const known = isKnownCategory(single) ? single : knownCategoryAmid(rest);
  if (known) return [normalizeCategory(known), null];
  if (wordCount(single) > maxCategoryWords) return undefined;
  const slot = rest.slice(0, rest.toLowerCase().lastIndexOf(single.toLowerCase()));
  if (!opener && !(full && categorySlot.test(slot))) return undefined;
  return [normalizeCategory(single), null];
}

/**
 * A known category among question words: "spend eating out" → "eating out" (where trimming "out" would
 * break it), "grocery bill" → "grocery" (a bill of groceries). Longer phrases first; undefined when any
 * other word is not a question word.
 */
function knownCategoryAmid(text: string): string | undefined {
  const words = trimPunctuation(text).split(' ').filter(Boolean);
  const filler = (word: string) => questionWords.has(word.toLowerCase()) || compareWords.has(word.toLowerCase());
  for (let length = Math.min(maxCategoryWords, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const phrase = words.slice(start, start + length).join(' ');
      if (!isKnownCategory(phrase)) continue;
      const others = [...words.slice(0, start), ...words.slice(start + length)];
      const nounAfter = (word: string, at: number) => at === start && nounsAfterCategory.test(word);
      if (others.every((word, at) => filler(word) || nounAfter(word, at))) return phrase;
    }
  }
  return undefined;
}

/** Drops question words at either end, and a count's trailing noun ("uber rides" → "uber"). */
function categoryWords(text: string): string {
  let words = trimPunctuation(trimFiller(text, questionWords));
  while (true) {
    const last = words.split(' ').at(-1)?.toLowerCase() ?? '';
    if (!countNouns.has(last) || wordCount(words) < 2) break;
    words = trimPunctuation(trimFiller(words.slice(0, words.length - last.length), questionWords));
  }
  return words;
}

function trimCompareWords(text: string): string {
  return trimFiller(trimFiller(text, compareWords), questionWords);
}

/**
 * The period a one-sided comparison is set against: "compare with last month" means this month against it,
 * "vs yesterday" today against it, anything else this week against it.
 */
function counterpart(period: Period, ctx: ParseContext): Period {
  const kind =
    period.label === 'yesterday'
      ? 'today'
      : /month/.test(period.label) || period.label.startsWith('in ')
        ? 'this_month'
        : 'this_week';
  return resolvePeriod({ kind }, ctx.today, ctx.weekStart);
}
