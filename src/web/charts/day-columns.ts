/**
 * The overview's by-day chart, drawn by the server as SVG: a column per day of the period (an empty day has none),
 * the largest day's sum above its column, a few day labels under the axis. Positions along the axis are
 * percentages, so the chart fills any width without a script; heights are pixels of a fixed plot.
 */
import { formatDay, formatMonth, formatWeekday } from '../../core/format/date-label.ts';
import { type Html, html } from '../html.ts';

export interface ChartDay {
  /** ISO date. */
  readonly date: string;
  readonly minor: number;
  /** The sum as the user reads it ("₹430.50"). */
  readonly formatted: string;
}

const height = 200;
const plotTop = 24;
const baseline = 172;
const tickY = 190;
/** Share of a day's slot its column takes; the rest is the gap between columns. */
const columnShare = 0.7;

export function dayColumns(
  id: string,
  label: string,
  days: ReadonlyArray<ChartDay>,
  locale: string,
  today: string,
): Html {
  const slot = 100 / Math.max(days.length, 1);
  const largest = Math.max(1, ...days.map((day) => day.minor));
  const peakIndex = days.reduce((best, day, index) => (day.minor > (days[best]?.minor ?? 0) ? index : best), 0);
  const columns = days.map((day, index) => {
    const columnHeight = day.minor === 0 ? 0 : Math.max(1, ((baseline - plotTop) * day.minor) / largest);
    const name = `${formatWeekday(day.date, locale)} ${formatDay(day.date, locale, today)}`;
    return html`<rect class="column" x="${(index * slot + (slot * (1 - columnShare)) / 2).toFixed(3)}%" y="${(baseline - columnHeight).toFixed(1)}" width="${(slot * columnShare).toFixed(3)}%" height="${columnHeight.toFixed(1)}"><title>${name}: ${day.minor === 0 ? 'nothing' : day.formatted}</title></rect>`;
  });
  const ticks = dayTicks(days, locale, today).map(
    (tick) =>
      html`<text class="tick" x="${((tick.index + 0.5) * slot).toFixed(3)}%" y="${tickY}" text-anchor="middle">${tick.text}</text>`,
  );
  const peak = days[peakIndex];
  return html`<svg class="column-chart" id="${id}" role="img" aria-label="${label}" width="100%" height="${height}">
<line class="axis" x1="0" x2="100%" y1="${baseline + 0.5}" y2="${baseline + 0.5}"/>
${columns}
${ticks}
${peak && peak.minor > 0 ? peakLabel(peak, peakIndex, days.length, slot, largest) : ''}
</svg>`;
}

/** The largest day's sum above its column, kept inside the chart when that day is near either end. */
function peakLabel(peak: ChartDay, index: number, dayCount: number, slot: number, largest: number): Html {
  const top = baseline - ((baseline - plotTop) * peak.minor) / largest;
  const nearStart = index < dayCount * 0.2;
  const nearEnd = index >= dayCount * 0.8;
  const x = nearStart ? index * slot : nearEnd ? (index + 1) * slot : (index + 0.5) * slot;
  const anchor = nearStart ? 'start' : nearEnd ? 'end' : 'middle';
  return html`<text class="peak" x="${x.toFixed(3)}%" y="${(top - 8).toFixed(1)}" text-anchor="${anchor}">${peak.formatted}</text>`;
}

interface DayTick {
  readonly index: number;
  readonly text: string;
}

/**
 * The days named under the axis, at most about seven so that they fit a phone: every weekday of a week; every
 * few days of a month or so; the first of each month (or of every few months) over longer ranges.
 */
export function dayTicks(days: ReadonlyArray<ChartDay>, locale: string, today: string): DayTick[] {
  if (days.length <= 7) return days.map((day, index) => ({ index, text: formatWeekday(day.date, locale) }));
  if (days.length <= 62) {
    const step = Math.ceil(days.length / 6);
    return days
      .map((day, index) => ({ index, text: formatDay(day.date, locale, today) }))
      .filter((tick) => tick.index % step === 0);
  }
  const monthStarts = days.flatMap((day, index) => (day.date.endsWith('-01') ? [{ index, date: day.date }] : []));
  const step = Math.ceil(monthStarts.length / 7);
  // Across a new year, the first label and each January carry their year.
  const spansYears = (days[0]?.date.slice(0, 4) ?? '') !== (days.at(-1)?.date.slice(0, 4) ?? '');
  return monthStarts
    .filter((_, position) => position % step === 0)
    .map((start, position) => ({
      index: start.index,
      text: formatMonth(start.date, locale, spansYears && (position === 0 || start.date.slice(5, 7) === '01')),
    }));
}
