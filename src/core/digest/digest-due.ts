/** Whether a user's weekly digest is due: has their local send time come, and which week does it cover? */
import { DateTime } from 'luxon';
import type { User } from '../domain/user.ts';
import type { Clock } from '../time/clock.ts';
import type { DigestSendAt } from './digest-send-at.ts';

export type DigestDue = { readonly due: true; readonly week: string } | { readonly due: false };

/** How long after its send time a digest may still go out (a scheduler that was down catches up within this). */
export const defaultDigestCatchUpMs = 24 * 3600_000;

/** Friday: from here on a send time reviews the week it falls in. */
const firstLateWeekday = 5;

/**
 * A digest covers one ISO week (Monday to Sunday in the user's zone). A send time early in the week (Monday to
 * Thursday; the default MON 09:00) reviews the week that just ended; one late in the week (Friday to Sunday,
 * "sunday 18:00") reviews the week it falls in, as people who choose a weekend review expect. Each week thus has
 * one send time. It stays due for `catchUpMs` after that, so a late tick still sends it but a long outage (or a
 * first deployment) does not send stale weeks. A user who joined after the covered week ended gets none for it.
 */
export function digestDue(
  user: Pick<User, 'timeZone' | 'createdAt'>,
  sendAt: DigestSendAt,
  clock: Clock,
  catchUpMs = defaultDigestCatchUpMs,
): DigestDue {
  const local = DateTime.fromJSDate(clock.now(), { zone: user.timeZone });
  if (!local.isValid) return { due: false };
  const thisWeekStart = startOfIsoWeek(local);
  // The latest send time that has come: this week's, or last week's (a Sunday 23:58 one is still catching up
  // on Monday).
  let weekStart = thisWeekStart;
  let sendTime = sendTimeIn(weekStart, sendAt);
  if (local < sendTime) {
    weekStart = thisWeekStart.minus({ days: 7 });
    sendTime = sendTimeIn(weekStart, sendAt);
  }
  if (local.toMillis() - sendTime.toMillis() >= catchUpMs) return { due: false };
  const covered = coveredWeekStart(weekStart, sendAt);
  if (Date.parse(user.createdAt) >= covered.plus({ days: 7 }).toMillis()) return { due: false };
  return { due: true, week: `${covered.weekYear}-W${String(covered.weekNumber).padStart(2, '0')}` };
}

/** The next send time still to come, as the user's calendar date, and the first day of the week it covers. */
export function nextDigest(
  timeZone: string,
  sendAt: DigestSendAt,
  now: Date,
): { readonly date: string; readonly coversFrom: string } | undefined {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (!local.isValid) return undefined;
  let weekStart = startOfIsoWeek(local);
  if (sendTimeIn(weekStart, sendAt) <= local) weekStart = weekStart.plus({ days: 7 });
  const date = sendTimeIn(weekStart, sendAt).toISODate();
  const coversFrom = coveredWeekStart(weekStart, sendAt).toISODate();
  return date && coversFrom ? { date, coversFrom } : undefined;
}

function startOfIsoWeek(local: DateTime): DateTime {
  return local.startOf('day').minus({ days: local.weekday - 1 });
}

/**
 * Calendar arithmetic in the user's zone, so a DST change that week cannot shift it; a time that does not exist
 * that day (a spring-forward gap) is moved forward by luxon.
 */
function sendTimeIn(weekStart: DateTime, sendAt: DigestSendAt): DateTime {
  return weekStart.plus({ days: sendAt.weekday - 1 }).set({ hour: sendAt.hour, minute: sendAt.minute });
}

/** The send time in the week starting `weekStart` covers that week when late in the week, else the one before. */
function coveredWeekStart(weekStart: DateTime, sendAt: DigestSendAt): DateTime {
  return sendAt.weekday >= firstLateWeekday ? weekStart : weekStart.minus({ days: 7 });
}
