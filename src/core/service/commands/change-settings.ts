/** Shows or changes the user's time zone, currency, locale, week start, digest opt-in and digest time. */
import { nextDigest } from '../../digest/digest-due.ts';
import type { DigestSendAt } from '../../digest/digest-send-at.ts';
import type { User } from '../../domain/user.ts';
import { formatDay } from '../../format/date-label.ts';
import type { SettingsChanges } from '../../parse/intent.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';
import { withDashboardButton } from './dashboard-link.ts';

const weekdayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export async function changeSettings(ctx: CommandContext, changes: SettingsChanges): Promise<CommandResult> {
  const { digestSendAt, ...userChanges } = changes;
  const changed = Object.keys(changes).length > 0;
  // The digest time lives beside the user row (with the digest's other per-user state), so it is saved apart.
  if (digestSendAt !== undefined) await ctx.store.setDigestSendAt(ctx.user.id, digestSendAt);
  const user =
    Object.keys(userChanges).length > 0 ? await ctx.store.updateUserSettings(ctx.user.id, userChanges) : ctx.user;
  const ownSendAt = await ctx.store.findDigestSendAt(user.id);
  const sendAt = ownSendAt ?? ctx.settings.digestSendAt;
  const next = nextDigest(user.timeZone, sendAt, new Date(ctx.now));
  const heading = changed ? 'Saved. Your settings now:' : 'Your settings:';
  return {
    reply: withDashboardButton(
      ctx,
      textReply('settings', describeSettings(user, { sendAt, own: ownSendAt !== undefined, next }, heading, ctx.today)),
    ),
    ...(changed ? { events: [`settings changed: ${JSON.stringify(changes)}`] } : {}),
  };
}

interface DigestTime {
  readonly sendAt: DigestSendAt;
  /** The user chose it (else it is the deployment's default). */
  readonly own: boolean;
  readonly next: ReturnType<typeof nextDigest>;
}

function describeSettings(user: User, digestTime: DigestTime, heading: string, today: string): string {
  return [
    heading,
    `• time zone: ${user.timeZone}`,
    `• currency: ${user.currency}`,
    `• locale: ${user.locale}`,
    `• week starts on: ${weekdayNames[user.weekStart]}`,
    `• weekly digest: ${user.digestEnabled ? describeDigestTime(digestTime, user.locale, today) : 'off'}`,
    '',
    'Change with e.g. "set timezone Europe/London", "set currency USD", "set week start sunday", "digest off",',
    '"digest sunday 18:00".',
  ].join('\n');
}

/** "on, Sundays at 18:00; next on 29 Nov, for the week of 23 Nov". */
function describeDigestTime(time: DigestTime, locale: string, today: string): string {
  const when = `on, ${describeSendAt(time.sendAt)}${time.own ? '' : ' (the default)'}`;
  if (!time.next) return when;
  const next = formatDay(time.next.date, locale, today);
  return `${when}; next on ${next}, for the week of ${formatDay(time.next.coversFrom, locale, today)}`;
}

/** { weekday: 7, hour: 18, minute: 0 } → "Sundays at 18:00". */
function describeSendAt(sendAt: DigestSendAt): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${weekdayNames[sendAt.weekday]}s at ${pad(sendAt.hour)}:${pad(sendAt.minute)}`;
}
