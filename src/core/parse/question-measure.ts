/** What a question measures: "biggest", "top 3 expenses", "where did most of my money go", "average", "by week", "how many". */
import type { QuestionMeasure } from '../domain/spending-question.ts';
import { countOf, countWordPattern } from './count-words.ts';

/** The measure read, with its words blanked out of the text, or `measure: undefined` for a plain total. */
export interface MeasureReading {
  readonly measure: QuestionMeasure | undefined;
  /** An average whose unit depends on the rest: per expense when a category is named, else per day. */
  readonly averageUnsure: boolean;
  /** The text with the measure's words replaced by spaces. */
  readonly rest: string;
  /** Words asking to compare ("vs", "compare", "more … than"): the caller looks for the two sides. */
  readonly compares: boolean;
}

const n = String.raw`(\d{1,2}|${countWordPattern()})`;
const b = String.raw`(?<![\w'])`;
const e = String.raw`(?![\w'])`;
const re = (source: string) => new RegExp(`${b}(?:${source})${e}`, 'giu');

/** Nouns for one expense; the plural asks for a few of them ("top expenses" lists three). */
const itemSingular = 'expense|purchase|spend|transaction|payment|item|thing|buy|one|order|entry|splurge|expenditure';
const itemPlural = 'expenses|purchases|spends|transactions|payments|items|things|buys|ones|orders|entries|splurges';
const superlative =
  'biggest|largest|highest|most\\s+expensive|priciest|costliest|dearest|max|maximum|top|single\\s+biggest|single\\s+largest|big\\s+ticket';

const compareCue = re(
  String.raw`compare[ds]?|comparing|comparison|vs\.?|v/s|versus|against|difference|differ|than|(?:more|less)\s+or\s+less|(?:more|less)\b.*?\bor|or\b.*?\b(?:more|less|bigger|higher)|which\s+(?:is|was|one\s+is|one\s+was)\s+(?:more|bigger|higher|larger)`,
);
const countCue = re(
  String.raw`how\s+many(?:\s+(?:times|time|expenses|purchases|transactions|entries|items|payments|orders|visits|trips|rides))?|how\s+often|(?:the\s+)?(?:number|no\.?|#|count)\s+of(?:\s+(?:times|expenses|purchases|transactions|entries|items|payments|orders))?|count(?:\s+(?:my\s+)?(?:expenses|purchases|transactions|entries))?`,
);
const averageCue = re(
  String.raw`on\s+(?:an\s+)?average|average|avg\.?|mean|typical(?:ly)?|usually|normally|typical\s+day|on\s+a\s+typical\s+day`,
);
const perDayCue = re(
  String.raw`daily|per\s+day|a\s+day|each\s+day|every\s+day|per\s+diem|/\s*day|on\s+a\s+daily\s+basis|day\s+on\s+average`,
);
/** What one expense is called in "average cab fare", "per trip", "average fill-up", "average ticket size". */
const oneExpense = String.raw`(?:${itemSingular}|time|visit|cup|ride|trip|bill|ticket|order|fare|fill[\s-]*up|top[\s-]*up|refill|run|shop|go)s?(?:\s+(?:size|value|amount))?`;
const perExpenseCue = re(String.raw`(?:per|each|every|an?|the|average|avg|typical)\s+(?:\w+\s+)?${oneExpense}`);
const oneExpenseNoun = re(String.raw`(?:per|each|every|a|an)\s+${oneExpense}|${oneExpense}`);
/** "do I spend a day": the habit, which is an average, rather than a day-by-day list. */
const habitCue = re(
  String.raw`do\s+(?:i|we)|does\s+it|i\s+(?:usually|normally|typically)\s+spend|my\s+daily\s+(?:spend|spending|average)`,
);
const perWeekOrMonthAverage = re(String.raw`(?:a|per|each|every)\s+(?:week|month)|weekly|monthly`);

const topCategoryCues = [
  re(
    String.raw`(?:(?:top|biggest|largest|highest|main|most|max(?:imum)?|number\s+one|leading|single\s+biggest)(?:\s+(?:spending|spend|expense|cost))?\s+categor(?:y|ies)|(?:which|what)(?:\s+(?:spending|spend|expense|cost))?\s+category)(?:\s+of\s+(?:spending|expenses?))?`,
  ),
  re(String.raw`categor(?:y|ies)\b.*?\b(?:the\s+)?(?:most|biggest|highest|largest|top)(?:\s+(?:money|on|in))*`),
  re(
    String.raw`where\s+(?:did|does|do|has|have|is|was)\s+(?:most|the\s+most|the\s+bulk|the\s+majority|the\s+biggest\s+chunk|the\s+biggest\s+share)\s+(?:of\s+)?(?:my|our|the)\s+(?:money|cash|spending|budget|expenses)\s+(?:go|went|gone|going)(?:\s+to)?`,
  ),
  re(
    String.raw`(?:where|what)\s+(?:am|are|was|were|did|do|have|has)\s+(?:i|we)\s+(?:been\s+)?(?:spend|spent|spending|blow|blew|blowing|splurge|splurged|splurging)\s+(?:the\s+)?most(?:\s+(?:money|cash))?(?:\s+(?:on|in|at))?`,
  ),
  re(
    String.raw`(?:spend|spent|spending|blew|splurged?)\s+(?:the\s+)?most\s+(?:money\s+)?(?:on|in|at)|most\s+(?:money|spent)\s+(?:on|in|at)|most\s+of\s+(?:my|our)\s+money`,
  ),
];
const whereMoneyWent = re(
  String.raw`where\s+(?:did|does|do|has|have)\s+(?:all\s+)?(?:my|our|the)\s+(?:money|cash|spending|salary)\s+(?:go|went|gone|going)(?:\s+to)?`,
);

const biggestWithCount = [
  re(String.raw`(?:the\s+)?(?:${superlative})\s+${n}(?:\s+(?:${itemPlural}|${itemSingular}))?`),
  re(String.raw`${n}\s+(?:${superlative})(?:\s+(?:${itemPlural}|${itemSingular}))?`),
];
/** "the most … in a single purchase", "most I spent in one go": one expense, not a category. */
const mostAtOnce = re(
  String.raw`(?:the\s+)?(?:most|biggest|largest)\b.*?\b(?:(?:in|on|for)\s+)?(?:a\s+single|one|single)\s+(?:${itemSingular}|go|shot|time)`,
);
const mostISpent = re(
  String.raw`(?:the\s+)?most\s+(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:spent|paid)(?:\s+on\s+(?:one|a\s+single)\s+(?:thing|item|expense|purchase))?(?:\s+in\s+one\s+go)?`,
);
const biggestPlain = re(`(?:the\\s+)?(?:${superlative})(?:\\s+(?:single|one))?`);
const itemNouns = re(`${itemPlural}|${itemSingular}`);
const pluralNoun = re(itemPlural);
const whichDayMost = re(
  String.raw`(?:which|what)\s+day(?:\s+(?:did|do|was|of\s+the\s+week))?.*?(?:most|biggest|highest|largest)|(?:biggest|highest|most\s+expensive|priciest)\s+(?:spending\s+)?day`,
);

const breakdownDay = re(
  String.raw`daily|a\s+day|day[\s-]*by[\s-]*day|day[\s-]*wise|daywise|(?:by|per|each|every|for\s+each)\s+(?:the\s+)?(?:day|date)|date[\s-]*wise`,
);
const breakdownWeek = re(
  String.raw`weekly|week[\s-]*by[\s-]*week|week[\s-]*wise|weekwise|(?:by|per|each|every|for\s+each)\s+(?:the\s+)?week`,
);
const breakdownMonth = re(
  String.raw`monthly|month[\s-]*by[\s-]*month|month[\s-]*wise|monthwise|(?:by|per|each|every|for\s+each)\s+(?:the\s+)?month`,
);
const breakdownCategory = re(
  String.raw`(?:by|per|each|every|for\s+each|across|all)\s+(?:the\s+)?categor(?:y|ies)|categor(?:y|ies)[\s-]*wise|categorywise|categories|category|head[\s-]*wise`,
);
const breakdownCue = re(
  String.raw`break\s+(?:it|that|this|them|everything)\s+down|break[\s-]*down|broken\s+down|break[\s-]*up|split(?:\s+up)?|itemi[sz]ed?|itemi[sz]e|list|show`,
);

/** Reads the measure; a plain total (or a text without measure words) gives `measure: undefined`. */
export function readMeasure(text: string): MeasureReading {
  const compares = compareCue.test(text);
  compareCue.lastIndex = 0;
  const reading = (measure: QuestionMeasure | undefined, rest: string, averageUnsure = false): MeasureReading => ({
    measure,
    averageUnsure,
    rest,
    compares,
  });

  if (matches(countCue, text)) return reading({ kind: 'count' }, blank(text, countCue));

  if (matches(averageCue, text) || (matches(perDayCue, text) && matches(habitCue, text))) {
    // "average per week", "monthly average": the week-by-week (month-by-month) sums, which end with their average.
    if (matches(perWeekOrMonthAverage, text)) {
      const by = /week/i.test(first(perWeekOrMonthAverage, text)?.[0] ?? '') ? 'week' : 'month';
      return reading({ kind: 'breakdown', by }, blank(text, averageCue, perWeekOrMonthAverage, habitCue, perDayCue));
    }
    const rest = blank(text, averageCue, perDayCue, habitCue);
    if (matches(perDayCue, text)) return reading({ kind: 'average', per: 'day' }, rest);
    if (matches(perExpenseCue, text)) return reading({ kind: 'average', per: 'expense' }, blank(rest, oneExpenseNoun));
    return reading({ kind: 'average', per: 'day' }, blank(rest, itemNouns), true);
  }

  if (matches(mostAtOnce, text)) return reading({ kind: 'biggest', limit: 1 }, blank(text, mostAtOnce, itemNouns));
  if (matches(whichDayMost, text)) return reading({ kind: 'breakdown', by: 'day' }, blank(text, whichDayMost));
  for (const cue of topCategoryCues) {
    if (!matches(cue, text)) continue;
    // "top 3 categories" is a ranking of several: the breakdown lists them all, largest first.
    if (/categories/i.test(text) && /\d|three|four|five/i.test(text)) break;
    return reading({ kind: 'top_category' }, blank(text, ...topCategoryCues));
  }

  for (const cue of biggestWithCount) {
    const found = first(cue, text);
    if (!found) continue;
    const word = (found[1] ?? '').toLowerCase();
    const limit = countOf(word);
    if (limit >= 1) return reading({ kind: 'biggest', limit: Math.min(limit, 20) }, blank(text, cue, itemNouns));
  }
  if (matches(mostISpent, text)) return reading({ kind: 'biggest', limit: 1 }, blank(text, mostISpent, itemNouns));
  if (matches(biggestPlain, text) && !matches(breakdownCategory, text)) {
    const limit = matches(pluralNoun, text) ? 3 : 1;
    return reading({ kind: 'biggest', limit }, blank(text, biggestPlain, itemNouns));
  }

  if (matches(breakdownDay, text))
    return reading({ kind: 'breakdown', by: 'day' }, blank(text, breakdownDay, breakdownCue));
  if (matches(breakdownWeek, text))
    return reading({ kind: 'breakdown', by: 'week' }, blank(text, breakdownWeek, breakdownCue));
  if (matches(breakdownMonth, text)) {
    return reading({ kind: 'breakdown', by: 'month' }, blank(text, breakdownMonth, breakdownCue));
  }
  if (matches(breakdownCategory, text) || matches(whereMoneyWent, text)) {
    return reading({ kind: 'breakdown', by: 'category' }, blank(text, breakdownCategory, whereMoneyWent, breakdownCue));
  }
  if (
    /(?<!\w)(?:break(?:\s+(?:it|that|this|them|everything))?[\s-]*down|broken\s+down|break[\s-]*up|itemi[sz]ed?)(?!\w)/i.test(
      text,
    )
  ) {
    return reading({ kind: 'breakdown', by: 'category' }, blank(text, breakdownCue));
  }
  return reading(undefined, text);
}

function matches(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const found = regex.test(text);
  regex.lastIndex = 0;
  return found;
}

function first(regex: RegExp, text: string): RegExpExecArray | null {
  regex.lastIndex = 0;
  const found = regex.exec(text);
  regex.lastIndex = 0;
  return found;
}

/** Replaces every match of the patterns (each found in the whole text, so overlaps all go) with a space. */
function blank(text: string, ...patterns: RegExp[]): string {
  const gone = new Array<boolean>(text.length).fill(false);
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) gone.fill(true, match.index, match.index + match[0].length);
  }
  const kept = [...text].map((char, at) => (gone[at] ? ' ' : char)).join('');
  return kept.replace(/\s+/g, ' ').trim();
}
