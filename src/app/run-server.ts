/**
 * `finbot start` with a platform configured (and `finbot serve`): the shared HTTP server (webhooks, stats API,
 * health), the Telegram and Slack adapters, and the background workers, until SIGTERM or SIGINT.
 */

import { availableParallelism } from 'node:os';
import { createFinbotMetrics } from '../api/metrics.ts';
import { databaseCheck, redisCheck } from '../api/readiness-checks.ts';
import { registerStatsApi } from '../api/register-stats-api.ts';
import { createHttpServer } from '../bots/http/http-server.ts';
import { startSlack } from '../bots/slack/start-slack.ts';
import { createWeekSummary } from '../bots/slack/week-summary.ts';
import { startTelegram } from '../bots/telegram/start-telegram.ts';
import { digestNow } from '../core/digest/digest-now.ts';
import type { MessageHandler } from '../core/service/handle-message.ts';
import type { SenderRegistry } from '../jobs/deliveries/deliver-run.ts';
import { wantsHandlerThread } from './config.ts';
import { type App, createHandler } from './create-app.ts';
import { startHandlerThread } from './handler-thread/start-handler-thread.ts';
import { startWorkers } from './start-workers.ts';

export async function runServer(app: App, options: { runWorkers: boolean }): Promise<void> {
  const { config, log } = app;
  const metrics = createFinbotMetrics();
  const http = createHttpServer(
    (error) => {
      metrics.errors.inc({ component: 'http' });
      log.error({ err: error }, 'http handler failed');
    },
    { onRefused: (refusal) => log.warn(refusal, 'http request refused') },
  );
  const senders: SenderRegistry = {};
  const workers = await startWorkers(app, senders, metrics, options);
  const mainThreadHandler = createHandler(app, workers.runScheduler);
  const handlerThread = wantsHandlerThread(config, availableParallelism())
    ? await startHandlerThread(
        new URL('./handler-thread/app-thread-handler.ts', import.meta.url),
        { config },
        {
          ...(workers.runScheduler ? { runScheduler: workers.runScheduler } : {}),
          onScheduleError: (error) => log.warn({ err: error }, 'could not schedule a run; the sweep will pick it up'),
          fallback: mainThreadHandler,
          onUnexpectedExit: (error) =>
            log.error(
              { err: error },
              'the message handler thread stopped; messages are handled on the main thread now',
            ),
        },
      )
    : undefined;
  log.info(
    handlerThread ? 'chat messages are handled in a worker thread' : 'chat messages are handled on the main thread',
  );
  const handleMessage = countedHandler(handlerThread?.handle ?? mainThreadHandler, metrics);
  const digestNowFor = (platform: 'telegram' | 'slack', platformUserId: string, withChart: boolean) =>
    digestNow(
      {
        store: app.store,
        clock: app.clock,
        ...(withChart ? { chart: workers.chart } : {}),
        onChartError: (error) => log.warn({ err: error }, 'digest chart failed; sending the text alone'),
      },
      platform,
      platformUserId,
    );

  registerStatsApi(http, {
    store: app.store,
    apiToken: config.API_TOKEN,
    clock: app.clock,
    checks: { database: databaseCheck(app.database.db), redis: redisCheck(config.REDIS_URL) },
    metrics,
  });
  const port = await http.listen(config.PORT);
  log.info({ port }, 'http server listening');

  const stops: Array<() => Promise<void>> = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const telegram = await startTelegram({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhookUrl: config.TELEGRAM_WEBHOOK_URL,
      webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
      http,
      handleMessage,
      digestNow: (message) => digestNowFor('telegram', message.platformUserId, true),
      log: log.child({ adapter: 'telegram' }),
    });
    senders.telegram = telegram.sender;
    stops.push(() => telegram.stop());
    log.info({ mode: telegram.mode }, 'telegram adapter started');
  }
  if (config.SLACK_BOT_TOKEN) {
    const slack = await startSlack({
      botToken: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      apiUrl: config.SLACK_API_URL,
      http,
      handleMessage,
      weekSummary: createWeekSummary({ store: app.store, clock: app.clock, settings: app.settings }),
      // A slash command's answer goes through response_url, which takes no files: Slack gets the text.
      digestNow: async (request) => (await digestNowFor('slack', request.platformUserId, false)).text,
      log: log.child({ adapter: 'slack' }),
    });
    senders.slack = slack.sender;
    stops.push(() => slack.stop());
    log.info({ mode: slack.mode }, 'slack adapter started');
  }

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'stopping: finishing work in hand');
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  // Stop taking new messages first, then let in-flight jobs finish, then close the database.
  for (const stopAdapter of stops)
    await stopAdapter().catch((error) => log.error({ err: error }, 'adapter stop failed'));
  await http.close();
  await handlerThread?.close();
  await workers.close();
}

/** Counts handled messages. */
function countedHandler(handle: MessageHandler, metrics: ReturnType<typeof createFinbotMetrics>): MessageHandler {
  return async (message) => {
    const reply = await handle(message);
    metrics.messagesHandled.inc({ platform: message.platform, kind: reply.kind });
    return reply;
  };
}
