/** Whether a user's digest for the week that just ended is due: has their local send time in the following week come? */
import { DateTime } from 'luxon';
import type { User } from '../domain/user.ts';
import type { Clock } from '../time/clock.ts';
import type { DigestSendAt } from './digest-send-at.ts';

export type DigestDue = { readonly due: true; readonly week: string } | { readonly due: false };

/** How long after its send time a digest may still go out (a scheduler that was down catches up within this). */
export const defaultDigestCatchUpMs = 24 * 3600_000;

/**
 * A digest covers one ISO week (Monday to Sunday in the user's zone) and goes out at the first `sendAt` after
 * that week ends: with the default MON 09:00, Monday 09:00 local time. It stays due for `catchUpMs` after that,
 * so a late tick still sends it but a long outage (or a first deployment) does not send stale weeks. A user who
 * joined after the week ended gets none for it.
 */
export function digestDue(
  user: Pick<User, 'timeZone' | 'createdAt'>,
  sendAt: DigestSendAt,
  clock: Clock,
  catchUpMs = defaultDigestCatchUpMs,
): DigestDue {
  const local = DateTime.fromJSDate(clock.now(), { zone: user.timeZone });
  if (!local.isValid) return { due: false };
  const weekStart = local.startOf('day').minus({ days: local.weekday - 1 });
  // Calendar arithmetic in the user's zone, so a DST change that week cannot shift it; a time that does not
  // exist that day (a spring-forward gap) is moved forward by luxon.
  const sendTime = weekStart.plus({ days: sendAt.weekday - 1 }).set({ hour: sendAt.hour, minute: sendAt.minute });
  if (local < sendTime || local.toMillis() - sendTime.toMillis() >= catchUpMs) return { due: false };
  if (Date.parse(user.createdAt) >= weekStart.toMillis()) return { due: false };
  const previous = weekStart.minus({ days: 7 });
  return { due: true, week: `${previous.weekYear}-W${String(previous.weekNumber).padStart(2, '0')}` };
}
