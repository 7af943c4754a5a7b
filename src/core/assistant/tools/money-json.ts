/**
 * Money as tools report it: the amount as a decimal string in major units, the currency, and the formatted string
 * the model should quote. Never minor units: a model that repeats "37000" for ₹370.00 misleads by a factor of 100.
 */
import { formatMoney, type Money, minorToDecimal } from '../../money/money.ts';

export interface MoneyJson {
  /** "370.00" for ₹370.00, "500" for ¥500: the currency's own decimals, sign kept. */
  readonly decimal: string;
  readonly currency: string;
  readonly formatted: string;
}

export function moneyJson(money: Money, locale: string): MoneyJson {
  return {
    decimal: minorToDecimal(money.minor, money.currency),
    currency: money.currency,
    formatted: formatMoney(money, locale),
  };
}
