/** "start": who finbot is, with examples to copy, and the user's settings (which adapters may offer to change). */
import type { CommandContext, CommandResult } from '../command-context.ts';
import { textReply } from '../inbound-message.ts';
import { changeSettings } from './change-settings.ts';
import { withDashboardButton } from './dashboard-link.ts';

export async function welcome(ctx: CommandContext): Promise<CommandResult> {
  const settings = await changeSettings(ctx, {});
  const dashboard =
    ctx.settings.dashboardUrl && !settings.reply.webApp ? '\n\nCharts and the expense table: send "dashboard".' : '';
  return {
    reply: withDashboardButton(
      ctx,
      textReply('welcome', `${welcomeText(ctx.user.displayName)}\n\n${settings.reply.text}${dashboard}`),
    ),
  };
}

/** Three lines; the greeting uses the first word of the user's name, when there is one. */
export function welcomeText(displayName: string | null): string {
  const firstName = displayName?.trim().split(/\s+/)[0];
  return [
    `Hi${firstName ? ` ${firstName}` : ''}! I keep track of your spending, right here in this chat.`,
    '• Record: "250 groceries", "₹55 snacks yesterday" (tap Undo if I got it wrong).',
    '• Ask: "how much did I spend this week?", then "how about just groceries?"',
  ].join('\n');
}
