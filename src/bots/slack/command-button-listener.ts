/**
 * Buttons under a reply (Undo): the button's value is a core command naming the expense, sent back to the core;
 * the answer replaces the message the button was on.
 */
import type { BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ReplyTarget } from '../../core/domain/reply-target.ts';
import { textReply } from '../../core/service/inbound-message.ts';
import { actionKey, slackUserId } from './message-keys.ts';
import { type SlackHandlerDeps, somethingWentWrongText } from './slack-handler-deps.ts';
import { commandReplyTarget, replaceOriginalTarget } from './slack-reply-target.ts';

export function commandButtonListener(deps: SlackHandlerDeps) {
  return async ({ ack, body, action }: SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    if (action.type !== 'button' || !action.value) return;
    const command = action.value;
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const container = body.container as { channel_id?: string; message_ts?: string };
    const messageTs = container.message_ts ?? body.message?.ts;
    const replace: ReplyTarget | undefined = body.response_url
      ? replaceOriginalTarget(body.response_url)
      : container.channel_id && messageTs
        ? { platform: 'slack', address: { channel: container.channel_id, ts: messageTs } }
        : undefined;

    await deps.track(
      (async () => {
        try {
          const profile = await deps.directory.lookup(teamId, userId);
          const reply = await deps.handleMessage({
            platform: 'slack',
            platformUserId: slackUserId(teamId, userId),
            displayName: profile.displayName ?? body.user.name ?? null,
            key: actionKey(teamId, userId, action, messageTs),
            text: command,
            ...(profile.timeZone ? { timeZoneHint: profile.timeZone } : {}),
            ...(body.response_url ? { replyTarget: commandReplyTarget(body.response_url, userId) } : {}),
          });
          if (reply.repeated || !replace) return;
          await deps.sender.send(replace, reply);
        } catch (error) {
          deps.log.error({ err: error }, 'slack button failed');
          if (!body.response_url) return;
          // A new ephemeral note: the message with the button stays, so the user can try again.
          await deps.sender
            .send(commandReplyTarget(body.response_url, userId), textReply('help', somethingWentWrongText))
            .catch((sendError: unknown) => deps.log.error({ err: sendError }, 'slack error reply not delivered'));
        }
      })(),
    );
  };
}
