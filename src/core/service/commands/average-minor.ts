/** Averages of money in minor units: integer arithmetic, rounded half up to a whole minor unit. */

/**
 * `total / divisor` rounded to the nearest minor unit, halves up (₹10.005 → ₹10.01), in BigInt so a sum
 * near the safe-integer limit is not rounded along the way. Totals here are sums of positive amounts.
 */
export function averageMinor(total: number, divisor: number): number {
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(divisor) || divisor <= 0) {
    throw new RangeError(`Cannot average ${total} over ${divisor}`);
  }
  const sum = BigInt(total);
  const by = BigInt(divisor);
  const rounded = sum >= 0n ? (2n * sum + by) / (2n * by) : -((-2n * sum + by) / (2n * by));
  return Number(rounded);
}
