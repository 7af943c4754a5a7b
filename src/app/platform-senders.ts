/** The configured platforms' senders (replies, digests and files, one client each), usable without the platform adapters. */
import { createSlackSender } from '../bots/slack/slack-sender.ts';
import { createSlackWebClient } from '../bots/slack/slack-web-client.ts';
import { createSenderApi } from '../bots/telegram/create-sender-api.ts';
import { createTelegramSender } from '../bots/telegram/telegram-sender.ts';
import type { DigestSenders } from '../core/digest/send-digest.ts';
import type { Platform } from '../core/domain/user.ts';
import type { PlatformSender } from '../core/ports/platform-sender.ts';
import type { FileSenders } from '../core/reports/deliver-file.ts';
import type { Logger } from '../infra/logger.ts';
import type { SenderRegistry } from '../jobs/deliveries/deliver-run.ts';
import type { Config } from './config.ts';

export type PlatformSenders = Partial<Record<Platform, PlatformSender>>;

export function platformSendersFrom(config: Config, log: Logger): PlatformSenders {
  const senders: PlatformSenders = {};
  if (config.TELEGRAM_BOT_TOKEN) {
    const api = createSenderApi({
      token: config.TELEGRAM_BOT_TOKEN,
      ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    });
    senders.telegram = createTelegramSender({ api, log });
  }
  if (config.SLACK_BOT_TOKEN) {
    const client = createSlackWebClient({ botToken: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL }, log);
    senders.slack = createSlackSender({ client, log });
  }
  return senders;
}

export function replySendersFrom(config: Config, log: Logger): SenderRegistry {
  return pick(platformSendersFrom(config, log), 'replies');
}

export function digestSendersFrom(config: Config, log: Logger): DigestSenders {
  return pick(platformSendersFrom(config, log), 'digests');
}

export function fileSendersFrom(config: Config, log: Logger): FileSenders {
  return pick(platformSendersFrom(config, log), 'files');
}

function pick<Part extends keyof PlatformSender>(
  senders: PlatformSenders,
  part: Part,
): Partial<Record<Platform, PlatformSender[Part]>> {
  return Object.fromEntries(Object.entries(senders).map(([platform, sender]) => [platform, sender[part]]));
}
