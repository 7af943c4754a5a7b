/**
 * The server part of the composition root (`finbot start` with a platform, `finbot serve`), started by
 * createFinbot: the background workers, the Telegram and Slack adapters, and the shared HTTP server (webhooks,
 * stats API, health).
 *
 * Start-up order matters for answers waiting in Redis: the adapters register their senders before the run and
 * delivery workers take jobs. Shutdown goes the other way round — intake stops, runs in hand finish, waiting
 * deliveries are sent, then everything closes — within SHUTDOWN_TIMEOUT_SECONDS.
 */
import { availableParallelism } from 'node:os';
import { databaseCheck, type ReadinessCheck, redisCheck } from '../api/readiness-checks.ts';
import { registerStatsApi } from '../api/register-stats-api.ts';
import { startSlack } from '../bots/slack/start-slack.ts';
import { startTelegram } from '../bots/telegram/start-telegram.ts';
import type { MessageHandler } from '../core/service/handle-message.ts';
import { weekSummary } from '../core/service/week-summary.ts';
import { createHttpServer } from '../infra/http/http-server.ts';
import { createFinbotMetrics } from '../infra/metrics.ts';
import type { SenderRegistry } from '../jobs/deliveries/deliver-run.ts';
import { registerDashboard } from '../web/register-dashboard.ts';
import { type App, createHandler } from './app-parts.ts';
import { checkServerConfig, wantsHandlerThread } from './config.ts';
import { dashboardDeps } from './dashboard-deps.ts';
import type { HandlerThreadOptions } from './handler-thread/app-thread-handler.ts';
import { startHandlerThread } from './handler-thread/start-handler-thread.ts';
import { requireRedis } from './require-redis.ts';
import { type ShutdownStep, shutdownInOrder } from './shutdown.ts';
import { startWorkers } from './start-workers.ts';

export interface Server {
  readonly port: number;
  /** Stops in order within the deadline; false when the deadline passed first. */
  stop(): Promise<boolean>;
}

export async function startServer(app: App, options: { runWorkers: boolean }): Promise<Server> {
  const { config, log } = app;
  checkServerConfig(config);
  await requireRedis(config.REDIS_URL);
  const deadlineMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000;
  // Filled as parts start; stopping runs them in this order, which is also the cleanup when start-up fails.
  const intake: ShutdownStep[] = [];
  const work: ShutdownStep[] = [];
  const stop = () => shutdownInOrder([...intake, ...work], deadlineMs, log);
  try {
    const metrics = createFinbotMetrics();
    const http = createHttpServer(
      (error) => {
        metrics.errors.inc({ component: 'http' });
        log.error({ err: error }, 'http handler failed');
      },
      { onRefused: (refusal) => log.warn(refusal, 'http request refused') },
    );
    const senders: SenderRegistry = {};
    const workers = await startWorkers(app, senders, metrics, { ...options, deferStart: true });
    work.push({ name: 'workers', run: () => workers.close() });
    const mainThreadHandler = createHandler(app, workers.runScheduler, workers.chart, workers.fileScheduler);
    const handlerThread = wantsHandlerThread(config, availableParallelism())
      ? await startHandlerThread(
          new URL('./handler-thread/app-thread-handler.ts', import.meta.url),
          handlerThreadOptions(app),
          {
            ...(workers.runScheduler ? { runScheduler: workers.runScheduler } : {}),
            fileScheduler: workers.fileScheduler,
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
    if (handlerThread) work.unshift({ name: 'handler thread', run: () => handlerThread.close() });
    log.info(
      handlerThread ? 'chat messages are handled in a worker thread' : 'chat messages are handled on the main thread',
    );
    const handleMessage = countedHandler(handlerThread?.handle ?? mainThreadHandler, metrics);

    const checks: Record<string, ReadinessCheck> = {
      // Until every adapter has mounted its routes, a webhook or Slack request here would be refused.
      adapters: async () => http.isReady(),
      database: databaseCheck(app.database.db),
      redis: redisCheck(config.REDIS_URL),
      // The run sweep and the digest tick live in Redis; one that came back empty has lost them until re-registered.
      ...(options.runWorkers ? { schedulers: () => workers.schedulersRegistered() } : {}),
    };
    registerStatsApi(http, { store: app.store, apiToken: config.API_TOKEN, clock: app.clock, checks, metrics });
    if (config.PUBLIC_URL) registerDashboard(http, dashboardDeps(app, config.PUBLIC_URL));
    const port = await http.listen(config.PORT);
    intake.push({ name: 'http server', run: () => http.close() });
    log.info({ port }, 'http server listening');

    if (config.TELEGRAM_BOT_TOKEN) {
      const telegram = await startTelegram({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        webhookUrl: config.TELEGRAM_WEBHOOK_URL,
        webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
        http,
        handleMessage,
        log: log.child({ adapter: 'telegram' }),
      });
      senders.telegram = telegram.sender;
      intake.unshift({ name: 'telegram adapter', run: () => telegram.stop() });
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
        weekSummary: (platformUserId) => weekSummary(app, 'slack', platformUserId),
        log: log.child({ adapter: 'slack' }),
      });
      senders.slack = slack.sender;
      intake.unshift({ name: 'slack adapter', run: () => slack.stop() });
      log.info({ mode: slack.mode }, 'slack adapter started');
    }
    http.ready();
    // Every sender is registered: answers waiting from before a restart can go out now.
    workers.run();
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What the handler thread needs from this root: where the database is, the core's settings, the clock and the log level. */
function handlerThreadOptions(app: App): HandlerThreadOptions {
  return {
    databaseUrl: app.config.DATABASE_URL,
    settings: app.settings,
    ...(app.config.FINBOT_NOW ? { now: app.config.FINBOT_NOW } : {}),
    logLevel: app.config.LOG_LEVEL ?? 'info',
  };
}

/** Counts handled messages. */
function countedHandler(handle: MessageHandler, metrics: ReturnType<typeof createFinbotMetrics>): MessageHandler {
  return async (message) => {
    const reply = await handle(message);
    metrics.messagesHandled.inc({ platform: message.platform, kind: reply.kind });
    return reply;
  };
}
