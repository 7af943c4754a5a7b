/** The fixed context parser tests run in: Wednesday 25 Nov 2026, INR, en-IN, weeks from Monday. */
import type { ParseContext } from '../../src/core/parse/intent.ts';

export const parseContext: ParseContext = {
  today: '2026-11-25',
  defaultCurrency: 'INR',
  locale: 'en-IN',
  weekStart: 1,
  maxAmountMajor: 10_000_000,
};
