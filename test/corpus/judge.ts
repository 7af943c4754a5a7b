/** Judges the parser on one corpus case: which of amount, currency, category and date it got right. */
import { moneyFromDecimal } from '../../src/core/money/money.ts';
import type { Intent } from '../../src/core/parse/intent.ts';
import type { ExpenseCase } from './corpus.ts';

export interface Verdict {
  readonly stored: boolean;
  readonly amount: boolean;
  readonly currency: boolean;
  readonly category: boolean;
  readonly date: boolean;
  readonly fullyRight: boolean;
}

export function judgeExpense(expected: ExpenseCase, intent: Intent): Verdict {
  if (intent.kind !== 'add') {
    return { stored: false, amount: false, currency: false, category: false, date: false, fullyRight: false };
  }
  const money = moneyFromDecimal(expected.amount, expected.currency, 10_000_000);
  const amount = money.ok && money.value.minor === intent.amount.minor;
  const currency = intent.amount.currency === expected.currency;
  const category = intent.category.toLowerCase() === expected.category.toLowerCase();
  const date = intent.spentOn === expected.date;
  return { stored: true, amount, currency, category, date, fullyRight: amount && currency && category && date };
}

/** One line a person can read when a case fails. */
export function describeIntent(intent: Intent): string {
  if (intent.kind === 'add') {
    return `${intent.amount.minor} ${intent.amount.currency} ${intent.category} ${intent.spentOn}`;
  }
  return 'message' in intent ? `${intent.kind}: ${intent.message}` : intent.kind;
}
