/**
 * Quick-add: "add ₹250 groceries", "spent 120 on tea yesterday", "cab to the airport $38",
 * "my share of the cab was 210". The amount is the number tied to spending; the category is a bucket
 * (docs/categories.md) or, when no bucket fits, the user's own short word; the rest is the note.
 */
import { type AmountMatch, findAmounts, type Token, tokenize, unitWords } from './amount.ts';
import { findBucket, splitWords } from './category.ts';
import { chooseAmount } from './choose-amount.ts';
import { findDatePhrases } from './date-phrase.ts';
import type { Intent, ParseContext } from './intent.ts';
import { notSpendingReason } from './not-spending.ts';
import { splitNote } from './note.ts';
import { unspellAmounts } from './spelled-amount.ts';
import { cutOut, tidy, trimPunctuation, wordCount } from './text-tools.ts';

/** Words that say money was spent; they also tie the number after them to the spending. */
const spendingVerbs =
  /(?<!\w)(?:spent|spend|spends|paid|pay|payed|paying|bought|buy|purchased|purchase|ordered|order|booked|renewed|recharged|topped\s+up|filled\s+up|tipped|donated|gave|charged|cost|costs|costed|came\s+to|comes\s+to|come\s+to|came\s+out\s+to|totall?ed|total|bill|billed|share|split|fare|fee|fees|price|was|were)(?!\w)/i;
/** Words that carry no category or note of their own in a spending sentence. */
const fillerWords = new Set(
  `a an the on for in at of to my our me i i've i'm ive im we just only some and with from by was were is it it's its
  this that please pls plz today spent spend spends paid pay payed paying bought buy purchased purchase ordered got
  grabbed had have has add added gave give tipped donated log logged expense expenses cost costs costed charged came comes come out total
  totalled totaled worth around about approx approximately like so total: amount rs. rs inr usd also again`
    .split(/\s+/)
    .filter(Boolean),
);
/** A first-person past purchase: income and price words do not undo it ("paid the maid her salary"). */
const pastSpending =
  /(?<!\w)(?<!(?:got|get|invoice|tenant|he|she|they)\s+)(?:paid|spent|bought|gave|tipped|purchased|ordered|booked|renewed|recharged)(?!\s+(?:me|us)\b)(?!\w)|(?<!\w)my\s+(?:half|share|part|bit|cut)(?!\w)/i;
/** A price for one item: "x 2", "2x", "×3", "each", "apiece", "@ 106". */
const perItemPrice =
  /(?<![\p{L}\d.])(?:[x×*]\s?\d+|\d+\s?[x×*])(?![\p{L}\d])|[\d₹$€£]\s*(?:each|apiece|ea|a\s+piece)(?!\p{L})|per\s+(?:person|head|piece|item|ticket|plate)(?!\p{L})|@\s?[₹$€£]?\s?\d/iu;
/** Verbs of chat rather than spending: "I have 3 cats", "we are 4". */
const chatVerbs = new Set(
  "have has am are will would should do does did need want wanna gonna going don't i'm we're they're".split(' '),
);
/** Words of a sentence rather than a category: "I have 3 cats" is not ₹3 of "have cats". */
const sentenceWords = new Set(
  "i you he she we they is are am was were have has had will would can could should do does did what why how when where who which it not don't i'm i've it's there their them him her".split(
    ' ',
  ),
);
/** Words that say nothing about what the money was for. */
const vagueWords = new Set([
  'stuff',
  'thing',
  'things',
  'something',
  'misc',
  'miscellaneous',
  'random',
  'items',
  'item',
  'whatever',
  'bits',
  'some',
]);
/** Words that start a place or purpose after the user's own category. */
const placeWords = new Set(['for', 'in', 'at', 'from', 'to', 'with', 'near', 'on']);
/** A week or a month is not a day to record an expense on. */
const vaguePeriod = /(?<!\w)(?:last|past|previous)\s+(?:week|month|year)(?!\w)/i;
const maxCategoryLength = 60;
/** The user's own category is at most this many words; longer text with no bucket in it is unclear. */
const maxWrittenCategoryWords = 3;

/** Reads a quick-add, or returns undefined when the text has no amount or reads as chat rather than spending. */
export function parseQuickAdd(text: string, ctx: ParseContext): Intent | undefined {
  const split = splitNote(unspellAmounts(text));
  let rest = split.rest;
  const dates = findDatePhrases(rest, ctx);
  for (const date of [...dates].reverse()) rest = cutOut(rest, date.index, date.length);
  // "this month", "this week": said of the spending, not a day to record it on.
  rest = tidy(rest.replace(/(?<!\w)(?:this|that)\s+(?:week|month|year)(?!\w)/giu, ' '));
  const date = dates[0];

  const amounts = findAmounts(rest, ctx);
  if (amounts.length === 0) return undefined;
  const tokens = tokenize(rest);
  const notSpending = notSpendingReason(text, pastSpending.test(text));
  if (notSpending) return invalid(notSpending);

  const choice = chooseAmount(amounts, tokens);
  const amount = choice.amount;
  const skipped = new Set<number>();
  for (const found of amount ? [amount] : amounts) {
    for (let at = found.firstToken; at <= found.lastToken; at++) skipped.add(at);
  }
  // A measure after a number ("2 nights", "3 hours") says how much, not what for.
  const isMeasure = (at: number) =>
    unitWords.has((tokens[at]?.word ?? '').toLowerCase()) && /^\d[\d,.]*$/.test(tokens[at - 1]?.word ?? '');
  const words = tokens.filter((_, at) => !skipped.has(at) && !isMeasure(at)).map((token) => token.word);
  const signal = spendingVerbs.test(rest) || amounts.some((found) => found.marked);
  let described = describe(words, signal);
  let note = split.note;
  // "250 - groceries", "250 (groceries)": with nothing else said, the note is what it was for.
  if (described.kind === 'none' && note !== null && wordCount(note) <= 5) {
    described = describe(splitWords(note), true);
    note = null;
  }
  if (described.kind === 'chat') return undefined;

  if (!amount) {
    const numbers = choice.candidates.map((found) => rest.slice(found.index, found.index + found.length)).join(' and ');
    return unclear(`I see more than one number (${numbers}). Which is the amount? Write it like "₹300 coffee".`);
  }
  if (!amount.result.ok) return invalid(amount.result.error);
  // "coffee 180 x 2", "250 each for 3", "petrol 5l @ 106": a price per item, not what was paid in all.
  if (perItemPrice.test(rest)) {
    return unclear('Was that the price of one? Write what you paid in all, like "coffee 360". Nothing was recorded.');
  }
  // "dinner for 2": the number is the party, not the bill.
  if (amounts.length === 1 && amount.bare && isPartySize(amount, tokens)) {
    return unclear(
      `How much was that? I read "${amountText(rest, amount)}" as how many. Write the amount, like "dinner for 2 1,200".`,
    );
  }
  // "ordered 2 pizzas": a count with no price beside it says nothing about the money.
  if (amounts.length === 1 && !amount.marked && isLoneCount(amount, tokens)) {
    return unclear(
      `How much was that? I read "${amountText(rest, amount)}" as a count. Write the amount, like "2 pizzas 450".`,
    );
  }
  if (date && !date.result.ok) return invalid(date.result.error);
  if (!date && vaguePeriod.test(rest)) {
    return invalid('Which day was that? Say "yesterday", "last friday" or "12 Nov", like "250 groceries last friday".');
  }
  if (described.kind === 'unclear') {
    return unclear(
      `What was that for? I couldn't tell the category. Write it short, like "food ${amountText(rest, amount)}" or "${amountText(rest, amount)} taxi".`,
    );
  }
  if (described.kind === 'none') {
    return invalid('What was that for? Add a category, like "250 groceries" or "₹55 snacks yesterday".');
  }
  if (described.category.length > maxCategoryLength) {
    return invalid('That category is too long. Keep it short, like "groceries", and put details after " - ".');
  }
  note ??= described.note;
  const keywords = [...new Set([described.written, note].filter(isKeyword))].map((word) => word.toLowerCase());
  return {
    kind: 'add',
    amount: amount.result.value,
    category: described.category,
    categorySource: described.source,
    keywords,
    note,
    spentOn: date?.result.ok ? date.result.value : ctx.today,
  };
}

type Description =
  | { kind: 'category'; category: string; source: 'bucket' | 'written'; written: string; note: string | null }
  | { kind: 'unclear' }
  | { kind: 'none' }
  | { kind: 'chat' };

/** What the words around the amount say it was for: a bucket, the user's own word, or nothing clear. */
function describe(tokenWords: ReadonlyArray<string>, signal: boolean): Description {
  const words = splitWords(tokenWords.join(' '))
    .map((word) => trimPunctuation(word))
    .filter((word) => word !== '' && !/^\d[\d,.]*$/.test(word));
  const lower = words.map((word) => word.toLowerCase());
  const sentence = lower.some((word) => chatVerbs.has(word));
  const bucket = findBucket(words);
  if (bucket) {
    // "I have 3 cats", "we're 4 at the table": a number in chat, with nothing saying money was spent.
    if (sentence && !signal) return { kind: 'chat' };
    const matched = words.slice(bucket.start, bucket.start + bucket.length).join(' ');
    const others = [...words.slice(0, bucket.start), ...words.slice(bucket.start + bucket.length)];
    const fallback = matched.toLowerCase() === bucket.bucket || !/\p{L}/u.test(matched) ? null : matched;
    const note = noteOf(others) ?? fallback;
    return { kind: 'category', category: bucket.bucket, source: 'bucket', written: matched, note };
  }
  const meaningful = words.filter((word) => /\p{L}/u.test(word) && !/\p{Extended_Pictographic}/u.test(word));
  // "kr 120 in Stockholm": only a place is named, not what it was for.
  const firstWord = meaningful.findIndex((word) => !fillerWords.has(word.toLowerCase()));
  let before = firstWord - 1;
  while (before > 0 && ['the', 'a', 'an', 'my', 'our'].includes((meaningful[before] ?? '').toLowerCase())) before -= 1;
  const leadIn = (meaningful[before] ?? '').toLowerCase();
  const placeOnly = firstWord > 0 && ['in', 'at', 'from', 'near', 'to'].includes(leadIn);
  const kept = placeOnly ? [] : trimFillers(meaningful);
  if (kept.length === 0) return sentence && !signal ? { kind: 'chat' } : { kind: 'none' };
  // "plants for the balcony", "plot in lonavala": the user's own category ends where a place or purpose begins.
  const cut = kept.findIndex((word, at) => at > 0 && placeWords.has(word.toLowerCase()));
  const ownWords = cut > 0 ? kept.slice(0, cut) : kept;
  const placeNote = cut > 0 ? noteOf(kept.slice(cut)) : null;
  const written = ownWords.join(' ');
  if (isConfidentCategory(ownWords)) {
    if (sentence && !signal) return { kind: 'chat' };
    return { kind: 'category', category: written, source: 'written', written, note: placeNote };
  }
  return signal ? { kind: 'unclear' } : { kind: 'chat' };
}

/**
 * A category of the user's own is taken only when it reads as one: a few words, no sentence, nothing vague
 * ("stuff", "things") and no verb phrase ("sorted the paperwork"). Anything else is asked about.
 */
function isConfidentCategory(words: ReadonlyArray<string>): boolean {
  const lower = words.map((word) => word.toLowerCase());
  if (lower.length === 0 || lower.length > maxWrittenCategoryWords) return false;
  if (lower.some((word) => sentenceWords.has(word) || vagueWords.has(word))) return false;
  return !(lower.length > 1 && /^\p{L}{3,}ed$/u.test(lower[0] ?? ''));
}

/** The note from the words beside the category: "from the weekly market" → "weekly market". */
function noteOf(words: ReadonlyArray<string>): string | null {
  const kept = trimFillers(words.filter((word) => /[\p{L}\d]/u.test(word) && !/\p{Extended_Pictographic}/u.test(word)));
  const note = tidy(kept.join(' '));
  return note === '' || !/\p{L}/u.test(note) ? null : note;
}

function trimFillers(words: ReadonlyArray<string>): string[] {
  const kept = [...words];
  while (kept.length > 0 && fillerWords.has((kept[0] ?? '').toLowerCase())) kept.shift();
  while (kept.length > 0 && fillerWords.has((kept.at(-1) ?? '').toLowerCase())) kept.pop();
  return kept;
}

/** Words a party's size follows: "dinner for 2", "table for 4". */
const partyWords = new Set(
  'dinner lunch breakfast brunch supper meal meals table drinks pizza pizzas coffee coffees chai tea teas tickets'.split(
    ' ',
  ),
);

/** "dinner for 2", "chai for 4": a small number after "for" at the end of the message. */
function isPartySize(amount: AmountMatch, tokens: ReadonlyArray<Token>): boolean {
  const value = Number(tokens[amount.firstToken]?.word ?? '0');
  const before = (tokens[amount.firstToken - 1]?.word ?? '').toLowerCase();
  const meal = (tokens[amount.firstToken - 2]?.word ?? '').toLowerCase();
  return before === 'for' && value <= 12 && amount.lastToken === tokens.length - 1 && partyWords.has(meal);
}

/** A small whole number before a plural word ("2 pizzas"), with no spending verb right before it. */
/** Plurals that name a kind of spending, never things counted: "10 groceries" is money. */
const uncountedPlurals = new Set([
  'groceries',
  'toiletries',
  'utilities',
  'supplies',
  'essentials',
  'provisions',
  'sundries',
  'vegetables',
  'veggies',
]);

function isLoneCount(amount: AmountMatch, tokens: ReadonlyArray<Token>): boolean {
  if (!amount.bare) return false;
  const value = Number(tokens[amount.firstToken]?.word ?? '0');
  const next = tokens[amount.lastToken + 1]?.word ?? '';
  const before = (tokens[amount.firstToken - 1]?.word ?? '').toLowerCase();
  return (
    value <= 12 &&
    /^\p{L}+s$/u.test(next) &&
    !uncountedPlurals.has(next.toLowerCase()) &&
    !['for', 'paid', 'spent', 'cost', 'was', 'is'].includes(before)
  );
}

function amountText(text: string, amount: AmountMatch): string {
  return text.slice(amount.index, amount.index + amount.length);
}

function isKeyword(word: string | null): word is string {
  return word !== null && word !== '' && wordCount(word) <= 3;
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}

function unclear(message: string): Intent {
  return { kind: 'unclear', message };
}
