/**
 * Questions the core answers itself: totals for a period and maybe one category, and the follow-ups that
 * lean on the last question ("how about just groceries?", "and last week?"). Anything subtler is left unknown,
 * for the model.
 */

import { findAmount } from './amount.ts';
import { isKnownCategory, normalizeCategory } from './category.ts';
import type { Intent, ParseContext } from './intent.ts';
import { findPeriodPhrase } from './period-phrase.ts';
import { cutOut, tidy, trimFiller } from './text-tools.ts';

/** Phrases that make a full question; what remains after them may name a category. */
const questionPhrases =
  /\b(?:summari[sz]e|summary|how much (?:did|have|do) i (?:spend|spent)|how much (?:i )?(?:spent|spend)|how much|what did i spend|what have i spent|what i spent|total(?:s)? spent|total(?:s)?|spending|spendings|expenses|expense|spent|spend|breakdown|report|stats|show me|show|tell me|give me|my|so far|was|were|is|are)\b/gi;
/** Follow-up openers: the unsaid period or category comes from the conversation. */
const followUpOpeners = /^(?:and|what about|how about|what of|only|just|now)\b/i;
/** Words that ask for more than a total: left to the model. */
const beyondTotals =
  /\b(?:most|least|biggest|largest|highest|lowest|smallest|top|compare[ds]?|comparison|vs|versus|average|avg|mean|why|trend|usual|usually|more than|less than|over|under|above|below|budget|save|saving|savings|advice|should|predict|forecast|which|where|when|who|per day|daily|each|every|percent|%)\b/i;
const questionStart =
  /^(?:how|what|what's|whats|show|summari[sz]e|summary|total|spending|expenses|tell|give|did|and|only|just|between|from)\b/i;

/** True for text phrased as a question: it ends with "?" or opens with a question word. */
export function looksLikeQuestion(text: string): boolean {
  return text.trim().endsWith('?') || questionStart.test(tidy(text));
}

/** Reads a summary question, or returns undefined when the text is not one the core can answer. */
export function parseQuestion(text: string, ctx: ParseContext): Intent | undefined {
  const clean = tidy(text.replace(/[?!.]+$/g, ''));
  if (clean === '') return undefined;
  const asking = looksLikeQuestion(text);
  // "spent 120 on tea yesterday" names a day but is a quick-add: an amount outside a question decides it.
  if (!asking && findAmount(clean, ctx)) return undefined;
  const period = findPeriodPhrase(clean, ctx);
  if (!asking && !period) return undefined;
  if (beyondTotals.test(clean)) return undefined;
  if (period && !period.result.ok) return { kind: 'invalid', message: period.result.message };

  const withoutPeriod = period ? cutOut(clean, period.index, period.length) : clean;
  const asksFullQuestion = new RegExp(questionPhrases.source, 'i').test(withoutPeriod);
  const leftover = trimFiller(
    withoutPeriod
      .replace(followUpOpeners, ' ')
      .replace(questionPhrases, ' ')
      .replace(/\b(?:on|for|in|about)\b/gi, ' '),
  );
  const words = leftover === '' ? [] : leftover.split(' ');
  // More than a few words left over: a sentence the deterministic answers would misread.
  if (words.length > 3) return undefined;
  // A word the category table does not know counts only where a category is expected: "on X", "just X".
  const namedAsCategory =
    /\b(?:on|for|about|just|only)\s+\S/i.test(withoutPeriod) || followUpOpeners.test(withoutPeriod);
  if (words.length > 0 && !isKnownCategory(leftover) && !namedAsCategory) return undefined;
  const category = leftover === '' ? null : normalizeCategory(leftover);
  if (!period && !category && !asksFullQuestion) return undefined;
  return {
    kind: 'summary',
    period: period?.result.ok ? period.result.period : null,
    category,
    followUp: followUpOpeners.test(withoutPeriod) || !asksFullQuestion,
  };
}
