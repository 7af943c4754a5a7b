/** Puts a digest together from the database's sums for one user: pure, no queries, no raw amounts added up. */
import { categoryKey } from '../domain/category.ts';
import type { SumRow } from '../domain/stats.ts';
import { minorToDecimal } from '../money/money.ts';
import { digestChange } from './digest-change.ts';
import type { DigestWeek } from './digest-week.ts';
import type { DigestAmount, DigestCategory, DigestCurrency, DigestExpense, WeeklyDigest } from './weekly-digest.ts';

/** What a digest is made of, as the database returned it for one user. */
export interface DigestInputs {
  /** The week's sums by category (key: the user's spelling), every currency. */
  readonly categories: ReadonlyArray<SumRow>;
  /** The week before, the same way. */
  readonly previousCategories: ReadonlyArray<SumRow>;
  /** The week's sums by day (key: ISO date). */
  readonly days: ReadonlyArray<SumRow>;
  /** The week's largest expenses: at least the three largest of each currency, in any order. */
  readonly largest: ReadonlyArray<DigestExpense & { readonly currency: string }>;
}

/**
 * Totals are the category sums regrouped by currency: sums of the database's sums, never of raw amounts.
 * Percentages are ratios of those sums, rounded to whole percents.
 */
export function assembleDigest(userId: number, week: DigestWeek, inputs: DigestInputs): WeeklyDigest {
  const totals = regroupByCurrency(inputs.categories);
  const previousTotals = regroupByCurrency(inputs.previousCategories);
  const currencies = totals.map((total): DigestCurrency => {
    const currency = total.currency;
    const previousTotalMinor = previousTotals.find((row) => row.currency === currency)?.minor ?? 0;
    const previousByKey = new Map(
      inputs.previousCategories
        .filter((row) => row.currency === currency)
        .map((row) => [categoryKey(row.key), row.minor]),
    );
    return {
      currency,
      total: amountOf(total),
      previousTotalMinor,
      totalChange: digestChange(total.minor, previousTotalMinor),
      categories: inputs.categories
        .filter((row) => row.currency === currency)
        .sort((a, b) => b.minor - a.minor || a.key.localeCompare(b.key))
        .map((row): DigestCategory => {
          const previousMinor = previousByKey.get(categoryKey(row.key)) ?? 0;
          return { category: row.key, ...amountOf(row), previousMinor, change: digestChange(row.minor, previousMinor) };
        }),
      largest: inputs.largest
        .filter((expense) => expense.currency === currency)
        .sort((a, b) => b.minor - a.minor || a.number - b.number)
        .slice(0, 3)
        .map(({ currency: _currency, ...expense }) => expense),
      topDay: topDay(inputs.days, currency),
    };
  });
  return { userId, week: week.week, period: week.period, previousWeek: week.previousWeek, currencies };
}

/** Per-currency totals from grouped sums, in currency order. */
function regroupByCurrency(rows: ReadonlyArray<SumRow>): SumRow[] {
  const totals = new Map<string, SumRow>();
  for (const row of rows) {
    const total = totals.get(row.currency);
    const minor = (total?.minor ?? 0) + row.minor;
    if (!Number.isSafeInteger(minor)) throw new RangeError(`The ${row.currency} total is too large`);
    totals.set(row.currency, { currency: row.currency, key: '', minor, count: (total?.count ?? 0) + row.count });
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

function amountOf(row: SumRow): DigestAmount {
  return { minor: row.minor, amount: minorToDecimal(row.minor, row.currency), count: row.count };
}

function topDay(days: ReadonlyArray<SumRow>, currency: string): { date: string } & DigestAmount {
  let best: SumRow | undefined;
  for (const row of days) {
    if (row.currency !== currency) continue;
    if (!best || row.minor > best.minor || (row.minor === best.minor && row.key < best.key)) best = row;
  }
  if (!best) throw new Error(`No day sums for ${currency} although the week has a total`);
  return { date: best.key, ...amountOf(best) };
}
