/**
 * "dashboard": the way into the web dashboard. In a chat app that opens web pages itself (Telegram), a button
 * that opens it signed in by the app; elsewhere a single-use link that signs in for 15 minutes. The thread keeps
 * only that a link was sent, so the link never reaches the model.
 */

import type { CommandContext, CommandResult } from '../command-context.ts';
import { type Reply, textReply, type WebAppButton } from '../inbound-message.ts';
import { issueLoginLink, loginLinkMinutes } from '../login-link.ts';

export const dashboardOffText =
  'The web dashboard is not turned on here: whoever runs this finbot can turn it on by setting PUBLIC_URL.';

export async function dashboardLink(ctx: CommandContext): Promise<CommandResult> {
  const base = ctx.settings.dashboardUrl;
  if (!base) return { reply: textReply('dashboard', dashboardOffText) };
  const button = dashboardWebApp(ctx);
  if (button) {
    return {
      reply: {
        ...textReply('dashboard', 'Your dashboard: charts, the expense table, downloads and settings.'),
        webApp: button,
      },
    };
  }
  const link = await issueLoginLink(ctx.store, ctx.user.id, ctx.now, base);
  return {
    reply: textReply(
      'dashboard',
      `Your dashboard: ${link.url}\nThe link works once, within ${loginLinkMinutes} minutes. Send "dashboard" again for a new one.`,
    ),
    threadText: `Sent a single-use dashboard link (valid ${loginLinkMinutes} minutes).`,
  };
}

/** The Mini App button, where the adapter can open one and the dashboard is on https (Telegram requires it). */
export function dashboardWebApp(ctx: Pick<CommandContext, 'settings' | 'opensWebApps'>): WebAppButton | undefined {
  const base = ctx.settings.dashboardUrl;
  if (!base || !ctx.opensWebApps || !base.startsWith('https://')) return undefined;
  return { label: '📊 Open dashboard', url: `${base}/telegram` };
}

/** `reply` with the Mini App button when there is one. */
export function withDashboardButton(ctx: Pick<CommandContext, 'settings' | 'opensWebApps'>, reply: Reply): Reply {
  const button = dashboardWebApp(ctx);
  return button ? { ...reply, webApp: button } : reply;
}
