/**
 * Budget commands: set one ("budget groceries 5000 monthly", "set a budget of ₹5,000 for groceries per month",
 * "monthly budget 20000", "budget transport 1500 weekly"), list them ("budgets", "budget status"), remove one
 * ("remove budget groceries", "delete the groceries budget"). Every form names the word "budget"; "delete 12"
 * and the other deletes stay the delete command's.
 */
import type { BudgetPeriod } from '../budgets/budget.ts';
import { findAmounts } from './amount.ts';
import { normalizeCategory } from './category.ts';
import { commandWord } from './command-words.ts';
import type { Intent, ParseContext } from './intent.ts';
import { cutOut, tidy, trimPunctuation } from './text-tools.ts';

const mentionsBudget = /(?<!\p{L})budgets?(?!\p{L})/iu;
const listing =
  /^(?:(?:show|list|see|view|check)\s+(?:me\s+)?(?:all\s+)?(?:my\s+|the\s+)?budgets?|(?:my\s+|all\s+)?budgets?(?:\s+(?:status|left|so\s+far|overview|list))?|how\s+(?:are|is)\s+(?:my\s+|the\s+)?budgets?(?:\s+doing)?|how\s+am\s+i\s+doing\s+(?:on|with|against)\s+(?:my\s+)?budgets?)$/i;
const asking =
  /^(?:how|what|what's|whats|where|which|when|is|are|am|do|does|did|can|could|show|tell|give|list)(?!\p{L})/iu;
/** Words that open an instruction to set a budget. */
const settingWords = new Set(
  'please pls set make put create add new my our a an the weekly monthly overall total general'.split(' '),
);
/** Words of a sentence about something else, which no category of a budget holds. */
const sentenceWords = new Set(
  "i i'm i've we you he she they it it's is was were are am be been have has had will would can could should do does did not don't blew blown went gone over under exceeded exceed crossed cross broke busted within".split(
    ' ',
  ),
);
const removing = /^(?:please\s+)?(?:remove|delete|del|rm|clear|cancel|drop|stop|end|unset)\s+(.*)$/i;
/** Period phrases, longest first; what they say is cut out before the amount is read. */
const periodPhrases: ReadonlyArray<{ pattern: RegExp; period: BudgetPeriod }> = [
  {
    pattern:
      /(?<!\p{L})(?:(?:a|per|each|every|for\s+the|for\s+a|in\s+a|this)\s+)?(?:calendar\s+)?month(?!\p{L})|(?<!\p{L})monthly(?!\p{L})|\/\s*(?:month|mo|mth)(?!\p{L})|(?<!\p{L})p\.?m\.?(?!\p{L})(?=\s*$)/giu,
    period: 'month',
  },
  {
    pattern:
      /(?<!\p{L})(?:(?:a|per|each|every|for\s+the|for\s+a|in\s+a|this)\s+)?week(?!\p{L})|(?<!\p{L})weekly(?!\p{L})|\/\s*(?:week|wk)(?!\p{L})/giu,
    period: 'week',
  },
];
/** Words of a budget sentence that name nothing: what is left is the amount and the category. */
const fillerWords = new Set(
  `a an the of for to on in at my our is be set make new put up as please pls plz budget budgets limit cap spending
  spend i want would like should it's its let's lets with at most max maximum`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words that mean the budget is for everything. */
const overallWords = new Set([
  'overall',
  'total',
  'all',
  'everything',
  'general',
  'whole',
  'entire',
  'monthly',
  'weekly',
]);
const maxCategoryLength = 60;

/** Reads a budget command, or undefined when the text is not one. */
export function parseBudgetCommand(text: string, ctx: ParseContext): Intent | undefined {
  const tidied = tidy(text);
  if (!mentionsBudget.test(tidied)) return undefined;
  const words = tidied.replace(/[?!.…]+$/u, '');
  if (listing.test(words)) return { kind: 'budget_list' };
  const removal = removing.exec(words);
  if (removal) return parseRemoval(removal[1] ?? '');
  // A question about budgets is answered with all of them; one with a number in it is some other question.
  if (asking.test(words) || /\?\s*$/.test(tidied)) return /\d/.test(words) ? undefined : { kind: 'budget_list' };
  if (!setsBudget(words)) return undefined;
  return parseSetting(words, ctx);
}

/**
 * "budget" opens the text, or follows the words that set one and at most three words of a category
 * ("set my groceries budget to 5000"); a sentence that only speaks of a budget ("I blew my budget on shoes") is not.
 */
function setsBudget(text: string): boolean {
  const words = text.split(' ');
  const at = words.findIndex((word) => mentionsBudget.test(word));
  const before = words.slice(0, at).map((word) => word.toLowerCase());
  while (before.length > 0 && settingWords.has(before[0] ?? '')) before.shift();
  return before.length <= 3 && before.every((word) => !sentenceWords.has(word));
}

function parseRemoval(rest: string): Intent | undefined {
  if (!mentionsBudget.test(rest) || /\d/.test(rest)) return undefined;
  const category = categoryOf(rest.split(/\s+/));
  if (category === 'too_long') return invalid('That category is too long. Say "remove budget groceries".');
  return { kind: 'budget_remove', category };
}

function parseSetting(text: string, ctx: ParseContext): Intent {
  let rest = text.replace(/(\d)\s*\/\s*(?=(?:month|mo|mth|week|wk)(?!\p{L}))/giu, '$1 /');
  let period: BudgetPeriod | undefined;
  for (const phrase of periodPhrases) {
    const before = rest;
    rest = tidy(rest.replace(phrase.pattern, ' '));
    if (rest !== before) {
      if (period !== undefined && period !== phrase.period) {
        return invalid('Is that a weekly or a monthly budget? Say one, like "budget groceries 5000 monthly".');
      }
      period = phrase.period;
    }
  }
  const overallSaid = /(?<!\p{L})(?:overall|total|general|whole|entire)(?!\p{L})/iu.test(rest);
  const kept = rest
    .split(/\s+/)
    .filter((word) => !fillerWords.has(trimPunctuation(word).toLowerCase()))
    .join(' ');
  const amounts = findAmounts(kept, ctx);
  const amount = amounts[0];
  if (!amount) return usage();
  if (amounts.length > 1)
    return invalid('Which is the amount? Set one budget at a time, like "budget groceries 5000 monthly".');
  if (!amount.result.ok) return invalid(amount.result.error);
  const category = categoryOf(cutOut(kept, amount.index, amount.length).split(/\s+/));
  if (category === 'too_long')
    return invalid('That category is too long. Keep it short, like "budget groceries 5000".');
  return {
    kind: 'budget_set',
    category: overallSaid ? null : category,
    amount: amount.result.value,
    period: period ?? 'month',
  };
}

/** The category the words name (null: the overall budget), or 'too_long'. */
function categoryOf(words: ReadonlyArray<string>): string | null | 'too_long' {
  const kept = words
    .map((word) => trimPunctuation(word))
    .filter((word) => word !== '' && !fillerWords.has(word.toLowerCase()));
  if (kept.length === 0 || kept.every((word) => overallWords.has(word.toLowerCase()))) return null;
  const written = kept.filter((word) => !overallWords.has(word.toLowerCase()) || kept.length === 1).join(' ');
  if (written.length > maxCategoryLength) return 'too_long';
  return normalizeCategory(written);
}

function usage(): Intent {
  return invalid(commandWord('budget').usage ?? 'Say "budget groceries 5000 monthly".');
}

function invalid(message: string): Intent {
  return { kind: 'invalid', message };
}
