/** The deterministic parser: a chat message → what it asks for. Never throws; what it cannot read is `unknown`. */
import { parseCommand } from './command.ts';
import type { Intent, ParseContext } from './intent.ts';
import { looksLikeQuestion, parseQuestion } from './question.ts';
import { parseQuickAdd } from './quick-add.ts';
import { parseRecurringAdd } from './recurring-command.ts';
import { tidy } from './text-tools.ts';

/** Longer messages are not quick-adds or short questions; they go to the model as they are. */
const maxParsedLength = 500;
/** Control characters and line separators read as plain spaces. */
const controls = /[\p{Cc}\u2028\u2029]/gu;
/** Zero-width characters, bidi controls, soft hyphens and BOMs are dropped: "de\u200blete 3" is "delete 3". */
const invisible = /\p{Cf}/gu;

/** Not understood; a number in it gets an aside saying why nothing was recorded. */
function notUnderstood(text: string, aside: 'question' | 'chat'): Intent {
  return /\d/.test(text) ? { kind: 'unknown', aside } : { kind: 'unknown' };
}

/** Words that ask about spending wherever they stand; no one records an expense with them ("top 3 grocery purchases"). */
const questionOnly =
  /(?<!\w)(?:top(?!\s*-?\s*up)|biggest|largest|highest|lowest|smallest|most|least|average|avg|breakdown|break\s+down|compare[ds]?|comparison|vs\.?|versus|between|since|how\s+many|per\s+(?:day|week|month|category))(?!\w)/i;
/** Words that open a question even without a question mark. */
const asking =
  /^(?:how|what|what's|whats|which|when|where|why|who|did|do|does|is|are|was|were|can|could|show|tell|give|list|compare|summari[sz]e|summary)(?!\w)/i;

/**
 * A request to change what is recorded ("remove the coffee and make lunch 500", "change lunch to 500"): never a
 * quick-add of its numbers. Commands with an expense number were read before this.
 */
const changing =
  /^(?:please\s+|pls\s+|can\s+you\s+)?(?:(?:delete|remove|erase|edit|update|modify|rename|undo)(?!\w)|(?:change|make|set|correct|fix|move)(?!\w).*\bto\b)/i;

/**
 * Reads one chat message against the user's today, currency and locale. Commands first. A statement that
 * records spending in a known category ("just paid the water bill, 38") is a quick-add even where its words
 * could open a question; anything asked ("how much …", "…?") is a question, never a quick-add of its numbers.
 */
export function parseMessage(text: string, ctx: ParseContext): Intent {
  try {
    if (text.length > maxParsedLength * 4) return { kind: 'unknown' };
    // NFKC folds full-width digits and symbols ("２５０", "＄") into the ones the rules know.
    const clean = tidy(text.replace(invisible, '').normalize('NFKC').replace(controls, ' '));
    if (clean === '' || clean.length > maxParsedLength) return { kind: 'unknown' };
    const command = parseCommand(clean, ctx);
    if (command) return command;
    if (changing.test(clean)) return notUnderstood(clean, 'question');
    // Currency codes in capitals ("TOP 5 groceries" is Tongan paʻanga) are not question words.
    const asked = /\?\s*$/.test(clean) || asking.test(clean) || questionOnly.test(clean.replace(/\b[A-Z]{3}\b/g, ' '));
    // "netflix 649 monthly": a rule, never a one-off expense of its numbers.
    const recurring = asked ? undefined : parseRecurringAdd(clean, ctx);
    if (recurring) return recurring;
    const quickAdd = asked ? undefined : parseQuickAdd(clean, ctx);
    if (quickAdd?.kind === 'add' && quickAdd.categorySource === 'bucket') return quickAdd;
    const question = parseQuestion(clean, ctx);
    if (question) return question;
    if (looksLikeQuestion(clean)) return notUnderstood(clean, 'question');
    return quickAdd ?? (asked ? undefined : parseQuickAdd(clean, ctx)) ?? notUnderstood(clean, 'chat');
  } catch {
    // A parser bug must cost the user an "I didn't get that", never the whole message.
    return { kind: 'unknown' };
  }
}
