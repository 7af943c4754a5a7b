/** The month report's charts as SVG, drawn the way the digest's chart is: category bars, and a column per day. */

import { formatMoney } from '../../core/money/money.ts';
import type { ReportCurrency } from '../../core/reports/month-report.ts';
import { addDays } from '../../core/time/calendar-date.ts';
import type { Period } from '../../core/time/period.ts';
import {
  barRowsSvg,
  type ChartSize,
  chartFont,
  em,
  escapeXml,
  svgText,
  truncate,
} from '../../digest/chart/svg-parts.ts';

/** Bars drawn at most; the workbook lists every category. */
export const maxCategoryBars = 10;
const pad = 16;
const top = 64;

/** One horizontal bar per category, largest first, each labelled with its formatted sum. */
export function categoryBarsSvg(block: ReportCurrency, locale: string, title: string, size: ChartSize): string {
  const rows = block.byCategory.slice(0, maxCategoryBars).map((row) => ({
    label: truncate(row.category, 22),
    value: formatMoney({ minor: row.minor, currency: block.currency }, locale),
    minor: row.minor,
  }));
  const hidden = block.byCategory.length - rows.length;
  const subtitle = hidden > 0 ? `top ${rows.length} of ${block.byCategory.length} categories` : 'by category';
  return frame(size, title, subtitle, barRowsSvg(rows, size, top));
}

/** One column per day of the period (days without spending stay empty), the largest day labelled. */
export function dailyColumnsSvg(
  block: ReportCurrency,
  period: Period,
  locale: string,
  title: string,
  size: ChartSize,
): string {
  const byDate = new Map(block.byDay.map((row) => [row.date, row.minor]));
  const days: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  const bottom = size.height - 36;
  const left = pad + 8;
  const slot = (size.width - left - pad) / Math.max(days.length, 1);
  const largest = Math.max(1, ...block.byDay.map((row) => row.minor));
  const peak = block.byDay.reduce<{ date: string; minor: number } | undefined>(
    (best, row) => (!best || row.minor > best.minor ? row : best),
    undefined,
  );
  const columns = days.map((day, index) => {
    const minor = byDate.get(day) ?? 0;
    const height = ((bottom - top - 20) * minor) / largest;
    const x = left + index * slot + slot * 0.15;
    const parts = [];
    if (minor > 0)
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(bottom - height).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${Math.max(1, height).toFixed(1)}" fill="#4c78a8"/>`,
      );
    const dayOfMonth = Number(day.slice(8, 10));
    if (dayOfMonth === 1 || dayOfMonth % 5 === 0)
      parts.push(svgText(x + slot * 0.35, bottom + 16, String(dayOfMonth), 12, '#444', 'middle'));
    if (peak && day === peak.date) {
      const label = formatMoney({ minor, currency: block.currency }, locale);
      // Kept inside the picture when the peak is the first or last day.
      const half = (label.length * 12 * em) / 2;
      const centre = Math.min(Math.max(x + slot * 0.35, pad + half), size.width - pad - half);
      parts.push(svgText(centre, bottom - height - 10, label, 12, '#222', 'middle'));
    }
    return parts.join('');
  });
  return frame(size, title, 'by day', [
    `<line x1="${left}" y1="${bottom}" x2="${size.width - pad}" y2="${bottom}" stroke="#999" stroke-width="1"/>`,
    ...columns,
  ]);
}

function frame(size: ChartSize, title: string, subtitle: string, body: ReadonlyArray<string>): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${chartFont}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${pad}" y="30" font-size="18" font-weight="bold" fill="#111">${escapeXml(title)}</text>`,
    `<text x="${pad}" y="50" font-size="13" fill="#555">${escapeXml(subtitle)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}
