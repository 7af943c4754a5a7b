/** The digest chart as SVG: one horizontal bar per category, labelled with the formatted sum and its change. */

import type { DigestChange, DigestCurrency, WeeklyDigest } from '../../core/digest/weekly-digest.ts';
import type { User } from '../../core/domain/user.ts';
import { formatDay } from '../../core/format/date-label.ts';
import { formatMoney } from '../../core/money/money.ts';

export const chartFont = 'DejaVu Sans';
/** Bars drawn at most; the text lists the same categories. */
export const maxChartBars = 8;

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

const pad = 16;
const top = 80;
const labelSize = 14;
const valueSize = 13;
/** DejaVu Sans averages a little under 0.6 em per character; enough to lay out labels without measuring. */
const em = 0.6;

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

  const labelWidth = Math.min(size.width * 0.3, Math.max(40, ...rows.map((row) => row.label.length * labelSize * em)));
  const valueWidth = Math.max(0, ...rows.map((row) => row.value.length * valueSize * em));
  const barStart = pad + labelWidth + 10;
  const barSpace = Math.max(20, size.width - pad - valueWidth - 8 - barStart);
  const rowHeight = (size.height - top - pad) / Math.max(rows.length, 5);
  const barHeight = rowHeight * 0.7;
  const largest = Math.max(1, ...rows.map((row) => row.minor));

  const bars = rows.map((row, index) => {
    const y = top + index * rowHeight;
    const width = Math.max(2, (barSpace * row.minor) / largest);
    const middle = y + barHeight / 2;
    return [
      `<text x="${barStart - 10}" y="${middle}" font-size="${labelSize}" text-anchor="end" dominant-baseline="central" fill="#222">${escapeXml(row.label)}</text>`,
      `<rect x="${barStart}" y="${y}" width="${width.toFixed(1)}" height="${barHeight.toFixed(1)}" rx="3" fill="#4c78a8"/>`,
      `<text x="${(barStart + width + 8).toFixed(1)}" y="${middle}" font-size="${valueSize}" dominant-baseline="central" fill="#333">${escapeXml(row.value)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${chartFont}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${pad}" y="36" font-size="20" font-weight="bold" fill="#111">${escapeXml(title)}</text>`,
    `<text x="${pad}" y="60" font-size="13" fill="#555">${escapeXml(subtitle)}</text>`,
    `<line x1="${barStart}" y1="${top - 6}" x2="${barStart}" y2="${size.height - pad}" stroke="#999" stroke-width="1"/>`,
    ...bars,
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

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
