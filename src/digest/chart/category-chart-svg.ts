/** The digest chart as SVG: one horizontal bar per category, labelled with the formatted sum and its change. */

import type { DigestChange, DigestCurrency, WeeklyDigest } from '../../core/digest/weekly-digest.ts';
import type { User } from '../../core/domain/user.ts';
import { formatDay } from '../../core/format/date-label.ts';
import { formatMoney } from '../../core/money/money.ts';
import { barRowsSvg, type ChartSize, chartFont, escapeXml, truncate } from './svg-parts.ts';

/** Bars drawn at most; the text lists the same categories. */
export const maxChartBars = 8;

const pad = 16;
const top = 80;

/**
 * One currency per chart (amounts in two currencies share no axis): the one with the most expenses.
 * Bar lengths follow the database's minor-unit sums; each bar carries its formatted amount, so no axis is needed.
 */
export function categoryChartSvg(digest: WeeklyDigest, user: Pick<User, 'locale'>, size: ChartSize): string {
  const block = chartedCurrency(digest);
  const categories = block?.categories ?? [];
  const rows = categories.slice(0, maxChartBars).map((row) => ({
    label: truncate(row.category, 22),
    value: `${formatMoney({ minor: row.minor, currency: block?.currency ?? '' }, user.locale)}  ${changeLabel(row.change)}`,
    minor: row.minor,
  }));
  const range = `${formatDay(digest.period.from, user.locale, digest.period.to)} – ${formatDay(digest.period.to, user.locale, digest.period.to)}`;
  const hidden = categories.length - rows.length;
  const title = `Spending by category · ${digest.week}${digest.currencies.length > 1 ? ` · ${block?.currency}` : ''}`;
  const subtitle = hidden > 0 ? `${range} · top ${rows.length} of ${categories.length}` : range;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${chartFont}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${pad}" y="36" font-size="20" font-weight="bold" fill="#111">${escapeXml(title)}</text>`,
    `<text x="${pad}" y="60" font-size="13" fill="#555">${escapeXml(subtitle)}</text>`,
    ...barRowsSvg(rows, size, top),
    '</svg>',
  ].join('\n');
}

/** The currency a chart shows: the most expenses, then the currency code, for a stable choice. */
export function chartedCurrency(digest: WeeklyDigest): DigestCurrency | undefined {
  return [...digest.currencies].sort(
    (a, b) => b.total.count - a.total.count || a.currency.localeCompare(b.currency),
  )[0];
}

function changeLabel(change: DigestChange): string {
  switch (change.kind) {
    case 'new':
      return 'new';
    case 'same':
      return '±0%';
    case 'up':
      return `↑${change.percent}%`;
    case 'down':
      return `↓${change.percent}%`;
  }
}
