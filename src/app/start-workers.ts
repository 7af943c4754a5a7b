/** Starts this process's share of the background work: run and delivery workers, the sweep, the digest scheduler. */

import type { DigestChartRenderer } from '../core/digest/digest-chart-renderer.ts';
import type { FileScheduler } from '../core/ports/file-scheduler.ts';
import { createResvgChartRenderer } from '../digest/chart/resvg-chart-renderer.ts';
import type { FinbotMetrics } from '../infra/metrics.ts';
import type { SenderRegistry } from '../jobs/deliveries/deliver-run.ts';
import { startDigests } from '../jobs/digest/start-digests.ts';
import { startFileJobs } from '../jobs/files/start-file-jobs.ts';
import { type Recurring, startRecurring } from '../jobs/recurring/start-recurring.ts';
import { startJobs } from '../jobs/start-jobs.ts';
import { createReportRenderer } from '../reports/create-report-renderer.ts';
import { isStorageUnavailable } from '../storage/storage-unavailable.ts';
import type { App } from './app-parts.ts';
import { createAssistantExecutor } from './create-assistant.ts';
import { directMessageSendersFrom } from './direct-message-senders.ts';
import { logJobFailure } from './log-job-failure.ts';
import { logWorkerError } from './log-worker-error.ts';
import { digestSendersFrom, fileSendersFrom, platformSendersFrom } from './platform-senders.ts';
import { runSettingsFrom } from './run-settings.ts';

export interface Workers {
  /** Schedules runs; undefined without a model, so questions get the help reply. */
  readonly runScheduler: { schedule(threadId: number): Promise<void> } | undefined;
  /** Draws digest charts (weekly digests, and `/digest now` on Telegram). */
  readonly chart: DigestChartRenderer;
  /** Queues requested files (exports, reports) for the file worker. */
  readonly fileScheduler: FileScheduler;
  /** Starts run and delivery workers made with `deferStart`. */
  run(): void;
  /** True when Redis holds every job scheduler this process keeps (the run sweep, the digest tick). */
  schedulersRegistered(): Promise<boolean>;
  /** Runs in hand finish, waiting deliveries are sent, then everything closes (the caller sets the deadline). */
  close(): Promise<void>;
}

/**
 * `senders` may be filled in after this returns; with `deferStart`, run and delivery workers take jobs only
 * once `run()` is called, which a server does after its adapters registered their senders.
 */
export async function startWorkers(
  app: App,
  senders: SenderRegistry,
  metrics: FinbotMetrics,
  options: { runWorkers: boolean; deferStart?: boolean },
): Promise<Workers> {
  const { config, log } = app;
  const onJobFailed = logJobFailure(log);
  const executor = createAssistantExecutor(app);
  const runs = runSettingsFrom(config);
  const jobs = await startJobs({
    redisUrl: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    store: app.store,
    clock: app.clock,
    ...(executor && options.runWorkers
      ? {
          workers: {
            ...runs,
            executor,
            senders,
            isTransientFailure: isStorageUnavailable,
            deferStart: options.deferStart ?? false,
            onJobFailed,
            onWaitingForSender: (runId, platform, retryInMs) =>
              log.warn({ runId, platform, retryInMs }, 'reply waits for its platform’s sender'),
            onRunEvent: (event) => {
              if (event.type === 'completed' || event.type === 'failed') {
                metrics.runs.inc({ status: event.run.status });
                const queuedMs = Date.parse(event.run.completedAt ?? '') - Date.parse(event.run.createdAt);
                if (Number.isFinite(queuedMs))
                  metrics.runLatency.observe(queuedMs / 1000, { status: event.run.status });
              }
              if (event.type === 'ungrounded')
                log.warn({ runId: event.run.id, amounts: event.amounts }, 'model reply replaced: ungrounded amounts');
              if (event.type === 'failed') log.warn({ runId: event.run.id, error: event.error }, 'run failed');
              if (event.type === 'delivery_deferred')
                log.warn({ runId: event.run.id, error: event.error }, 'reply saved; the sweep will queue its delivery');
            },
            onError: logWorkerError(log, 'runs', () => metrics.errors.inc({ component: 'runs' })),
          },
        }
      : {}),
  });
  const chart = createResvgChartRenderer({ threads: 1 });
  const digests = await startDigests({
    redisUrl: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    store: app.store,
    clock: app.clock,
    chart,
    metrics,
    workers: options.runWorkers,
    tickPattern: '*/5 * * * *',
    defaultSendAt: app.settings.digestSendAt,
    senders: digestSendersFrom(config, log),
    onJobFailed,
    onError: logWorkerError(log, 'digests', () => metrics.errors.inc({ component: 'digests' })),
  });
  // Only where workers run: a `start` with RUN_WORKERS off leaves recording and its messages to the worker process.
  const recurring: Recurring | undefined = options.runWorkers
    ? await startRecurring({
        redisUrl: config.REDIS_URL,
        prefix: config.QUEUE_PREFIX,
        store: app.store,
        clock: app.clock,
        senders: directMessageSendersFrom(platformSendersFrom(config, log)),
        everyMs: config.RECURRING_TICK_MS,
        onJobFailed,
        onTick: (report) => {
          if (report.recorded > 0 || report.notices.sent > 0 || report.failed > 0)
            log.info({ ...report }, 'recurring expenses recorded');
        },
        onNoticeFailure: (occurrenceId, error, final) =>
          log.warn({ occurrenceId, err: error, final }, 'recurring expense message not sent'),
        onError: logWorkerError(log, 'recurring', () => metrics.errors.inc({ component: 'recurring' })),
      })
    : undefined;
  // Files are made and sent by their own worker, with the platforms' senders built from the configuration (as
  // digests are), so they go out whether or not a model is configured.
  const files = await startFileJobs({
    redisUrl: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    deliver: {
      store: app.store,
      renderer: createReportRenderer(app.clock),
      senders: fileSendersFrom(config, log),
      clock: app.clock,
    },
    ...(options.runWorkers
      ? {
          worker: {
            concurrency: 2,
            sweepEveryMs: 30_000,
            staleMs: 60_000,
            onJobFailed,
            onError: logWorkerError(log, 'files', () => metrics.errors.inc({ component: 'files' })),
          },
        }
      : {}),
  });
  return {
    runScheduler: executor ? jobs.runs : undefined,
    chart,
    fileScheduler: files.queue,
    run: () => {
      jobs.run();
      files.run();
    },
    schedulersRegistered: async () =>
      (await jobs.schedulerRegistered()) &&
      (await digests.schedulerRegistered()) &&
      (await files.schedulerRegistered()) &&
      ((await recurring?.schedulerRegistered()) ?? true),
    async close() {
      await Promise.all([jobs.close(), digests.close(), files.close(), recurring?.close()]);
      await chart.close();
    },
  };
}
