/**
 * Starts the Slack adapter: Events API and interactivity over HTTP at `/slack/events` on the shared server
 * (signing secret checked by Bolt's receiver), or Socket Mode when an app token is given.
 */
import { HTTPReceiver } from '@slack/bolt';
import type { ReplySender } from '../../core/ports/reply-sender.ts';
import type { MessageHandler } from '../../core/service/handle-message.ts';
import { type HttpServer, sendJson } from '../../infra/http/http-server.ts';
import type { Logger } from '../../infra/logger.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { createSlackApp } from './create-slack-app.ts';
import { screenSlackRequest } from './screen-slack-request.ts';
import type { SlackHandlerDeps, WeekSummaryProvider } from './slack-handler-deps.ts';
import { createSlackSender } from './slack-sender.ts';
import { createSlackWebClient } from './slack-web-client.ts';
import { createUserDirectory } from './user-directory.ts';

/** Where Slack sends events, commands and button taps (the manifest's URLs end with it). */
export const slackEventsPath = '/slack/events';

export interface StartSlackOptions {
  /** `SLACK_BOT_TOKEN` (`xoxb-…`). */
  readonly botToken: string;
  /** `SLACK_SIGNING_SECRET`; required for HTTP mode. */
  readonly signingSecret?: string;
  /** `SLACK_APP_TOKEN` (`xapp-…`): Socket Mode instead of HTTP. */
  readonly appToken?: string;
  /** `SLACK_API_URL`: GovSlack or a test server. */
  readonly apiUrl?: string;
  /** The shared HTTP server; HTTP mode serves `POST /slack/events` on it. */
  readonly http?: HttpServer;
  readonly handleMessage: MessageHandler;
  readonly log: Logger;
  /** Read-only "this week" text for the Home tab; without it the tab shows only how to use the bot. */
  readonly weekSummary?: WeekSummaryProvider;
  /** Skips the start-up auth.test (tests, or ids known from configuration). */
  readonly botIdentity?: { readonly botUserId: string; readonly botId: string };
  /** How long a slash command waits for the core before acking without the reply; 2,500 ms by default. */
  readonly ackBudgetMs?: number;
  /** How long `stop()` waits for replies still being sent; 10 s by default. */
  readonly drainMs?: number;
}

export interface SlackAdapter {
  readonly mode: 'http' | 'socket';
  /** Sends replies that come later (model answers, digests); also what the adapter itself uses for DMs. */
  readonly sender: ReplySender;
  /** Stops taking requests (HTTP: 503 from now on) and waits for replies in flight. */
  stop(): Promise<void>;
}

export class SlackConfigError extends Error {
  override name = 'SlackConfigError';
}

export async function startSlack(options: StartSlackOptions): Promise<SlackAdapter> {
  const log = options.log.child({ component: 'slack' });
  const mode = options.appToken ? 'socket' : 'http';
  if (mode === 'http' && !options.signingSecret) {
    throw new SlackConfigError(
      'Slack over HTTP needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN to use Socket Mode instead).',
    );
  }
  if (mode === 'http' && !options.http) throw new SlackConfigError('Slack over HTTP needs the shared HTTP server.');

  const client = createSlackWebClient({ botToken: options.botToken, apiUrl: options.apiUrl }, log);
  const identity = options.botIdentity ?? (await authTest(client));
  const sender = createSlackSender({ client, log }).replies;
  const inflight = new Set<Promise<unknown>>();
  const deps: SlackHandlerDeps = {
    handleMessage: options.handleMessage,
    sender,
    directory: createUserDirectory({ client, log }),
    log,
    ackBudgetMs: options.ackBudgetMs ?? 2500,
    track: (work) => {
      inflight.add(work);
      work.then(
        () => inflight.delete(work),
        () => inflight.delete(work),
      );
      return work;
    },
    ...(options.weekSummary ? { weekSummary: options.weekSummary } : {}),
  };

  let stopped = false;
  const receiver =
    mode === 'http'
      ? new HTTPReceiver({
          signingSecret: options.signingSecret ?? '',
          endpoints: slackEventsPath,
          logger: toBoltLogger(log),
        })
      : undefined;
  const app = createSlackApp(
    {
      botToken: options.botToken,
      ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
      botUserId: identity.botUserId,
      botId: identity.botId,
      ...(receiver ? { receiver } : {}),
      ...(options.appToken ? { appToken: options.appToken } : {}),
      log,
    },
    deps,
  );

  if (receiver && options.http) {
    options.http.route('POST', slackEventsPath, (request, response, body) => {
      if (stopped) {
        sendJson(response, 503, { error: 'shutting down' });
        return;
      }
      screenSlackRequest(request.headers, body, Date.now());
      // The shared server read the body already; Bolt takes a buffered request by its `rawBody`.
      receiver.requestListener(Object.assign(request, { rawBody: body }), response);
    });
  } else {
    await app.start();
  }
  log.info({ mode, botUserId: identity.botUserId }, 'slack adapter started');

  return {
    mode,
    sender,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (mode === 'socket') await app.stop();
      let timer: NodeJS.Timeout | undefined;
      const drained = Promise.allSettled([...inflight]);
      const timeout = new Promise((resolve) => {
        timer = setTimeout(resolve, options.drainMs ?? 10_000);
      });
      await Promise.race([drained, timeout]).finally(() => clearTimeout(timer));
      log.info({ left: inflight.size }, 'slack adapter stopped');
    },
  };
}

async function authTest(
  client: ReturnType<typeof createSlackWebClient>,
): Promise<{ botUserId: string; botId: string }> {
  try {
    const result = await client.auth.test();
    if (!result.user_id || !result.bot_id) throw new Error('auth.test returned no bot user (is this a bot token?)');
    return { botUserId: result.user_id, botId: result.bot_id };
  } catch (error) {
    throw new SlackConfigError(`SLACK_BOT_TOKEN was not accepted by Slack (auth.test): ${(error as Error).message}`);
  }
}
