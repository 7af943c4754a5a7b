/**
 * DigestSender over the Slack Web API: a direct message with the chart uploaded as a file and the text as its
 * comment. Slack reads `&`, `<` and `>` in both as markup, so the text (categories and notes are the user's
 * own words) is escaped: a category named `<!channel>` must stay text, not notify a channel.
 */
import { escapeSlackText } from '../bots/slack/slack-text.ts';
import {
  type DigestMessage,
  type DigestRecipient,
  DigestRecipientUnreachableError,
  type DigestSender,
  DigestThrottledError,
} from '../core/digest/digest-sender.ts';

export interface SlackDigestSenderOptions {
  /** SLACK_BOT_TOKEN (scopes: im:write, chat:write, files:write). */
  readonly token: string;
  /** SLACK_API_URL; default https://slack.com/api/. */
  readonly apiUrl?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** Errors about the user or their DM channel: retrying cannot help, so the user is marked unreachable. */
const permanentErrors = new Set([
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'channel_not_found',
  'is_archived',
  'messages_tab_disabled',
  'not_in_channel',
]);

interface SlackAnswer {
  ok: boolean;
  error?: string;
  [field: string]: unknown;
}

export function createSlackDigestSender(options: SlackDigestSenderOptions): DigestSender {
  const apiUrl = (options.apiUrl ?? 'https://slack.com/api/').replace(/\/?$/, '/');
  const doFetch = options.fetch ?? fetch;
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 30_000);

  const check = async (what: string, response: Response): Promise<SlackAnswer> => {
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after') ?? '1');
      throw new DigestThrottledError(`Slack ${what} rate limited`, (Number.isFinite(seconds) ? seconds : 1) * 1000);
    }
    const answer = (await response
      .json()
      .catch(() => ({ ok: false, error: `http_${response.status}` }))) as SlackAnswer;
    if (answer.ok) return answer;
    const description = `Slack ${what}: ${answer.error ?? `HTTP ${response.status}`}`;
    if (answer.error && permanentErrors.has(answer.error)) throw new DigestRecipientUnreachableError(description);
    throw new Error(description);
  };

  const call = async (method: string, fields: Record<string, string>): Promise<SlackAnswer> => {
    const response = await doFetch(`${apiUrl}${method}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      },
      body: new URLSearchParams(fields).toString(),
      signal: timeout(),
    });
    return check(method, response);
  };

  return {
    async send(recipient: DigestRecipient, message: DigestMessage, pace: () => Promise<void>): Promise<void> {
      // "T0123:U0456": the DM is opened with the user id; the team part only chose the pacer.
      const userId = recipient.platformUserId.split(':').pop() ?? recipient.platformUserId;
      const opened = await call('conversations.open', { users: userId });
      const channel = (opened.channel as { id?: string } | undefined)?.id;
      if (!channel) throw new Error('Slack conversations.open returned no channel');
      const text = escapeSlackText(message.text);
      if (!message.chart) {
        await pace();
        await call('chat.postMessage', { channel, text });
        return;
      }
      const png = message.chart.png;
      const upload = await call('files.getUploadURLExternal', {
        filename: 'digest.png',
        length: String(png.byteLength),
      });
      const uploaded = await doFetch(String(upload.upload_url), {
        method: 'POST',
        headers: { 'content-type': 'image/png' },
        body: new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
        signal: timeout(),
      });
      if (!uploaded.ok) throw new Error(`Slack file upload: HTTP ${uploaded.status}`);
      await pace();
      await call('files.completeUploadExternal', {
        files: JSON.stringify([{ id: String(upload.file_id), title: 'Weekly digest' }]),
        channel_id: channel,
        initial_comment: text,
      });
    },
  };
}
