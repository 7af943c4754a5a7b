/** What the digest's and the month report's SVG charts share: the font, text escaping, and labelled bars. */

export const chartFont = 'DejaVu Sans';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export interface BarRow {
  readonly label: string;
  /** The formatted sum (and anything after it) written beside the bar. */
  readonly value: string;
  /** The length: the database's minor-unit sum. */
  readonly minor: number;
}

const pad = 16;
const labelSize = 14;
const valueSize = 13;
/** DejaVu Sans averages a little under 0.6 em per character; enough to lay out labels without measuring. */
export const em = 0.6;

/**
 * One horizontal bar per row from `top` down, labelled on the left and followed by its value, with an axis line
 * where the bars start; a bar's length is its sum against the largest, so no scale is needed.
 */
export function barRowsSvg(rows: ReadonlyArray<BarRow>, size: ChartSize, top: number): string[] {
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
      svgText(barStart - 10, middle, row.label, labelSize, '#222', 'end'),
      `<rect x="${barStart}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${barHeight.toFixed(1)}" rx="3" fill="#4c78a8"/>`,
      svgText(barStart + width + 8, middle, row.value, valueSize, '#333'),
    ].join('');
  });
  return [
    `<line x1="${barStart}" y1="${top - 6}" x2="${barStart}" y2="${size.height - pad}" stroke="#999" stroke-width="1"/>`,
    ...bars,
  ];
}

export function svgText(
  x: number,
  y: number,
  content: string,
  fontSize: number,
  fill: string,
  anchor = 'start',
): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${fontSize}" text-anchor="${anchor}" dominant-baseline="central" fill="${fill}">${escapeXml(content)}</text>`;
}

export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
