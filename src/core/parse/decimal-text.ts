/** Written numbers as plain decimal strings ("1,25,000" → "125000", "4,20" → "4.20", "1.299,00" → "1299.00"), never through floats. */

const western = /^\d{1,3}(?:,\d{3})+$/;
const indian = /^\d{1,2}(?:,\d{2})*,\d{3}$/;
const dottedThousands = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Reads a number the way it is written where its writer lives: "1,250" and "1,25,000" group thousands,
 * "4,20" and "1.299,00" use a decimal comma, "2.500 €" and "1.299.000" group with dots where that is the
 * writer's custom (not "1.250" BHD, a decimal). `currencyDigits` is the minor digits of the amount's currency.
 * Undefined for other placements ("1,2,3", "12,3456"), which are more likely typos than amounts.
 */
export function plainDecimal(text: string, currencyDigits = 2, writerGroupsWithDots = false): string | undefined {
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one is the decimal point, the other groups.
    const decimalAt = Math.max(lastComma, lastDot);
    const grouping = lastComma > lastDot ? '.' : ',';
    const whole = text.slice(0, decimalAt);
    const fraction = text.slice(decimalAt + 1);
    const groupPattern = grouping === ',' ? [western, indian] : [dottedThousands];
    if (!/^\d+$/.test(fraction) || !groupPattern.some((pattern) => pattern.test(whole))) return undefined;
    return `${whole.replaceAll(grouping, '')}.${fraction}`;
  }
  if (lastComma >= 0) {
    if (western.test(text) || indian.test(text)) return text.replace(/,/g, '');
    // A single comma before one or two digits is a decimal comma: "4,20", "12,5".
    if (/^\d+,\d{1,2}$/.test(text)) return text.replace(',', '.');
    return undefined;
  }
  if (lastDot >= 0) {
    const groups = text.split('.').length - 1;
    // One dot before three digits groups thousands where the writer or the currency does ("1.200 €" from a
    // euro user, "Rp 50.000"); elsewhere it is a decimal point ("1.250" BHD) or a slip ("₹10.505").
    const dotsGroup = groups > 1 || currencyDigits === 0 || (currencyDigits !== 3 && writerGroupsWithDots);
    if (dottedThousands.test(text) && dotsGroup && !/^0\./.test(text)) {
      return text.replace(/\./g, '');
    }
    if (!/^\d*\.\d+$/.test(text)) return undefined;
    return text.startsWith('.') ? `0${text}` : text;
  }
  return /^\d+$/.test(text) ? text : undefined;
}

/** Multiplies a decimal string by 10^places by moving the point: "1.25" × 10³ → "1250", "50" × 10⁻² → "0.50". */
export function shiftDecimal(decimal: string, places: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  if (places < 0) {
    const digits = whole.padStart(-places + 1, '0');
    const cut = digits.length + places;
    const shifted = `${digits.slice(0, cut).replace(/^0+(?=\d)/, '')}.${digits.slice(cut)}${fraction}`;
    return shifted.replace(/\.?0+$/, '') || '0';
  }
  const padded = fraction.padEnd(places, '0');
  const shiftedWhole = `${whole}${padded.slice(0, places)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(places);
  return rest ? `${shiftedWhole}.${rest}` : shiftedWhole;
}
