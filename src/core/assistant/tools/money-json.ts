/** Money as tools report it: exact minor units, the currency, and the formatted string the model should quote. */
import { formatMoney, type Money } from '../../money/money.ts';

export interface MoneyJson {
  readonly minor: number;
  readonly currency: string;
  readonly formatted: string;
}

export function moneyJson(money: Money, locale: string): MoneyJson {
  return { minor: money.minor, currency: money.currency, formatted: formatMoney(money, locale) };
}
