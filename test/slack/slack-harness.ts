/**
 * The Slack adapter running for real — Bolt's HTTP receiver on the shared server, a core over SQLite, a fake
 * Slack Web API — and helpers that push signed requests at it the way Slack does.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { type SlackAdapter, type StartSlackOptions, startSlack } from '../../src/bots/slack/start-slack.ts';
import type { CoreDeps } from '../../src/core/service/core-deps.ts';
import type { MessageHandler } from '../../src/core/service/handle-message.ts';
import { createHttpServer, type HttpServer, type Refusal } from '../../src/infra/http/http-server.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { type FakeSlack, type FakeSlackUser, startFakeSlack } from '../support/fake-slack-server.ts';

export const signingSecret = 'test-signing-secret';
export const teamId = 'T0TEAM';

export interface SlackHarness {
  readonly core: CoreHarness;
  readonly slack: FakeSlack;
  readonly adapter: SlackAdapter;
  readonly http: HttpServer;
  /** What the shared server answered 500 for, and what it refused as the client's fault. */
  readonly httpErrors: unknown[];
  readonly refusals: Refusal[];
  /** http://127.0.0.1:PORT/slack/events */
  readonly eventsUrl: string;
  /** Runs `/expense <text>` as `user`; resolves with the HTTP status and the ack body. */
  command(user: string, text: string, options?: CommandOptions): Promise<SlackResponse & { request: CommandRequest }>;
  /** Sends a DM event from `user`. */
  dm(user: string, text: string, options?: EventOptions): Promise<SlackResponse & { eventId: string }>;
  /** Taps a button with `value` as `user`, on a message whose response_url is `responseUrl`. */
  tap(user: string, value: string, responseUrl: string, options?: SignOptions): Promise<SlackResponse>;
  /** Posts a raw body with headers of your choice (for signature tests). */
  post(body: string, contentType: string, options?: SignOptions): Promise<SlackResponse>;
  close(): Promise<void>;
}

export interface SlackResponse {
  readonly status: number;
  /** Parsed JSON, or the text, or null for an empty body. */
  readonly body: AckBody | string | null;
}

export interface AckBody {
  readonly response_type?: string;
  readonly text?: string;
  readonly blocks?: Array<{ type: string; text?: { text: string }; elements?: Array<{ value?: string }> }>;
}

export interface SignOptions {
  readonly retryNum?: number;
  /** Unix seconds put in X-Slack-Request-Timestamp (and signed); now by default. */
  readonly timestamp?: number;
  /** Overrides the signature header. */
  readonly signature?: string;
  /** Signs with this secret instead of the right one. */
  readonly secret?: string;
}

export interface CommandOptions extends SignOptions {
  readonly triggerId?: string;
  readonly responseUrl?: string;
  readonly team?: string;
}

export interface EventOptions extends SignOptions {
  readonly eventId?: string;
  readonly channel?: string;
  /** Extra fields merged into the message event (bot_id, subtype …). */
  readonly extra?: Record<string, unknown>;
}

export interface CommandRequest {
  readonly triggerId: string;
  readonly responseUrl: string;
}

export interface SlackHarnessOptions {
  /** Optional parts of the core (a file scheduler). */
  readonly core?: Pick<CoreDeps, 'fileScheduler'>;
  /** Wraps the real core handler (to script a `queued` reply, a failure, a slow core). */
  readonly wrap?: (handle: MessageHandler) => MessageHandler;
  readonly users?: ReadonlyArray<FakeSlackUser>;
  readonly start?: Partial<StartSlackOptions>;
}

export async function startSlackHarness(options: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const core = await createCoreHarness(undefined, undefined, undefined, options.core);
  const slack = await startFakeSlack({ users: options.users ?? [] });
  const log = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const httpErrors: unknown[] = [];
  const refusals: Refusal[] = [];
  const http = createHttpServer(
    (error) => {
      httpErrors.push(error);
      log.error({ err: error }, 'http error');
    },
    { onRefused: (refusal) => refusals.push(refusal) },
  );
  const handleMessage = options.wrap ? options.wrap(core.handle) : core.handle;
  const adapter = await startSlack({
    botToken: slack.botToken,
    signingSecret,
    apiUrl: slack.apiUrl,
    http,
    handleMessage,
    log,
    ...options.start,
  });
  const port = await http.listen(0, '127.0.0.1');
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

  async function post(body: string, contentType: string, sign: SignOptions = {}): Promise<SlackResponse> {
    const timestamp = sign.timestamp ?? Math.floor(Date.now() / 1000);
    const signature =
      sign.signature ??
      `v0=${createHmac('sha256', sign.secret ?? signingSecret)
        .update(`v0:${timestamp}:${body}`)
        .digest('hex')}`;
    const response = await fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
        ...(sign.retryNum !== undefined
          ? { 'x-slack-retry-num': String(sign.retryNum), 'x-slack-retry-reason': 'http_timeout' }
          : {}),
      },
      body,
    });
    const text = await response.text();
    let parsed: AckBody | string | null = text === '' ? null : text;
    try {
      if (text !== '') parsed = JSON.parse(text) as AckBody;
    } catch {
      // plain text stays text
    }
    return { status: response.status, body: parsed };
  }

  return {
    core,
    slack,
    adapter,
    http,
    httpErrors,
    refusals,
    eventsUrl,
    post,
    async command(user, text, commandOptions = {}) {
      const request = {
        triggerId: commandOptions.triggerId ?? `${Date.now()}.${randomUUID().replace(/-/g, '')}`,
        responseUrl: commandOptions.responseUrl ?? slack.newResponseUrl(),
      };
      const body = new URLSearchParams({
        token: 'verification-token-unused',
        team_id: commandOptions.team ?? teamId,
        team_domain: 'fake',
        channel_id: 'C0CHANNEL',
        channel_name: 'general',
        user_id: user,
        user_name: user.toLowerCase(),
        command: '/expense',
        text,
        api_app_id: 'A0APP',
        is_enterprise_install: 'false',
        response_url: request.responseUrl,
        trigger_id: request.triggerId,
      }).toString();
      return { ...(await post(body, 'application/x-www-form-urlencoded', commandOptions)), request };
    },
    async dm(user, text, eventOptions = {}) {
      const eventId = eventOptions.eventId ?? `Ev${randomUUID().slice(0, 10).toUpperCase()}`;
      const ts = `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
      const body = JSON.stringify({
        token: 'verification-token-unused',
        team_id: teamId,
        api_app_id: 'A0APP',
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: teamId, user_id: slack.botUserId, is_bot: true, is_enterprise_install: false }],
        event: {
          type: 'message',
          channel: eventOptions.channel ?? `D${user}`,
          channel_type: 'im',
          user,
          text,
          ts,
          event_ts: ts,
          team: teamId,
          client_msg_id: randomUUID(),
          ...eventOptions.extra,
        },
      });
      return { ...(await post(body, 'application/json', eventOptions)), eventId };
    },
    async tap(user, value, responseUrl, sign = {}) {
      const payload = {
        type: 'block_actions',
        user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: teamId },
        api_app_id: 'A0APP',
        token: 'verification-token-unused',
        container: { type: 'message', message_ts: '1764052200.000100', channel_id: 'C0CHANNEL', is_ephemeral: true },
        trigger_id: `${Date.now()}.${randomUUID().replace(/-/g, '')}`,
        team: { id: teamId, domain: 'fake' },
        channel: { id: 'C0CHANNEL', name: 'general' },
        response_url: responseUrl,
        actions: [
          {
            action_id: 'finbot_cmd_0',
            block_id: 'b1',
            text: { type: 'plain_text', text: 'Undo', emoji: true },
            value,
            type: 'button',
            action_ts: `${(Date.now() / 1000).toFixed(6)}`,
          },
        ],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return post(body, 'application/x-www-form-urlencoded', sign);
    },
    async close() {
      await adapter.stop();
      await http.close();
      await slack.close();
      await core.close();
    },
  };
}

/** The ack's body as an object (fails the test when it is not one). */
export function ackOf(response: SlackResponse): AckBody {
  if (typeof response.body !== 'object' || response.body === null) {
    throw new Error(`expected a JSON ack, got ${response.status} ${String(response.body)}`);
  }
  return response.body;
}

/** Values of the buttons in a message's blocks. */
export function buttonValues(message: AckBody | Record<string, unknown>): string[] {
  const blocks = (message as AckBody).blocks ?? [];
  return blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []).map((e) => e.value ?? '') : []));
}
