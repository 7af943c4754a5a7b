/** Money as integer minor units plus an ISO 4217 code; conversions go through decimal strings, never floats. */
import { err, ok, type Result } from '../result.ts';
import { isKnownCurrency, minorDigits } from './currency.ts';

export interface Money {
  /** Integer count of the currency's minor units (paise, cents, fils). */
  readonly minor: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}

export type MoneyError =
  | { code: 'unknown_currency'; currency: string }
  | { code: 'not_a_number' }
  | { code: 'not_positive' }
  | { code: 'too_many_decimals'; currency: string; digits: number }
  | { code: 'too_large'; maxMajor: number; currency: string };

const decimalPattern = /^(\d+)(?:\.(\d+))?$/;

/**
 * Turns a plain decimal string ("1250.50", "1250") into Money, checking the currency,
 * the currency's decimals and the cap. The arithmetic is on digits, so nothing is rounded.
 */
export function moneyFromDecimal(decimal: string, currency: string, maxMajor: number): Result<Money, MoneyError> {
  const code = currency.toUpperCase();
  if (!isKnownCurrency(code)) return err({ code: 'unknown_currency', currency: code });
  const match = decimalPattern.exec(decimal.trim());
  if (!match) return err({ code: 'not_a_number' });
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const digits = minorDigits(code);
  if (fraction.length > digits) return err({ code: 'too_many_decimals', currency: code, digits });
  const minorText = (whole + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const minor = Number(minorText);
  if (minor === 0) return err({ code: 'not_positive' });
  if (!Number.isSafeInteger(minor) || minor > maxMajor * 10 ** digits) {
    return err({ code: 'too_large', maxMajor, currency: code });
  }
  return ok({ minor, currency: code });
}

/** 125050 INR → "1250.50"; 500 JPY → "500"; negative values keep their sign. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = Math.abs(minor)
    .toString()
    .padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Formats with the user's locale, e.g. ₹1,25,000.00 for en-IN. Intl takes the decimal string exactly. */
export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  // Building a formatter costs far more than using one, and the same few are used all the time.
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    formatters.set(key, formatter);
  }
  return formatter.format(minorToDecimal(money.minor, money.currency) as `${number}`);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A user-facing sentence for a MoneyError. */
export function describeMoneyError(error: MoneyError): string {
  switch (error.code) {
    case 'unknown_currency':
      return `I don't know the currency "${error.currency}". Use an ISO code like INR, USD or EUR.`;
    case 'not_a_number':
      return "That amount doesn't look like a number. Try something like 250 or 1,250.50.";
    case 'not_positive':
      return 'The amount has to be more than zero.';
    case 'too_many_decimals':
      return error.digits === 0
        ? `${error.currency} amounts have no decimals.`
        : `${error.currency} amounts have at most ${error.digits} decimal${error.digits === 1 ? '' : 's'}.`;
    case 'too_large':
      return `That's more than the limit of ${error.maxMajor.toLocaleString('en')} ${error.currency} for one expense. Check for a typo?`;
  }
}
