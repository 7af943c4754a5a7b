/** The Vega-Lite spec of a digest's chart: one horizontal bar per category, labelled with the formatted sum and change. */
import type { TopLevelSpec } from 'vega-lite';
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

/**
 * One currency per chart (amounts in two currencies share no axis): the one with the most expenses.
 * Bar lengths are the database's minor-unit sums; the axis is hidden and each bar carries its formatted amount.
 */
export function categoryChartSpec(digest: WeeklyDigest, user: Pick<User, 'locale'>, size: ChartSize): TopLevelSpec {
  const block = chartedCurrency(digest);
  // Already largest first; the y scale keeps data order.
  const rows = (block?.categories ?? []).slice(0, maxChartBars).map((row) => ({
    category: row.category,
    minor: row.minor,
    label: `${formatMoney({ minor: row.minor, currency: block?.currency ?? '' }, user.locale)}  ${changeLabel(row.change)}`,
  }));
  const largest = rows[0]?.minor ?? 0;
  const range = `${formatDay(digest.period.from, user.locale, digest.period.to)} – ${formatDay(digest.period.to, user.locale, digest.period.to)}`;
  const hidden = (block?.categories.length ?? 0) - rows.length;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    height: size.height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: 16,
    background: 'white',
    title: {
      text: `Spending by category · ${digest.week}${digest.currencies.length > 1 ? ` · ${block?.currency}` : ''}`,
      subtitle: hidden > 0 ? `${range} · top ${rows.length} of ${rows.length + hidden}` : range,
      anchor: 'start',
      fontSize: 18,
      subtitleFontSize: 13,
    },
    data: { values: rows },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: null, title: null, axis: { labelFontSize: 14 } },
      x: {
        field: 'minor',
        type: 'quantitative',
        axis: null,
        // Room to the right of the longest bar for its label.
        scale: { domain: [0, Math.max(1, Math.ceil(largest * 1.45))] },
      },
    },
    layer: [
      { mark: { type: 'bar', color: '#4c78a8', cornerRadiusEnd: 3 } },
      {
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 13, color: '#333' },
        encoding: { text: { field: 'label' } },
      },
    ],
    config: { font: chartFont, view: { stroke: null } },
  } as TopLevelSpec;
}

/** The currency a chart shows: the most expenses, then the larger total's code order for a stable choice. */
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
