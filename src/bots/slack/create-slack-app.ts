/** A Bolt app with finbot's listeners: `/expense`, DMs, reply buttons and the Home tab. */
import { App, type BlockAction, type Receiver } from '@slack/bolt';
import type { Logger } from '../../infra/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { commandButtonListener } from './command-button-listener.ts';
import { directMessageListener } from './direct-message-listener.ts';
import { expenseCommandListener } from './expense-command-listener.ts';
import { homeTabListener } from './home-tab-listener.ts';
import { commandActionPrefix } from './render-blocks.ts';
import type { SlackHandlerDeps } from './slack-handler-deps.ts';
import { slackClientOptions } from './slack-web-client.ts';

export interface SlackAppOptions {
  readonly botToken: string;
  readonly apiUrl?: string;
  /** The bot's own ids (from auth.test); given here, Bolt never calls auth.test per request. */
  readonly botUserId: string;
  readonly botId: string;
  /** HTTP mode: the receiver that verifies and parses requests. */
  readonly receiver?: Receiver;
  /** Socket Mode: the app-level token (`xapp-…`). */
  readonly appToken?: string;
  readonly commandName?: string;
  readonly log: Logger;
}

export function createSlackApp(options: SlackAppOptions, deps: SlackHandlerDeps): App {
  const app = new App({
    token: options.botToken,
    botUserId: options.botUserId,
    botId: options.botId,
    tokenVerificationEnabled: false,
    // Conversation state lives in the core's thread, not in Bolt's memory store.
    convoStore: false,
    logger: toBoltLogger(options.log),
    clientOptions: slackClientOptions(options, options.log),
    ...(options.appToken ? { socketMode: true, appToken: options.appToken } : { receiver: options.receiver }),
  });

  app.command(options.commandName ?? '/expense', expenseCommandListener(deps));
  app.event('message', directMessageListener(deps));
  app.action<BlockAction>(
    { type: 'block_actions', action_id: new RegExp(`^${commandActionPrefix}`) },
    commandButtonListener(deps),
  );
  app.event('app_home_opened', homeTabListener(deps));
  app.error(async (error) => {
    options.log.error({ err: error }, 'slack listener error');
  });
  return app;
}
