/** Reply and digest senders for the configured platforms, usable without running the platform adapters. */
import { createSlackReplySender } from '../bots/slack/slack-reply-sender.ts';
import { createSlackWebClient } from '../bots/slack/slack-web-client.ts';
import { createSenderApi } from '../bots/telegram/create-sender-api.ts';
import { createTelegramReplySender } from '../bots/telegram/telegram-reply-sender.ts';
import { createSlackDigestSender } from '../digest/slack-digest-sender.ts';
import { createTelegramDigestSender } from '../digest/telegram-digest-sender.ts';
import type { SenderRegistry } from '../jobs/deliveries/deliver-run.ts';
import type { DigestSenders } from '../jobs/digest/send-digest.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

export function replySendersFrom(config: Config, log: Logger): SenderRegistry {
  const senders: SenderRegistry = {};
  if (config.TELEGRAM_BOT_TOKEN) {
    const api = createSenderApi({
      token: config.TELEGRAM_BOT_TOKEN,
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    });
    senders.telegram = createTelegramReplySender({ api, log });
  }
  if (config.SLACK_BOT_TOKEN) {
    const client = createSlackWebClient({ botToken: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL }, log);
    senders.slack = createSlackReplySender({ client, log });
  }
  return senders;
}

export function digestSendersFrom(config: Config): DigestSenders {
  return {
    ...(config.TELEGRAM_BOT_TOKEN
      ? {
          telegram: createTelegramDigestSender({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT }),
        }
      : {}),
    ...(config.SLACK_BOT_TOKEN
      ? { slack: createSlackDigestSender({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL }) }
      : {}),
  };
}
