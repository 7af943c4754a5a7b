/** Whether a user's digest for the week that just ended is due: has their local send time in the following week come? */
import { DateTime } from 'luxon';
import type { User } from '../domain/user.ts';
import type { Clock } from '../time/clock.ts';
import type { DigestSendAt } from './digest-send-at.ts';

export type DigestDue = { readonly due: true; readonly week: string } | { readonly due: false };

/**
 * A digest covers one ISO week (Monday to Sunday in the user's zone) and goes out at the first `sendAt` after
 * that week ends: with the default MON 09:00, Monday 09:00 local time. From then on it stays due for the rest
 * of that following week (a scheduler that was down catches up); once the week after begins, the next one is.
 */
export function digestDue(user: Pick<User, 'timeZone'>, sendAt: DigestSendAt, clock: Clock): DigestDue {
  const local = DateTime.fromJSDate(clock.now(), { zone: user.timeZone });
  if (!local.isValid) return { due: false };
  const weekStart = local.startOf('day').minus({ days: local.weekday - 1 });
  // Calendar arithmetic in the user's zone, so a DST change that week cannot shift it; a time that does not
  // exist that day (a spring-forward gap) is moved forward by luxon.
  const sendTime = weekStart.plus({ days: sendAt.weekday - 1 }).set({ hour: sendAt.hour, minute: sendAt.minute });
  if (local < sendTime) return { due: false };
  const previous = weekStart.minus({ days: 7 });
  return { due: true, week: `${previous.weekYear}-W${String(previous.weekNumber).padStart(2, '0')}` };
}
