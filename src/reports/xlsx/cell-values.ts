/**
 * Spreadsheet cells for money and dates. Amounts are stored as integer minor units everywhere else; a cell needs a
 * number in major units, so the exact decimal string is turned into one here, for presentation only.
 */
import { minorDigits } from '../../core/money/currency.ts';
import { minorToDecimal } from '../../core/money/money.ts';

/** 125050 INR → 1250.5; 500 JPY → 500; 1234 BHD → 1.234. */
export function majorUnits(minor: number, currency: string): number {
  return Number(minorToDecimal(minor, currency));
}

/**
 * The cell format of a currency: its symbol and exactly its minor digits, e.g. `"₹"#,##0.00` for INR,
 * `"¥"#,##0` for JPY, `"BHD "#,##0.000` for the Bahraini dinar (no symbol of its own).
 */
export function currencyNumberFormat(currency: string): string {
  const digits = minorDigits(currency);
  const number = digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
  const symbol = currencySymbol(currency);
  const prefix = symbol === currency.toUpperCase() ? `"${symbol} "` : `"${symbol}"`;
  return `${prefix}${number};-${prefix}${number}`;
}

const symbols = new Map<string, string>();

function currencySymbol(currency: string): string {
  const code = currency.toUpperCase();
  let symbol = symbols.get(code);
  if (symbol === undefined) {
    const parts = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
      currencyDisplay: 'narrowSymbol',
    }).formatToParts(1);
    symbol = (parts.find((part) => part.type === 'currency')?.value ?? code).replace(/"/g, '');
    symbols.set(code, symbol);
  }
  return symbol;
}

export const dateFormat = 'yyyy-mm-dd';

/** A calendar date as a date cell: midnight UTC, which spreadsheets read as that day. */
export function dateCell(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
