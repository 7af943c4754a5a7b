/**
 * Long polling with @grammyjs/runner, supervised: when Telegram answers 409 Conflict (another instance
 * polls the same token, or a webhook is set) it logs one clear line, backs off and tries again, instead of
 * crash-looping; a refused token (401) stops polling for good. When the Bot API cannot be reached, the
 * supervisor retries, not the runner: the runner's own retry sleeps cannot be interrupted, so a SIGTERM
 * during an outage would wait out its ever longer back-off. `stop()` aborts the getUpdates in flight and
 * ends any wait at once.
 */
import { type RunnerHandle, run } from '@grammyjs/runner';
import { type Bot, GrammyError } from 'grammy';
import type { Logger } from '../../infra/logger.ts';
import { allowedUpdates } from './create-telegram-bot.ts';

export interface PollingOptions {
  readonly log: Logger;
  /** First wait after a conflict or a crash; doubles up to `maxBackoffMs`. Default 15 s. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** getUpdates long-poll timeout in seconds (default 30). */
  readonly timeoutSeconds?: number;
  /** First wait after the Bot API could not be reached; doubles up to 30 s. Default 1 s. */
  readonly unreachableBackoffMs?: number;
}

export interface Polling {
  /** Stops fetching and waits for the updates being handled. */
  stop(): Promise<void>;
}

export function startPolling(bot: Bot, options: PollingOptions): Polling {
  const { log } = options;
  const firstBackoff = options.backoffMs ?? 15_000;
  const maxBackoff = options.maxBackoffMs ?? 300_000;
  let handle: RunnerHandle | undefined;
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let inConflict = false;
  let unreachable = false;
  const firstUnreachableBackoff = options.unreachableBackoffMs ?? 1000;
  let unreachableBackoff = firstUnreachableBackoff;

  // Every successful getUpdates ends a conflict episode: say so once.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === 'getUpdates' && result.ok && inConflict) {
      inConflict = false;
      log.info('telegram polling resumed: this instance receives updates again');
    }
    if (method === 'getUpdates' && unreachable) {
      unreachable = false;
      unreachableBackoff = firstUnreachableBackoff;
      log.info('telegram polling resumed: the Bot API answers again');
    }
    return result;
  });

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stopped) return resolve();
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function supervise(): Promise<void> {
    let backoff = firstBackoff;
    while (!stopped) {
      handle = run(bot, {
        runner: {
          fetch: { timeout: options.timeoutSeconds ?? 30, allowed_updates: allowedUpdates },
          silent: true,
          // No retries inside the runner (see the top of this file): a failed getUpdates ends its task.
          maxRetryTime: 0,
        },
      });
      try {
        await handle.task();
        if (stopped) return;
        backoff = firstBackoff;
      } catch (error) {
        if (stopped) return;
        if (error instanceof GrammyError && error.error_code === 401) {
          log.error('telegram refused the bot token (401 Unauthorized); polling stopped: check TELEGRAM_BOT_TOKEN');
          return;
        }
        if (!(error instanceof GrammyError)) {
          // The Bot API could not be reached (network, DNS, a dead proxy): retry soon, say so once.
          if (!unreachable) log.warn({ err: error }, 'telegram bot api unreachable; polling retries');
          unreachable = true;
          await sleep(unreachableBackoff);
          unreachableBackoff = Math.min(30_000, unreachableBackoff * 2);
          continue;
        }
        if (error.error_code === 409) {
          const webhook = /webhook/i.test(error.description);
          if (!inConflict) {
            log.warn(
              { retryInSeconds: Math.round(backoff / 1000) },
              webhook
                ? 'telegram polling conflict: a webhook is set for this bot token; unset TELEGRAM_WEBHOOK_URL elsewhere or run deleteWebhook'
                : 'telegram polling conflict: another instance is polling this bot token; backing off and retrying',
            );
          } else {
            log.debug({ retryInSeconds: Math.round(backoff / 1000) }, 'telegram polling conflict persists');
          }
          inConflict = true;
        } else {
          log.error({ err: error, retryInSeconds: Math.round(backoff / 1000) }, 'telegram polling stopped; restarting');
        }
      }
      await sleep(backoff);
      backoff = Math.min(maxBackoff, backoff * 2);
    }
  }

  const supervisor = supervise();
  return {
    async stop() {
      stopped = true;
      wakeUp?.();
      if (handle?.isRunning()) await handle.stop();
      await supervisor;
    },
  };
}
