/** Written numbers as plain decimal strings ("1,25,000" → "125000", "1.2" × 10³ → "1200"), never through floats. */

const western = /^\d{1,3}(?:,\d{3})+$/;
const indian = /^\d{1,2}(?:,\d{2})*,\d{3}$/;

/**
 * "1,25,000" (Indian grouping) or "1,250,000" (western) → "125000" / "1250000"; ".5" → "0.5".
 * Undefined for other comma placements ("1,2", "12,34"), which are more likely typos than amounts.
 */
export function plainDecimal(text: string): string | undefined {
  const [whole = '', fraction, extra] = text.split('.');
  if (extra !== undefined || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  if (whole.includes(',') && !western.test(whole) && !indian.test(whole)) return undefined;
  const digits = whole.replace(/,/g, '') || '0';
  if (!/^\d+$/.test(digits)) return undefined;
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** Multiplies a decimal string by 10^places by moving the point: "1.25" × 10³ → "1250". */
export function shiftDecimal(decimal: string, places: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const padded = fraction.padEnd(places, '0');
  const shiftedWhole = `${whole}${padded.slice(0, places)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(places);
  return rest ? `${shiftedWhole}.${rest}` : shiftedWhole;
}
