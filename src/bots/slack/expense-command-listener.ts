/**
 * `/expense`: the text after the command goes to the core as a message (empty: "help"), answered in the ack (Slack
 * allows 3 s). A question handed to the model is acked with "working on it" and answered later through the
 * response_url; so is a core call that runs late. Help lists the `/expense` subcommands.
 */
import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import { type Reply, textReply } from '../../core/service/inbound-message.ts';
import { expenseCommandHelp } from './expense-command-help.ts';
import { commandKey, slackUserId } from './message-keys.ts';
import { renderReply } from './render-blocks.ts';
import { settleWithin } from './settle-within.ts';
import { type SlackHandlerDeps, somethingWentWrongText } from './slack-handler-deps.ts';
import { commandReplyTarget } from './slack-reply-target.ts';
import { fromSlackText } from './slack-text.ts';

export function expenseCommandListener(deps: SlackHandlerDeps) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs): Promise<void> => {
    const started = performance.now();
    const teamId = command.team_id;
    const userId = command.user_id;
    const platformUserId = slackUserId(teamId, userId);
    const target = commandReplyTarget(command.response_url, userId);
    const text = fromSlackText(command.text ?? '').trim();

    const work = deps.track(
      (async (): Promise<Reply> => {
        const profile = await deps.directory.lookup(teamId, userId);
        const reply = await deps.handleMessage({
          platform: 'slack',
          platformUserId,
          displayName: profile.displayName ?? command.user_name ?? null,
          key: commandKey(teamId, userId, command.trigger_id, command.response_url),
          text: text === '' ? 'help' : text,
          ...(profile.timeZone ? { timeZoneHint: profile.timeZone } : {}),
          replyTarget: target,
        });
        return reply.kind === 'help'
          ? { ...reply, text: `${reply.text}\n\n${expenseCommandHelp(command.command)}` }
          : reply;
      })(),
    );

    const outcome = await settleWithin(work, deps.ackBudgetMs - (performance.now() - started));
    if (outcome.kind === 'done') {
      // A second delivery of one command (Slack does not retry commands; a duplicated request does) says nothing:
      // the first one's ack, or its late reply, is what the user sees, and showing it again would be a double.
      if (outcome.value.repeated) await ack();
      else await ack({ response_type: 'ephemeral', ...renderReply(outcome.value) });
      deps.log.debug(
        { kind: outcome.value.kind, repeated: outcome.value.repeated === true, ms: elapsed(started) },
        'slack command answered',
      );
      return;
    }
    if (outcome.kind === 'failed') {
      deps.log.error({ err: outcome.error }, 'slack command failed');
      await ack({ response_type: 'ephemeral', ...renderReply(textReply('help', somethingWentWrongText)) });
      return;
    }

    // The core is slow (a busy database): ack now, and let the reply follow when it is ready.
    await ack({ response_type: 'ephemeral', ...renderReply(textReply('queued', '')) });
    deps.log.warn({ ms: elapsed(started) }, 'slack command ran past the ack budget; replying later');
    void deps.track(
      work
        .then(
          async (reply) => {
            if (reply.repeated || reply.kind === 'queued') return;
            await deps.sender.send(target, reply);
          },
          async (error: unknown) => {
            deps.log.error({ err: error }, 'slack command failed after the ack');
            await deps.sender.send(target, textReply('help', somethingWentWrongText));
          },
        )
        .catch((error: unknown) => deps.log.error({ err: error }, 'slack late reply not delivered')),
    );
  };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
