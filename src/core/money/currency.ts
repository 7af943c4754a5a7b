/** ISO 4217 currencies as the runtime's Intl data knows them: which codes exist and how many minor digits each has. */

const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
const digitsCache = new Map<string, number>();

export function isKnownCurrency(code: string): boolean {
  return knownCurrencies.has(code.toUpperCase());
}

/** Minor-unit digits of a currency (INR 2, JPY 0, BHD 3), from the ISO 4217 data in ICU. */
export function minorDigits(code: string): number {
  const upper = code.toUpperCase();
  let digits = digitsCache.get(upper);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency: upper }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(upper, digits);
  }
  return digits;
}
