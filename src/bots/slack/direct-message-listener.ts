/** Messages in the app's DM: the same core conversation as `/expense`, answered in the DM with chat.postMessage. */
import type { SlackEventMiddlewareArgs } from '@slack/bolt';
import { textReply } from '../../core/service/inbound-message.ts';
import { eventKey, slackUserId } from './message-keys.ts';
import { type SlackHandlerDeps, somethingWentWrongText } from './slack-handler-deps.ts';
import { conversationReplyTarget } from './slack-reply-target.ts';
import { fromSlackText } from './slack-text.ts';

export function directMessageListener(deps: SlackHandlerDeps) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    // Only what a person typed in the DM: no edits, joins or other subtypes, nothing from bots (ourselves included).
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id) return;
    const text = fromSlackText(event.text ?? '').trim();
    if (text === '' || !event.user) return;
    const teamId = body.team_id ?? event.team ?? '';
    const target = conversationReplyTarget(event.channel, event.thread_ts);

    await deps.track(
      (async () => {
        try {
          const profile = await deps.directory.lookup(teamId, event.user);
          const reply = await deps.handleMessage({
            platform: 'slack',
            platformUserId: slackUserId(teamId, event.user),
            displayName: profile.displayName ?? null,
            key: eventKey(body.event_id),
            text,
            ...(profile.timeZone ? { timeZoneHint: profile.timeZone } : {}),
            replyTarget: target,
          });
          // A redelivered event was answered the first time.
          if (reply.repeated) return;
          await deps.sender.send(target, reply);
        } catch (error) {
          deps.log.error({ err: error }, 'slack direct message failed');
          await deps.sender
            .send(target, textReply('help', somethingWentWrongText))
            .catch((sendError: unknown) => deps.log.error({ err: sendError }, 'slack error reply not delivered'));
        }
      })(),
    );
  };
}
