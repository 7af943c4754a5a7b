/** The digest as plain text in the user's locale: short enough for a photo caption in the usual case. */
import type { User } from '../domain/user.ts';
import { formatDay } from '../format/date-label.ts';
import { minorToDecimal } from '../money/money.ts';
import type { DigestChange, DigestCurrency, WeeklyDigest } from './weekly-digest.ts';

/**
 * Formatters are costly to create and a fan-out renders thousands of digests of the same week in a handful of
 * locales, so they are kept: the same output as formatMoney and formatDay, made once.
 */
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dayLabels = new Map<string, string>();
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= 1000) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}

function money(minor: number, currency: string, locale: string): string {
  const format = cached(
    moneyFormats,
    `${locale}|${currency}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
  );
  // Intl formats the decimal string exactly, as formatMoney does.
  return format.format(minorToDecimal(minor, currency) as `${number}`);
}

function day(isoDate: string, locale: string): string {
  return cached(dayLabels, `${isoDate}|${locale}`, () => formatDay(isoDate, locale, isoDate));
}

/** Categories listed per currency; the rest are counted, not summed, so the text stays short. */
const maxCategoryLines = 8;

export function renderDigestText(digest: WeeklyDigest, user: Pick<User, 'locale'>): string {
  const { locale } = user;
  // Both ends are labelled as in the week's own year.
  const range = `${cached(dayLabels, `${digest.period.from}|${digest.period.to}|${locale}`, () => formatDay(digest.period.from, locale, digest.period.to))} – ${day(digest.period.to, locale)}`;
  if (digest.currencies.length === 0) {
    return `Week ${digest.week} (${range}): no expenses recorded — nothing to report.`;
  }
  const lines = [`Your week ${digest.week} (${range})`];
  const several = digest.currencies.length > 1;
  for (const currency of digest.currencies) lines.push('', ...currencyLines(currency, locale, several));
  return lines.join('\n');
}

function currencyLines(block: DigestCurrency, locale: string, several: boolean): string[] {
  const amount = (minor: number) => money(minor, block.currency, locale);
  const count = block.total.count === 1 ? '1 expense' : `${block.total.count} expenses`;
  const lines = [
    `${several ? `${block.currency} total` : 'Total'}: ${amount(block.total.minor)} in ${count} (${changeText(block.totalChange, true)})`,
  ];
  for (const row of block.categories.slice(0, maxCategoryLines)) {
    lines.push(`• ${row.category} ${amount(row.minor)} ${changeText(row.change, false)}`);
  }
  const more = block.categories.length - maxCategoryLines;
  if (more > 0) lines.push(`• … and ${more} more ${more === 1 ? 'category' : 'categories'}`);
  const largest = block.largest.map(
    (expense) => `#${expense.number} ${amount(expense.minor)} ${expense.category} (${day(expense.spentOn, locale)})`,
  );
  lines.push(`Largest: ${largest.join(' · ')}`);
  lines.push(`Biggest day: ${weekdayDay(block.topDay.date, locale)}, ${amount(block.topDay.minor)}`);
  return lines;
}

function changeText(change: DigestChange, total: boolean): string {
  const suffix = total ? ' vs the week before' : '';
  switch (change.kind) {
    case 'new':
      return total ? 'nothing the week before' : 'new';
    case 'same':
      return `same${suffix}`;
    case 'up':
      return `↑ ${change.percent}%${suffix}`;
    case 'down':
      return `↓ ${change.percent}%${suffix}`;
  }
}

function weekdayDay(isoDate: string, locale: string): string {
  const format = cached(
    weekdayFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }),
  );
  return `${format.format(new Date(`${isoDate}T00:00:00Z`))} ${day(isoDate, locale)}`;
}
