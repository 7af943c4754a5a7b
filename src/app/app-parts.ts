/** What every command reads from the composition root (config, clock, database, store, settings), and the core's handler over it. */

import type { DigestChartRenderer } from '../core/digest/digest-chart-renderer.ts';
import { defaultDigestSendAt, parseDigestSendAt } from '../core/digest/digest-send-at.ts';
import type { FileScheduler } from '../core/ports/file-scheduler.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import type { RunScheduler } from '../core/ports/run-scheduler.ts';
import type { CoreSettings } from '../core/service/core-deps.ts';
import { createMessageHandler, type MessageHandler } from '../core/service/handle-message.ts';
import { retryWhileUnavailable } from '../core/service/retry-while-unavailable.ts';
import { type Clock, fixedClock, systemClock } from '../core/time/clock.ts';
import type { Weekday } from '../core/time/period.ts';
import type { Logger } from '../infra/logger.ts';
import type { OpenedDatabase } from '../storage/open-database.ts';
import { isStorageUnavailable } from '../storage/storage-unavailable.ts';
import { dashboardPath } from '../web/dashboard-path.ts';
import type { Config } from './config.ts';
import { resumingDigests } from './resume-digests-on-message.ts';

export interface App {
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
  readonly database: OpenedDatabase;
  readonly store: LedgerStore;
  readonly settings: CoreSettings;
}

export function coreSettingsFrom(config: Config): CoreSettings {
  return {
    defaults: {
      timeZone: config.DEFAULT_TIMEZONE,
      currency: config.DEFAULT_CURRENCY,
      locale: config.DEFAULT_LOCALE,
      weekStart: config.DEFAULT_WEEK_START as Weekday,
      digestEnabled: true,
    },
    maxAmountMajor: config.MAX_AMOUNT,
    undoWindowMinutes: config.UNDO_WINDOW_MINUTES,
    digestSendAt: parseDigestSendAt(config.DIGEST_SEND_AT) ?? defaultDigestSendAt,
    ...(config.PUBLIC_URL ? { dashboardUrl: `${config.PUBLIC_URL}${dashboardPath}` } : {}),
  };
}

/** The system clock, or the instant FINBOT_NOW pins for reproducible runs. */
export function clockFrom(pinnedNow: string | undefined): Clock {
  return pinnedNow ? fixedClock(new Date(pinnedNow)) : systemClock;
}

/** How long a message is retried while the database is out of reach, before the user is told to send it again. */
const storageRetryMs = 60_000;

/**
 * The core's message handler over the app's store. With a run scheduler, questions the core cannot answer go
 * to the model; without one they get the help reply. With a chart renderer, "digest now" comes with its chart;
 * with a file scheduler, a requested export or report is queued as soon as its message commits.
 */
export function createHandler(
  app: Pick<App, 'store' | 'clock' | 'settings' | 'log' | 'database'>,
  runScheduler?: RunScheduler,
  digestChart?: DigestChartRenderer,
  fileScheduler?: FileScheduler,
): MessageHandler {
  const handleOnce = createMessageHandler({
    store: app.store,
    clock: app.clock,
    settings: app.settings,
    runScheduler,
    ...(digestChart ? { digestChart } : {}),
    ...(fileScheduler ? { fileScheduler } : {}),
    onError: (error) =>
      app.log.warn({ err: error }, 'a message was answered without an extra (a queued run, a digest chart)'),
  });
  const handle = retryWhileUnavailable(handleOnce, {
    isUnavailable: isStorageUnavailable,
    withinMs: storageRetryMs,
    onRetry: (error, attempt) =>
      app.log.warn({ err: error, attempt }, 'database out of reach; the message will be handled again'),
  });
  return resumingDigests(handle, app.database.db, app.log);
}
