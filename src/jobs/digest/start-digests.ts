/** Wires the weekly digest: the producer, the pacer, a send worker per platform with a sender, and the scheduler. */
import type { Worker } from 'bullmq';
import type { DigestChartRenderer } from '../../core/digest/digest-chart-renderer.ts';
import type { DigestSendAt } from '../../core/digest/digest-send-at.ts';
import { type DigestTickReport, queueDueDigests } from '../../core/digest/queue-due-digests.ts';
import type { DigestSenders, SendDigestOutcome } from '../../core/digest/send-digest.ts';
import type { Platform } from '../../core/domain/user.ts';
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import type { Clock } from '../../core/time/clock.ts';
import type { FinbotMetrics } from '../../infra/metrics.ts';
import { createRedisConnection } from '../../infra/redis-connection.ts';
import { deploymentPrefix } from '../deployment-scope.ts';
import { startTickScheduler, type TickScheduler } from '../tick-scheduler.ts';
import { type JobFailure, watchFailedJobs } from '../watch-failed-jobs.ts';
import { type DigestJobData, digestTickQueueName } from './digest-job.ts';
import { createDigestProducer, type DigestProducer, type DigestRetryPolicy } from './digest-producer.ts';
import { startDigestSendWorker } from './digest-send-worker.ts';
import { createSendPacer } from './send-pacer.ts';

/** Messages per second per pacer key: Telegram's bot-wide ~30/s less headroom; Slack per workspace. */
export const defaultDigestRates: Readonly<Record<string, number>> = { telegram: 28.5, slack: 1 };

export interface DigestsOptions {
  readonly redisUrl: string;
  /** QUEUE_PREFIX; the queues and the pacer live under "<prefix>:<deployment id>". Tests use their own. */
  readonly prefix: string;
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly senders: DigestSenders;
  readonly chart?: DigestChartRenderer;
  /** DIGEST_SEND_AT: when users without their own time get theirs (default MON 09:00 local). */
  readonly defaultSendAt: DigestSendAt;
  /** How long after its send time a digest still goes out (default 24 hours). */
  readonly catchUpMs?: number;
  /** Cron pattern of the tick, e.g. "*\/5 * * * *"; absent: no scheduler here (call tick() yourself). */
  readonly tickPattern?: string;
  /** Run send workers in this process (default true). */
  readonly workers?: boolean;
  /** Messages per second, by platform (see defaultDigestRates). */
  readonly rates?: Partial<Record<Platform, number>>;
  readonly concurrency?: number;
  readonly retry?: DigestRetryPolicy;
  /** A claim whose holder has not started sending after this long is taken over (default 2 minutes). */
  readonly staleClaimMs?: number;
  /**
   * A claim stuck mid-send this long turns `uncertain` and is not resent (default 5 minutes: longer than any send,
   * shorter than the retries of a redelivered job, which end about 8 minutes after a crash).
   */
  readonly staleSendingMs?: number;
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  /** Counts digests by platform and status, and errors under component "digests". */
  readonly metrics?: Pick<FinbotMetrics, 'digests' | 'errors'>;
  readonly onOutcome?: (platform: Platform, outcome: SendDigestOutcome) => void;
  readonly onFailure?: (platform: Platform, error: unknown, job: { data: DigestJobData }) => void;
  readonly onTick?: (report: DigestTickReport) => void;
  readonly onError?: (error: unknown) => void;
  /** Every failed job attempt (send or tick), for the log. */
  readonly onJobFailed?: (failure: JobFailure) => void;
}

export interface Digests {
  /** Runs one tick now in this process (tests, and `finbot digest`). */
  tick(): Promise<DigestTickReport>;
  readonly producer: DigestProducer;
  /** True when this process keeps no tick scheduler, or Redis holds it. */
  schedulerRegistered(): Promise<boolean>;
  /** Lets in-flight sends finish, then closes queues and connections. */
  close(): Promise<void>;
}

export async function startDigests(options: DigestsOptions): Promise<Digests> {
  const { metrics } = options;
  const onOutcome = (platform: Platform, outcome: SendDigestOutcome) => {
    metrics?.digests.inc({ platform, status: outcome.status });
    options.onOutcome?.(platform, outcome);
  };
  const onFailure = (platform: Platform, error: unknown, job: { data: DigestJobData }) => {
    metrics?.digests.inc({ platform, status: 'failed_attempt' });
    options.onFailure?.(platform, error, job);
  };
  const onError = (error: unknown) => {
    metrics?.errors.inc({ component: 'digests' });
    options.onError?.(error);
  };
  const deploymentId = await options.store.deploymentId();
  // Each database gets its own queues and pacer, so deployments sharing a Redis never take each other's digests.
  const prefix = deploymentPrefix(options.prefix, deploymentId);
  const producer = createRedisConnection(options.redisUrl, 'producer');
  const digestProducer = createDigestProducer(producer, prefix, deploymentId, options.retry);
  const platforms = (Object.keys(options.senders) as Platform[]).filter((platform) => options.senders[platform]);
  const rates: Record<string, number | undefined> = { ...defaultDigestRates, ...options.rates };
  const rateOf = (platform: string) => rates[platform] ?? 1;
  const tick = () =>
    queueDueDigests({
      store: options.store,
      clock: options.clock,
      defaultSendAt: options.defaultSendAt,
      ...(options.catchUpMs !== undefined ? { catchUpMs: options.catchUpMs } : {}),
      platforms,
      enqueue: (digests) => digestProducer.enqueue(digests),
    });

  const workerConnection =
    options.workers !== false || options.tickPattern ? createRedisConnection(options.redisUrl, 'worker') : undefined;
  const workers: Worker[] = [];
  let scheduler: TickScheduler | undefined;
  if (workerConnection && options.workers !== false) {
    const pacer = createSendPacer(producer, prefix, (key) => 1000 / rateOf(key.split(':')[0] ?? key));
    for (const platform of platforms) {
      const worker = startDigestSendWorker({
        connection: workerConnection,
        prefix,
        deploymentId,
        onForeignJob: onError,
        platform,
        deps: {
          store: options.store,
          clock: options.clock,
          senders: options.senders,
          ...(options.chart ? { chart: options.chart } : {}),
          staleClaimMs: options.staleClaimMs ?? 120_000,
          staleSendingMs: options.staleSendingMs ?? 300_000,
          onChartError: onError,
        },
        pacer,
        // Slack limits count per workspace: "T0123:U0456" paces under "slack:T0123".
        pacerKey: (platformUserId) =>
          platform === 'slack' ? `slack:${platformUserId.split(':')[0] ?? platformUserId}` : platform,
        concurrency: options.concurrency ?? 8,
        maxJobsPerSecond: rateOf(platform) * 1.5,
        ...(options.lockDurationMs ? { lockDurationMs: options.lockDurationMs } : {}),
        ...(options.stalledIntervalMs ? { stalledIntervalMs: options.stalledIntervalMs } : {}),
        onOutcome,
        onFailure,
      });
      worker.on('error', onError);
      if (options.onJobFailed) watchFailedJobs(worker, options.onJobFailed);
      workers.push(worker);
    }
  }
  if (workerConnection && options.tickPattern) {
    scheduler = await startTickScheduler({
      connection: workerConnection,
      prefix,
      deploymentId,
      queueName: digestTickQueueName,
      schedulerId: 'digest-tick',
      onForeignJob: onError,
      repeat: { pattern: options.tickPattern },
      tick,
      onTick: options.onTick,
      onError,
      ...(options.onJobFailed ? { onFailed: options.onJobFailed } : {}),
    });
  }

  return {
    tick,
    producer: digestProducer,
    schedulerRegistered: async () => (scheduler ? scheduler.isRegistered() : true),
    async close() {
      await scheduler?.close();
      await Promise.all(workers.map((worker) => worker.close()));
      await digestProducer.close();
      producer.disconnect();
      workerConnection?.disconnect();
    },
  };
}
