/**
 * The App Home tab: this week's summary (when a read-only provider is wired) and how to use the bot.
 * It reads without going through the chat handler, so opening the tab adds nothing to the conversation.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, types } from '@slack/bolt';
import { helpText } from '../../core/service/commands/help-text.ts';
import { expenseCommandHelp } from './expense-command-help.ts';
import { slackUserId } from './message-keys.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { escapeSlackText } from './slack-text.ts';

export function homeTabListener(deps: SlackHandlerDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    const teamId = body.team_id ?? '';
    await deps.track(
      (async () => {
        try {
          const summary = deps.weekSummary ? await deps.weekSummary(slackUserId(teamId, event.user)) : undefined;
          await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: homeBlocks(summary) } });
        } catch (error) {
          deps.log.warn({ err: error }, 'slack home tab not published');
        }
      })(),
    );
  };
}

/** The Home view; `summary` undefined when no provider is wired, null when the user has nothing yet. */
export function homeBlocks(summary: string | null | undefined): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: 'finbot' } }];
  if (summary !== undefined) {
    const text = summary ?? 'Nothing recorded this week yet.';
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*This week*\n${escapeSlackText(text).slice(0, 2900)}`, verbatim: true },
    });
    blocks.push({ type: 'divider' });
  }
  blocks.push(
    { type: 'section', text: { type: 'mrkdwn', text: escapeSlackText(helpText), verbatim: true } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeSlackText(expenseCommandHelp('/expense')), verbatim: true }],
    },
  );
  return blocks;
}
