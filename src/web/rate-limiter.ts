/**
 * A fixed-window count per key (the client's address), for the sign-in endpoints: enough to make guessing a
 * link's token or replaying initData slow, with no store beyond this process (each instance counts its own).
 */
export interface RateLimiter {
  /** Counts one attempt; undefined when allowed, else the seconds until the window ends. */
  take(key: string, nowMs: number): number | undefined;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key, nowMs) {
      // Old windows are dropped as the map grows, so a flood of addresses cannot fill memory.
      if (windows.size > 10_000) {
        for (const [known, window] of windows) if (nowMs - window.start >= windowMs) windows.delete(known);
      }
      const window = windows.get(key);
      if (!window || nowMs - window.start >= windowMs) {
        windows.set(key, { start: nowMs, count: 1 });
        return undefined;
      }
      window.count += 1;
      if (window.count <= limit) return undefined;
      return Math.max(1, Math.ceil((window.start + windowMs - nowMs) / 1000));
    },
  };
}
