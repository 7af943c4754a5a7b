/** "list", "recent", "list 20", "show my expenses", "list groceries", "list this week", "last 5 expenses". */
import { normalizeCategory } from './category.ts';
import type { Intent, ParseContext } from './intent.ts';
import { findPeriodPhrase } from './period-phrase.ts';
import { cutOut, tidy, trimFiller, trimPunctuation } from './text-tools.ts';

const list =
  /^(?:list|ls|recent|latest|show\s+(?:me\s+)?(?:all\s+)?(?:my\s+)?(?:recent\s+|latest\s+)?(?:expenses|entries|transactions)|(?:my\s+)?(?:recent|latest)\s+(?:expenses|entries|transactions))(?:\s+(.*))?$/i;
const lastFew = /^(?:last|latest|recent)\s+(\d{1,4})(?:\s+(?:expenses|entries|transactions|items))?$/i;
const ranking =
  /(?<!\w)(?:largest|biggest|highest|top|most\s+expensive|priciest|costliest|breakdown|(?:by|per)\s+(?:category|categories|day|week|month))(?!\w)/i;
const countWord = /(?<!\S)#?(\d{1,4})(?!\S)/;
const listWords = /(?<!\w)(?:expenses?|entries|transactions|items|spending|all)(?!\w)/gi;

/** Reads a list command, or returns undefined when the text is not one. */
export function parseListCommand(text: string, ctx: ParseContext): Intent | undefined {
  if (/^history$/i.test(text)) return { kind: 'list', limit: null, period: null, category: null };
  const few = lastFew.exec(text);
  if (few) return withLimit(Number(few[1]), null, null);
  const match = list.exec(text);
  // "list my 5 largest expenses", "show me my expenses by category": questions, for the question parser.
  if (!match || ranking.test(text)) return undefined;

  let rest = tidy(match[1] ?? '');
  const period = findPeriodPhrase(rest, ctx);
  if (period) {
    if (!period.result.ok) return { kind: 'invalid', message: period.result.error };
    rest = cutOut(rest, period.index, period.length);
  }
  let limit: number | null = null;
  const count = countWord.exec(rest);
  if (count) {
    limit = Number(count[1]);
    rest = cutOut(rest, count.index, count[0].length);
  }
  const category = trimPunctuation(trimFiller(rest.replace(listWords, ' ')));
  if (/\d/.test(category)) {
    return { kind: 'invalid', message: 'Say "list", "list 20", "list groceries" or "list this week".' };
  }
  return withLimit(
    limit,
    period?.result.ok ? period.result.value : null,
    category ? normalizeCategory(category) : null,
  );
}

function withLimit(
  limit: number | null,
  period: Extract<Intent, { kind: 'list' }>['period'],
  category: string | null,
): Intent {
  if (limit === 0) return { kind: 'invalid', message: 'Ask for 1 or more, like "list 20".' };
  return { kind: 'list', limit, period, category };
}
