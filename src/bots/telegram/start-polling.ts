/**
 * Long polling with @grammyjs/runner, supervised: when Telegram answers 409 Conflict (another instance
 * polls the same token, or a webhook is set) it logs one clear line, backs off and tries again, instead of
 * crash-looping; a refused token (401) stops polling for good.
 */
import { type RunnerHandle, run } from '@grammyjs/runner';
import { type Bot, GrammyError } from 'grammy';
import type { Logger } from '../../app/logger.ts';
import { allowedUpdates } from './create-telegram-bot.ts';

export interface PollingOptions {
  readonly log: Logger;
  /** First wait after a conflict or a crash; doubles up to `maxBackoffMs`. Default 15 s. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** getUpdates long-poll timeout in seconds (default 30). */
  readonly timeoutSeconds?: number;
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

  // Every successful getUpdates ends a conflict episode: say so once.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === 'getUpdates' && result.ok && inConflict) {
      inConflict = false;
      log.info('telegram polling resumed: this instance receives updates again');
    }
    return result;
  });

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
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
          retryInterval: 'exponential',
          maxRetryTime: 60 * 60 * 1000,
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
        if (error instanceof GrammyError && error.error_code === 409) {
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
