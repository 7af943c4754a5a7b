/** Thrown when a week label is not an ISO week such as "2026-W47". */
export class UnknownWeekError extends Error {
  override name = 'UnknownWeekError';
}
