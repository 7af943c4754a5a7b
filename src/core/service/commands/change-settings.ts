/** Shows or changes the user's time zone, currency, locale, week start and digest opt-in. */
import type { User } from '../../domain/user.ts';
import type { SettingsChanges } from '../../parse/intent.ts';
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';

const weekdayNames = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export async function changeSettings(ctx: CommandContext, changes: SettingsChanges): Promise<CommandResult> {
  if (Object.keys(changes).length === 0) {
    return { reply: textReply('settings', describeSettings(ctx.user, 'Your settings:')) };
  }
  const user = await ctx.store.updateUserSettings(ctx.user.id, changes);
  return {
    reply: textReply('settings', describeSettings(user, 'Saved. Your settings now:')),
    events: [`settings changed: ${JSON.stringify(changes)}`],
  };
}

export function describeSettings(user: User, heading: string): string {
  return [
    heading,
    `• time zone: ${user.timeZone}`,
    `• currency: ${user.currency}`,
    `• locale: ${user.locale}`,
    `• week starts on: ${weekdayNames[user.weekStart]}`,
    `• weekly digest: ${user.digestEnabled ? 'on' : 'off'}`,
    '',
    'Change with e.g. "set timezone Europe/London", "set currency USD", "set week start sunday", "digest off".',
  ].join('\n');
}
