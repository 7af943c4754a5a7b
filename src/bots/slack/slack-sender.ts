/**
 * Finbot's Slack sender: later replies (through a response_url, or chat.postMessage/update), weekly digests
 * (a DM, the chart uploaded with the text as its comment) and requested files (uploaded to the DM), over one Web
 * API client. Every failure is a
 * DeliveryError. A response_url is a webhook of Slack's, not a Web API method, so it is posted to directly.
 */

import type { ReplyTarget } from '../../core/domain/reply-target.ts';
import { DeliveryError } from '../../core/ports/delivery-error.ts';
import type { PlatformSender } from '../../core/ports/platform-sender.ts';
import type { Reply } from '../../core/service/inbound-message.ts';
import type { Logger } from '../../infra/logger.ts';
import { type WaitOutOptions, waitOutThrottling } from '../wait-out-throttling.ts';
import { renderReply, type SlackMessage } from './render-blocks.ts';
import { slackHttpFailure, slackRefusal, webApiCall } from './slack-delivery-error.ts';
import { escapeSlackText } from './slack-text.ts';
import type { SlackWebClient } from './slack-web-client.ts';
import { uploadFileToDm } from './upload-file-to-dm.ts';

export interface SlackSenderOptions {
  /** From `createSlackWebClient`: a 429 comes back at once, so a digest can hand it to its worker. */
  readonly client: SlackWebClient;
  readonly log: Logger;
  /** Longest Retry-After a reply waits out in place (default 60 s); digests never wait in place. */
  readonly maxWaitMs?: number;
  /** Tries per reply, counting the first. */
  readonly maxAttempts?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

const responseUrlTimeoutMs = 10_000;

/** `replies` post each message at most once; `digests` go to the user's DM ("TEAM:USER" recipients). */
export function createSlackSender(options: SlackSenderOptions): PlatformSender {
  const { client, log } = options;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const waitOut: WaitOutOptions = {
    maxWaitMs: options.maxWaitMs ?? 60_000,
    maxAttempts: options.maxAttempts ?? 4,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    onWait: (retryAfterMs, attempt) => log.warn({ retryAfterMs, attempt }, 'slack rate limit: waiting in place'),
  };

  /** Posts once; an expired (30 minutes) or used-up (5 posts) URL is told apart, as it never takes the reply. */
  async function postToResponseUrl(url: string, body: object): Promise<'posted' | 'expired'> {
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        redirect: 'error',
        signal: AbortSignal.timeout(responseUrlTimeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new DeliveryError('transient', `response_url unreachable: ${(error as Error).message}`, { cause: error });
    }
    if (response.status === 429) {
      throw slackHttpFailure('response_url', 429, retryAfterSeconds(response.headers.get('retry-after')));
    }
    if (response.status === 404 || response.status === 410 || /expired_url|used_url/.test(text)) return 'expired';
    if (!response.ok) throw slackHttpFailure('response_url', response.status);
    const error = platformError(text);
    if (error) throw slackRefusal('response_url', error);
    return 'posted';
  }

  const postMessage = (channel: string, message: SlackMessage, threadTs?: string) =>
    waitOutThrottling(
      () =>
        webApiCall('chat.postMessage', () =>
          client.chat.postMessage({
            channel,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            unfurl_media: false,
            ...(threadTs ? { thread_ts: threadTs } : {}),
          }),
        ),
      waitOut,
    );

  async function sendReply(target: ReplyTarget, reply: Reply): Promise<void> {
    if (target.platform !== 'slack') {
      throw new DeliveryError('refused', `not a Slack reply target (${target.platform})`);
    }
    const { responseUrl, replaceOriginal, userId, channel, threadTs, ts } = target.address;
    const message = renderReply(reply);
    if (responseUrl) {
      const body =
        replaceOriginal === 'true'
          ? { replace_original: true, text: message.text, blocks: message.blocks }
          : { response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks };
      const outcome = await waitOutThrottling(() => postToResponseUrl(responseUrl, body), waitOut);
      if (outcome === 'expired') {
        if (!userId) throw new DeliveryError('refused', 'the response_url has expired and there is no one to DM');
        // The question outlived its response_url: the answer still reaches the user, in the app's DM.
        log.info({ kind: reply.kind }, 'slack response_url expired; delivering to the DM instead');
        await postMessage(userId, message);
      }
      return;
    }
    if (channel && ts) {
      await waitOutThrottling(
        () =>
          webApiCall('chat.update', () =>
            client.chat.update({ channel, ts, text: message.text, blocks: message.blocks }),
          ),
        waitOut,
      );
      return;
    }
    if (!channel) throw new DeliveryError('refused', 'the reply target has neither responseUrl nor channel');
    await postMessage(channel, message, threadTs);
  }

  return {
    replies: { send: sendReply },
    digests: {
      async send(recipient, message, pace) {
        // "T0123:U0456": the DM is opened with the user id; the team part only chose the pacer.
        const userId = recipient.platformUserId.split(':').pop() ?? recipient.platformUserId;
        const opened = await webApiCall('conversations.open', () => client.conversations.open({ users: userId }));
        const channel = opened.channel?.id;
        if (!channel) throw new DeliveryError('transient', 'Slack conversations.open returned no channel');
        // Categories and notes are the user's own words: a category named <!channel> must stay text.
        const text = escapeSlackText(message.text);
        await pace();
        if (!message.chart) {
          await webApiCall('chat.postMessage', () => client.chat.postMessage({ channel, text }));
          return;
        }
        const png = Buffer.from(message.chart.png);
        await webApiCall('files.uploadV2', () =>
          client.filesUploadV2({
            channel_id: channel,
            file: png,
            filename: 'digest.png',
            title: 'Weekly digest',
            initial_comment: text,
          }),
        );
      },
    },
    files: {
      send: (recipient, file, caption) => uploadFileToDm(client, recipient, file, caption),
    },
  };
}

function retryAfterSeconds(value: string | null): number {
  const seconds = Number.parseInt(value ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 1;
}

/** A response_url answers "ok" or JSON; JSON with `ok: false` is a refusal. */
function platformError(text: string): string | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const body = JSON.parse(text) as { ok?: boolean; error?: string };
    return body.ok === false ? (body.error ?? 'unknown_error') : undefined;
  } catch {
    return undefined;
  }
}
