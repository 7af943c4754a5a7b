/** "This week vs last week", "food or transport in October?": two totals side by side and the difference per currency. */
import type { SumRow } from '../../domain/stats.ts';
import type { QuestionContext } from '../command-context.ts';
import { capitalize, inCurrency, money, sumsFor, when, withCount } from './question-reply.ts';
import type { ResolvedQuestion } from './resolve-question.ts';

interface Side {
  readonly name: string;
  readonly rows: ReadonlyArray<SumRow>;
}

export async function answerCompare(ctx: QuestionContext, question: ResolvedQuestion): Promise<string> {
  const { versus, period, category } = question;
  let heading: string;
  let sides: [Side, Side];
  if (versus && 'period' in versus) {
    const first = when(ctx, period);
    const second = when(ctx, versus.period);
    heading = `${category ? `${capitalize(category)}${inCurrency(question)}, ` : inCurrency(question) ? `Spending${inCurrency(question)}, ` : ''}${first} vs ${second}:`;
    sides = [
      { name: period.label, rows: await sumsFor(ctx, question, 'none') },
      { name: versus.period.label, rows: await sumsFor(ctx, question, 'none', versus.period) },
    ];
  } else if (versus) {
    heading = `${capitalize(category ?? '')} vs ${versus.category}${inCurrency(question)} ${when(ctx, period)}:`;
    sides = [
      { name: category ?? '', rows: await sumsFor(ctx, question, 'none') },
      { name: versus.category, rows: await sumsFor(ctx, question, 'none', period, versus.category) },
    ];
  } else {
    throw new Error('A comparison needs its other side');
  }
  const lines = [capitalize(heading)];
  for (const side of sides) {
    const total = side.rows.length === 0 ? 'nothing' : side.rows.map((row) => withCount(ctx, row)).join(' + ');
    lines.push(`• ${side.name}: ${total}`);
  }
  lines.push(...differences(ctx, sides));
  return lines.join('\n');
}

/** One line per currency: "₹300.00 more this week than last week", or "the same". */
function differences(ctx: QuestionContext, [first, second]: [Side, Side]): string[] {
  const currencies = [...new Set([...first.rows, ...second.rows].map((row) => row.currency))].sort();
  return currencies.map((currency) => {
    const a = first.rows.find((row) => row.currency === currency)?.minor ?? 0;
    const b = second.rows.find((row) => row.currency === currency)?.minor ?? 0;
    if (a === b) return `The same in ${currency} for both.`;
    const [more, less] = a > b ? [first, second] : [second, first];
    return `${money(ctx, Math.abs(a - b), currency)} more ${phrase(more.name)} than ${phrase(less.name)}.`;
  });
}

/** Period labels read as they are ("this week"); a category reads "on food". */
function phrase(name: string): string {
  return /^(?:this|last|the|in|on|today|yesterday|\d{4}-)/.test(name) ? name : `on ${name}`;
}
