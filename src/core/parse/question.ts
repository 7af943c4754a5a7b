/** Questions the core answers itself (a total for a period and maybe a category) and their follow-ups. */
import { findAmounts } from './amount.ts';
import { isKnownCategory, normalizeCategory } from './category.ts';
import type { Intent, ParseContext } from './intent.ts';
import { findPeriodPhrases } from './period-phrase.ts';
import { cutOut, tidy, trimFiller, trimPunctuation, withoutEndPunctuation, wordCount } from './text-tools.ts';

/** Phrases that make a full question: whatever it leaves unsaid means "this week" and "all categories". */
const fullQuestion =
  /(?<!\w)(?:summari[sz]e|summary|sum\s+up|how\s+much|what\s+(?:did|have|do)\s+(?:i|we)\s+(?:spend|spent)|what\s+i\s+spent|what(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:my|our)\s+(?:total|totals|spending|expenses)|total|totals|spending|spendings|expenses|expenditure|show\s+me)(?!\w)/i;
/** Follow-up openers: the unsaid period or category comes from the conversation. */
const followUpOpener = /^(?:and|what\s+about|how\s+about|what\s+of|only|just|now|ok(?:ay)?|also|then)(?!\w)/i;
/** Words that ask for more than a total: left to the model. */
const beyondTotals =
  /(?<!\w)(?:most|least|biggest|largest|highest|lowest|smallest|top|compare[ds]?|comparison|vs|versus|average|avg|mean|why|trend|usual|usually|more\s+than|less\s+than|over|under|above|below|budget|save|saving|savings|advice|should|predict|forecast|which|where|when|who|per\s+day|daily|each|every|percent|%|afford)(?!\w)/i;
const questionStart =
  /^(?:how|what|what's|whats|why|when|where|which|who|did|do|does|is|are|was|were|can|could|should|would|will|show|summari[sz]e|summary|total|spending|expenses|tell|give|and|only|just|between|from|since)(?!\w)/i;
/** Words around the category in a question: "how much did I spend on | groceries | so far". */
const questionWords = new Set(
  "how much many did do does have has had i we my our me you spend spent spending spendings spends summarize summarise summary sum up total totals expenses expense expenditure what what's whats about show tell give of on for in at during the a an all so far till until now overall altogether is was were are been money just only and ok okay also then please pls".split(
    ' ',
  ),
);
/** A category the table does not know is taken only where one is expected: "on X", "for X", "just X". */
const categorySlot = /(?:on|for|about|in|at|just|only)\s+$/i;
const maxCategoryWords = 3;

/** True for text phrased as a question: it ends with "?" or opens with a question word. */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || questionStart.test(tidy(text));
}

/** Reads a summary question, or returns undefined when the text is not one the core can answer. */
export function parseQuestion(text: string, ctx: ParseContext): Intent | undefined {
  const asked = /\?\s*$/.test(text);
  const clean = withoutEndPunctuation(text);
  if (clean === '' || beyondTotals.test(clean)) return undefined;
  const periods = findPeriodPhrases(clean, ctx);
  // Two periods is a comparison ("this week vs last week"), for the model.
  if (periods.length > 1) return undefined;
  const period = periods[0];
  const rest = period ? cutOut(clean, period.index, period.length) : clean;
  const full = fullQuestion.test(rest);
  const opener = followUpOpener.test(rest);
  if (!full && !opener && !period && !asked) return undefined;
  // "spent 120 on tea yesterday" names a day but is a quick-add: an amount outside a full question decides it.
  if (!full && findAmounts(rest, ctx).length > 0) return undefined;

  const leftover = trimPunctuation(trimFiller(rest, questionWords));
  let category: string | null = null;
  if (leftover !== '') {
    if (/\d/.test(leftover) || wordCount(leftover) > maxCategoryWords) return undefined;
    const slot = rest.slice(0, rest.toLowerCase().lastIndexOf(leftover.toLowerCase()));
    if (!isKnownCategory(leftover) && !opener && !(full && categorySlot.test(slot))) return undefined;
    category = normalizeCategory(leftover);
  }
  if (!full && !period && category === null) return undefined;
  if (period && !period.result.ok) return { kind: 'invalid', message: period.result.error };
  return {
    kind: 'summary',
    period: period?.result.ok ? period.result.value : null,
    category,
    followUp: opener || !full,
  };
}
