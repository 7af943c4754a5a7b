/** Which of several numbers in a message is the money: the marked one, the one tied to spending, the one that is no count. */
import type { AmountMatch, Token } from './amount.ts';

/** Words right before a number that make it the amount: "for 150", "was 210", "charged 1,500", "came to 2,340". */
const tiedBefore = new Set(
  `for spent spend paid pay payed cost costs costed charged charge was were is came comes to total totalled totaled
  bill billed share of worth price fare fee fees amount = : - @ around about approx approximately like only just`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * The amount that counts: the only one; else the only one with a currency written; else the only one tied to
 * a spending word ("for 150", "was 210"); else the only one that is not a count ("2 movie tickets 640").
 */
export function chooseAmount(
  found: ReadonlyArray<AmountMatch>,
  tokens: ReadonlyArray<Token> = [],
): { amount: AmountMatch | undefined; candidates: ReadonlyArray<AmountMatch> } {
  if (found.length === 1) return { amount: found[0], candidates: found };
  let candidates = found.filter((amount) => amount.marked);
  if (candidates.length === 0) candidates = [...found];
  if (candidates.length === 1) return { amount: candidates[0], candidates };
  const tied = candidates.filter((amount) => tiedBefore.has((tokens[amount.firstToken - 1]?.word ?? '').toLowerCase()));
  if (tied.length === 1) return { amount: tied[0], candidates };
  const notCounts = candidates.filter((amount) => !isCount(amount, tokens));
  if (notCounts.length === 1) return { amount: notCounts[0], candidates };
  return { amount: undefined, candidates };
}

/** "3 notebooks", "2 movie tickets", "x2", "5L" beside another number: a count or a measure, not the money. */
function isCount(amount: AmountMatch, tokens: ReadonlyArray<Token>): boolean {
  if (amount.lakhLetter) return true;
  if (!amount.bare || amount.result.ok === false) return false;
  const value = Number(tokens[amount.firstToken]?.word.replace(/\D/g, '') ?? '0');
  const next = tokens[amount.lastToken + 1]?.word ?? '';
  const previous = tokens[amount.firstToken - 1]?.word.toLowerCase() ?? '';
  return value <= 20 && (/^\p{L}/u.test(next) || previous === 'x');
}
