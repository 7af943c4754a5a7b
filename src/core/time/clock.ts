/** Where "now" comes from: the system clock, or a pinned instant for reproducible runs (FINBOT_NOW). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: Date): Clock {
  return { now: () => new Date(instant.getTime()) };
}
