/** The digest as plain text in the user's locale: short enough for a photo caption in the usual case. */
import type { User } from '../domain/user.ts';
import { formatDay } from '../format/date-label.ts';
import { formatMoney } from '../money/money.ts';
import type { DigestChange, DigestCurrency, WeeklyDigest } from './weekly-digest.ts';

/** Categories listed per currency; the rest are counted, not summed, so the text stays short. */
const maxCategoryLines = 8;

export function renderDigestText(digest: WeeklyDigest, user: Pick<User, 'locale'>): string {
  const { locale } = user;
  const range = `${formatDay(digest.period.from, locale, digest.period.to)} – ${formatDay(digest.period.to, locale, digest.period.to)}`;
  if (digest.currencies.length === 0) {
    return `Week ${digest.week} (${range}): no expenses recorded — nothing to report.`;
  }
  const lines = [`Your week ${digest.week} (${range})`];
  const several = digest.currencies.length > 1;
  for (const currency of digest.currencies) lines.push('', ...currencyLines(currency, locale, several));
  return lines.join('\n');
}

function currencyLines(block: DigestCurrency, locale: string, several: boolean): string[] {
  const money = (minor: number) => formatMoney({ minor, currency: block.currency }, locale);
  const count = block.total.count === 1 ? '1 expense' : `${block.total.count} expenses`;
  const lines = [
    `${several ? `${block.currency} total` : 'Total'}: ${money(block.total.minor)} in ${count} (${changeText(block.totalChange, true)})`,
  ];
  for (const row of block.categories.slice(0, maxCategoryLines)) {
    lines.push(`• ${row.category} ${money(row.minor)} ${changeText(row.change, false)}`);
  }
  const more = block.categories.length - maxCategoryLines;
  if (more > 0) lines.push(`• … and ${more} more ${more === 1 ? 'category' : 'categories'}`);
  const largest = block.largest.map(
    (expense) =>
      `#${expense.number} ${money(expense.minor)} ${expense.category} (${formatDay(expense.spentOn, locale, expense.spentOn)})`,
  );
  lines.push(`Largest: ${largest.join(' · ')}`);
  lines.push(`Biggest day: ${weekdayDay(block.topDay.date, locale)}, ${money(block.topDay.minor)}`);
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
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
  return `${weekday} ${formatDay(isoDate, locale, isoDate)}`;
}
