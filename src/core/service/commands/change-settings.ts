/** Shows or changes the user's time zone, currency, locale, week start, digest opt-in and digest time. */
import type { DigestSendAt } from '../../digest/digest-send-at.ts';
import type { User } from '../../domain/user.ts';
import type { SettingsChanges } from '../../parse/intent.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

const weekdayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export async function changeSettings(ctx: CommandContext, changes: SettingsChanges): Promise<CommandResult> {
  const { digestSendAt, ...userChanges } = changes;
  const changed = Object.keys(changes).length > 0;
  // The digest time lives beside the user row (with the digest's other per-user state), so it is saved apart.
  if (digestSendAt !== undefined) await ctx.store.setDigestSendAt(ctx.user.id, digestSendAt);
  const user =
    Object.keys(userChanges).length > 0 ? await ctx.store.updateUserSettings(ctx.user.id, userChanges) : ctx.user;
  const ownSendAt = await ctx.store.findDigestSendAt(user.id);
  const digestTime = { sendAt: ownSendAt ?? ctx.settings.digestSendAt, own: ownSendAt !== undefined };
  return {
    reply: textReply(
      'settings',
      describeSettings(user, digestTime, changed ? 'Saved. Your settings now:' : 'Your settings:'),
    ),
    ...(changed ? { events: [`settings changed: ${JSON.stringify(changes)}`] } : {}),
  };
}

function describeSettings(user: User, digestTime: { sendAt: DigestSendAt; own: boolean }, heading: string): string {
  return [
    heading,
    `• time zone: ${user.timeZone}`,
    `• currency: ${user.currency}`,
    `• locale: ${user.locale}`,
    `• week starts on: ${weekdayNames[user.weekStart]}`,
    `• weekly digest: ${user.digestEnabled ? `on, ${describeSendAt(digestTime.sendAt)}${digestTime.own ? '' : ' (the default)'}` : 'off'}`,
    '',
    'Change with e.g. "set timezone Europe/London", "set currency USD", "set week start sunday", "digest off",',
    '"digest sunday 18:00".',
  ].join('\n');
}

/** { weekday: 7, hour: 18, minute: 0 } → "Sundays at 18:00". */
function describeSendAt(sendAt: DigestSendAt): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${weekdayNames[sendAt.weekday]}s at ${pad(sendAt.hour)}:${pad(sendAt.minute)}`;
}
