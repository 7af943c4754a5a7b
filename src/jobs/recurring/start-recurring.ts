/** Wires recurring expenses: the tick's scheduler and worker over the store and the platforms' direct-message senders. */
import type { DirectMessageSenders } from '../../core/ports/direct-message-sender.ts';
import type { LedgerStore } from '../../core/ports/ledger-store.ts';
import { type RecurringTickReport, runRecurringTick } from '../../core/recurring/recurring-tick.ts';
import { type Clock, systemClock } from '../../core/time/clock.ts';
import { createRedisConnection } from '../../infra/redis-connection.ts';
import { deploymentPrefix } from '../deployment-scope.ts';
import { queueNames } from '../queue-names.ts';
import { startTickScheduler, type TickScheduler } from '../tick-scheduler.ts';
import type { JobFailure } from '../watch-failed-jobs.ts';

export interface RecurringOptions {
  readonly redisUrl: string;
  readonly prefix: string;
  readonly store: LedgerStore;
  /** The business clock: which days are due (FINBOT_NOW pins it). */
  readonly clock: Clock;
  readonly senders: DirectMessageSenders;
  readonly everyMs: number;
  /** A message claim older than this belongs to a dead process (default 10 minutes: longer than any send). */
  readonly staleSendingMs?: number;
  readonly onTick?: (report: RecurringTickReport) => void;
  readonly onError?: (error: unknown) => void;
  readonly onJobFailed?: (failure: JobFailure) => void;
  readonly onNoticeFailure?: (occurrenceId: number, error: unknown, final: boolean) => void;
}

export interface Recurring {
  /** One tick in this process, now. */
  tick(): Promise<RecurringTickReport>;
  schedulerRegistered(): Promise<boolean>;
  close(): Promise<void>;
}

/** Retries a message after 30 s, 1, 2, 4 … minutes, at most an hour apart: 30 tries span about a day. */
const noticeBackoffMs = (attempt: number) => Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);

export async function startRecurring(options: RecurringOptions): Promise<Recurring> {
  const deploymentId = await options.store.deploymentId();
  const prefix = deploymentPrefix(options.prefix, deploymentId);
  const tick = () =>
    runRecurringTick({
      store: options.store,
      clock: options.clock,
      wallClock: systemClock,
      senders: options.senders,
      staleSendingMs: options.staleSendingMs ?? 600_000,
      maxAttempts: 30,
      backoffMs: noticeBackoffMs,
      ...(options.onNoticeFailure ? { onFailure: options.onNoticeFailure } : {}),
      onRuleError: (_ruleId, error) => options.onError?.(error),
    });
  const connection = createRedisConnection(options.redisUrl, 'worker');
  let scheduler: TickScheduler | undefined;
  try {
    scheduler = await startTickScheduler({
      connection,
      prefix,
      deploymentId,
      queueName: queueNames.recurring,
      schedulerId: 'recurring-tick',
      onForeignJob: (error) => options.onError?.(error),
      repeat: { everyMs: options.everyMs },
      tick,
      ...(options.onTick ? { onTick: options.onTick } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
      ...(options.onJobFailed ? { onFailed: options.onJobFailed } : {}),
    });
  } catch (error) {
    connection.disconnect();
    throw error;
  }
  // One tick at once, outside the queue: after a crash the scheduler's job in hand stays locked until BullMQ finds it
  // stalled (up to a minute), and what was missed during the downtime should not wait for that. Ticks in several
  // processes at once are safe: every occurrence and message is claimed in the database.
  const startup = tick().catch((error: unknown) => options.onError?.(error));
  return {
    tick,
    schedulerRegistered: async () => (scheduler ? scheduler.isRegistered() : true),
    async close() {
      await startup;
      await scheduler?.close();
      connection.disconnect();
    },
  };
}
