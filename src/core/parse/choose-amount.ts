/** Which of several numbers in a message is the money: the marked one, the one tied to spending, the one that is no count. */
import type { AmountMatch, Token } from './amount.ts';

/** Verbs right before a number that make it the amount: "paid 150", "was 210", "charged 1,500", "came to 2,340". */
const spendingBefore = new Set(
  `spent spend paid pay payed cost costs costed charged charge was were is came comes total totalled totaled bill billed
  share worth price fare fee fees amount = : @ me`
    .split(/\s+/)
    .filter(Boolean),
);
/** Two words that settle the total: "came to 820", "cost me 180", "share was 210". */
const settledBefore = new Set([
  'came to',
  'comes to',
  'come to',
  'cost me',
  'charged me',
  'share was',
  'share came',
  'total was',
  'bill was',
  'paid me',
  'total came',
  'was just',
  'spent about',
]);
/** Weaker ties: "for 150", "around 300". */
const prepositionsBefore = new Set([
  'for',
  'to',
  'around',
  'about',
  'approx',
  'approximately',
  'like',
  'only',
  'just',
  '-',
]);
/** Words after a number that do not make it a count: "8 for a box", "450 to the dhobi". */
const functionWords = new Set(
  'for on at to in of from with and the a an each per total only just bucks quid rs rupees euro euros dollars pounds'.split(
    ' ',
  ),
);

/**
 * The amount that counts: the only one; else the only one with a currency written; else, leaving out counts
 * ("2 movie tickets 640"), the only one left, or the only one after a spending verb ("paid 150", "was 210"),
 * or after "for".
 */
export function chooseAmount(
  found: ReadonlyArray<AmountMatch>,
  tokens: ReadonlyArray<Token> = [],
): { amount: AmountMatch | undefined; candidates: ReadonlyArray<AmountMatch> } {
  if (found.length === 1) return { amount: found[0], candidates: found };
  let candidates = found.filter((amount) => amount.marked);
  if (candidates.length === 0) candidates = [...found];
  if (candidates.length === 1) return { amount: candidates[0], candidates };
  const notCounts = candidates.filter((amount) => !isCount(amount, tokens));
  if (notCounts.length === 1) return { amount: notCounts[0], candidates };
  const pool = notCounts.length > 0 ? notCounts : candidates;
  const before = (amount: AmountMatch, back: number) => (tokens[amount.firstToken - back]?.word ?? '').toLowerCase();
  const tiers: ReadonlyArray<(amount: AmountMatch) => boolean> = [
    (amount) => settledBefore.has(`${before(amount, 2)} ${before(amount, 1)}`),
    (amount) => spendingBefore.has(before(amount, 1)),
    (amount) => prepositionsBefore.has(before(amount, 1)),
  ];
  for (const tier of tiers) {
    const tied = pool.filter(tier);
    if (tied.length === 1) return { amount: tied[0], candidates };
  }
  return { amount: undefined, candidates };
}

/** "3 notebooks", "2 movie tickets", "x2", "5L" beside another number: a count or a measure, not the money. */
function isCount(amount: AmountMatch, tokens: ReadonlyArray<Token>): boolean {
  if (amount.lakhLetter) return true;
  if (amount.result.ok === false) return false;
  if (!amount.bare) return (tokens[amount.lastToken + 1]?.word ?? '').toLowerCase() === 'each';
  const value = Number(tokens[amount.firstToken]?.word.replace(/\D/g, '') ?? '0');
  const next = tokens[amount.lastToken + 1]?.word ?? '';
  const previous = tokens[amount.firstToken - 1]?.word.toLowerCase() ?? '';
  if (previous === 'x' || /^x$/i.test(next)) return true;
  // "dinner for 2 at the thai place, 64": a party's size, not the bill.
  if (previous === 'for' && value <= 12 && next !== '') return true;
  if (next.toLowerCase() === 'each') return true;
  // "there's 8 of us", "5 of them": people, not money.
  if (next.toLowerCase() === 'of' && /^(?:us|them|you|we)$/i.test(tokens[amount.lastToken + 2]?.word ?? ''))
    return true;
  if (!/^\p{L}/u.test(next) || functionWords.has(next.toLowerCase())) return false;
  // "2 kids", "3 notebooks", "30 clothes"; but "64 altogether" is the money.
  return value <= 12 || (value <= 99 && /s$/i.test(next));
}
