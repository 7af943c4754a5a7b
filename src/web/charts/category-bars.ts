/**
 * The overview's by-category chart, drawn by the server: one row per category (label, bar, formatted sum), largest
 * first. Plain HTML with a one-rectangle SVG per bar, so it is on screen with the page's first paint, needs no
 * script, follows the stylesheet's colours and fits any width (the bar's length is a percentage).
 */
import { type Html, html } from '../html.ts';

export interface ChartBar {
  readonly label: string;
  readonly minor: number;
  /** The sum as the user reads it ("₹680.50"). */
  readonly formatted: string;
}

/** Bars drawn at most; the table beside the chart lists every category. */
export const maxCategoryBars = 12;

export function categoryBars(id: string, label: string, bars: ReadonlyArray<ChartBar>): Html {
  const drawn = bars.slice(0, maxCategoryBars);
  const largest = Math.max(1, ...drawn.map((bar) => bar.minor));
  const rows = drawn.map(
    (bar) => html`<div class="bar-row" title="${bar.label}: ${bar.formatted}">
  <span class="bar-label">${bar.label}</span>
  <svg class="bar-track" width="100%" height="16" aria-hidden="true" focusable="false"><rect class="bar" height="16" rx="3" width="${barPercent(bar.minor, largest)}%"/></svg>
  <span class="bar-value">${bar.formatted}</span>
</div>`,
  );
  const hidden = bars.length - drawn.length;
  return html`<div class="bar-chart" id="${id}" role="img" aria-label="${label}">
${rows}
${hidden > 0 ? html`<p class="chart-note">The ${drawn.length} largest of ${bars.length} categories; the table lists all.</p>` : ''}
</div>`;
}

/** A bar's length against the largest, in percent of the track; never so thin that it disappears. */
export function barPercent(minor: number, largest: number): string {
  return Math.max(0.5, (100 * minor) / largest).toFixed(1);
}
