/** The JSON shape of a user's weekly stats, shared by the HTTP API and `finbot stats --json`. */
import type { WeeklyStats } from '../core/domain/stats.ts';
import type { User } from '../core/domain/user.ts';

export function statsJson(user: User, stats: WeeklyStats): object {
  return {
    user: { platform: user.platform, platformUserId: user.platformUserId, timeZone: user.timeZone },
    week: stats.week,
    from: stats.period.from,
    to: stats.period.to,
    currencies: stats.currencies,
  };
}
