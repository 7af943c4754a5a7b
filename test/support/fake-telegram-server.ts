/**
 * A fake Telegram Bot API on a real local port (`/bot<token>/<method>`), so grammY runs unchanged against it
 * through `client.apiRoot`. Scriptable: inject updates (served by getUpdates, or POSTed to a set webhook),
 * answer the next calls with 429 or 409, and read back every call it got.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { UserFromGetMe } from 'grammy/types';

/** One API call as the server saw it. */
export interface RecordedCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** HTTP status the fake answered with. */
  readonly status: number;
  readonly at: number;
  /** The caller's name when it came through `apiRoot` + `/via/<name>` (fault tests tell processes apart so). */
  readonly via?: string;
}

/** A file the bot uploaded in a multipart call (sendDocument, sendPhoto), with its content. */
export interface UploadedFile {
  readonly method: string;
  /** The form field that carried it ("document", "photo"). */
  readonly field: string;
  readonly filename: string;
  readonly content: Buffer;
  /** The call's chat_id. */
  readonly chatId: string;
  /** HTTP status the fake answered the call with. */
  readonly status: number;
}

/** A message the bot sent (or edited), as the fake keeps it. */
export interface StoredMessage {
  readonly message_id: number;
  readonly chat_id: number;
  text: string;
  parse_mode?: string;
  reply_markup?: InlineMarkup;
  reply_to_message_id?: number;
  edits: number;
}

export interface InlineMarkup {
  readonly inline_keyboard: ReadonlyArray<ReadonlyArray<{ text: string; callback_data?: string }>>;
}

export interface ScriptedFailure {
  /** Only calls of this method fail (any method when absent). */
  readonly method?: string;
  readonly count: number;
  readonly errorCode: number;
  readonly description?: string;
  /** Sent as `parameters.retry_after` (seconds; fractions are allowed and honoured by auto-retry). */
  readonly retryAfter?: number;
}

export interface FakeTelegram {
  /** Pass as grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every call, in order. */
  readonly calls: ReadonlyArray<RecordedCall>;
  /** Calls of one method, in order. */
  callsOf(method: string): RecordedCall[];
  /** Every file uploaded in a multipart call, in order (answered calls and refused ones alike). */
  uploads(): UploadedFile[];
  /** Messages sent to `chatId` (all chats when absent), in order, with their current (edited) text. */
  messages(chatId?: number): StoredMessage[];
  /** Queues an update (its update_id is assigned when missing); returns the update as queued. */
  inject(update: Record<string, unknown>): Record<string, unknown> & { update_id: number };
  /** Queues an update that reuses an earlier update_id (a redelivery). */
  redeliver(update: Record<string, unknown> & { update_id: number }): void;
  /** The next calls (of `failure.method`) fail as scripted. */
  failNext(failure: ScriptedFailure): void;
  /** The current webhook (set by setWebhook), if any. */
  webhook(): { url: string; secretToken?: string } | undefined;
  /** Resolves once `predicate` holds over the recorded calls; rejects after `timeoutMs`. */
  waitFor(predicate: (calls: ReadonlyArray<RecordedCall>) => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves when every queued update was confirmed (getUpdates with a higher offset) or posted. */
  drained(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const defaultToken = '123456:TEST-token';

/** Starts the fake on 127.0.0.1 at a free port. An unknown method gets Telegram's 404 answer. */
export async function startFakeTelegram(options: { token?: string } = {}): Promise<FakeTelegram> {
  const token = options.token ?? defaultToken;
  const botId = Number(token.split(':')[0]) || 1;
  const botInfo = {
    id: botId,
    is_bot: true as const,
    first_name: 'finbot',
    username: 'finbot_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  } satisfies UserFromGetMe;
  const calls: RecordedCall[] = [];
  const uploaded: UploadedFile[] = [];
  const queue: Array<Record<string, unknown> & { update_id: number }> = [];
  const messages: StoredMessage[] = [];
  const failures: Array<ScriptedFailure & { left: number }> = [];
  /** Redelivered updates: served again even below the confirmed offset, until a later poll confirms them. */
  const redelivered = new Set<Record<string, unknown>>();
  const servedAgain = new Set<Record<string, unknown>>();
  const pollers = new Set<() => void>();
  const watchers = new Set<() => void>();
  let nextUpdateId = 1000;
  let nextMessageId = 1;
  let hook: { url: string; secretToken?: string } | undefined;
  let posting = Promise.resolve();

  function notify(): void {
    for (const wake of [...pollers]) wake();
    for (const watch of [...watchers]) watch();
  }

  function record(method: string, params: Record<string, unknown>, status: number, via?: string): void {
    calls.push({ method, params, status, at: Date.now(), ...(via ? { via } : {}) });
    notify();
  }

  function scriptedFailure(method: string): ScriptedFailure | undefined {
    const failure = failures.find((entry) => entry.left > 0 && (!entry.method || entry.method === method));
    if (!failure) return undefined;
    failure.left -= 1;
    return failure;
  }

  function deliverToWebhook(update: Record<string, unknown>): void {
    const target = hook;
    if (!target) return;
    // One at a time, in order, like Telegram with max_connections 1.
    posting = posting.then(async () => {
      try {
        const response = await fetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(target.secretToken ? { 'x-telegram-bot-api-secret-token': target.secretToken } : {}),
          },
          body: JSON.stringify(update),
        });
        await response.arrayBuffer();
      } catch {
        // Telegram would retry later; tests redeliver explicitly.
      }
      const at = queue.indexOf(update as (typeof queue)[number]);
      if (at >= 0) queue.splice(at, 1);
      notify();
    });
  }

  function enqueue(update: Record<string, unknown> & { update_id: number }): void {
    queue.push(update);
    if (hook) deliverToWebhook(update);
    notify();
  }

  async function getUpdates(params: Record<string, unknown>, response: ServerResponse): Promise<unknown[]> {
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    const timeoutMs = Math.min(Number(params.timeout ?? 0), 50) * 1000;
    // Telegram forgets every update below the offset: it is confirmed.
    for (let i = queue.length - 1; i >= 0; i -= 1) {
      const update = queue[i];
      if (!update || update.update_id >= offset) continue;
      if (redelivered.has(update) && !servedAgain.has(update)) continue;
      queue.splice(i, 1);
      redelivered.delete(update);
      servedAgain.delete(update);
    }
    notify();
    const pending = () => {
      const batch = queue
        .filter((update) => update.update_id >= offset || (redelivered.has(update) && !servedAgain.has(update)))
        .slice(0, limit);
      for (const update of batch) if (redelivered.has(update)) servedAgain.add(update);
      return batch;
    };
    if (timeoutMs === 0) return pending();
    const ready = () =>
      queue.some((update) => update.update_id >= offset || (redelivered.has(update) && !servedAgain.has(update)));
    if (ready()) return pending();
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        pollers.delete(wake);
        response.off('close', done);
        resolve();
      };
      const wake = () => {
        if (ready()) done();
      };
      const timer = setTimeout(done, timeoutMs);
      pollers.add(wake);
      // The client gave up (grammY aborted the poll): stop waiting.
      response.once('close', done);
    });
    return pending();
  }

  function sendMessage(params: Record<string, unknown>, extra: Partial<StoredMessage> = {}): Record<string, unknown> {
    const chatId = Number(params.chat_id);
    const replyParameters = parseMaybeJson(params.reply_parameters) as { message_id?: number } | undefined;
    const stored: StoredMessage = {
      message_id: nextMessageId++,
      chat_id: chatId,
      text: String(params.text ?? params.caption ?? ''),
      parse_mode: params.parse_mode as string | undefined,
      reply_markup: parseMaybeJson(params.reply_markup) as InlineMarkup | undefined,
      reply_to_message_id: replyParameters?.message_id ?? (params.reply_to_message_id as number | undefined),
      edits: 0,
      ...extra,
    };
    messages.push(stored);
    return messageJson(stored);
  }

  function messageJson(stored: StoredMessage): Record<string, unknown> {
    return {
      message_id: stored.message_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: stored.chat_id, type: stored.chat_id < 0 ? 'group' : 'private' },
      from: { id: botId, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
      text: stored.text,
      ...(stored.reply_markup ? { reply_markup: stored.reply_markup } : {}),
    };
  }

  type Answer = { status: number; body: unknown };
  const ok = (result: unknown): Answer => ({ status: 200, body: { ok: true, result } });
  const error = (status: number, description: string, parameters?: object): Answer => ({
    status,
    body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) },
  });

  async function answer(method: string, params: Record<string, unknown>, response: ServerResponse): Promise<Answer> {
    const failure = scriptedFailure(method);
    if (failure) {
      const description =
        failure.description ??
        (failure.errorCode === 429
          ? `Too Many Requests: retry after ${failure.retryAfter ?? 1}`
          : failure.errorCode === 409
            ? 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'
            : 'Scripted failure');
      return error(
        failure.errorCode,
        description,
        failure.retryAfter !== undefined ? { retry_after: failure.retryAfter } : undefined,
      );
    }
    switch (method) {
      case 'getMe':
        return ok(botInfo);
      case 'getUpdates':
        if (hook) return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook");
        return ok(await getUpdates(params, response));
      case 'setWebhook':
        hook = { url: String(params.url), secretToken: params.secret_token as string | undefined };
        for (const update of queue) deliverToWebhook(update);
        return ok(true);
      case 'deleteWebhook':
        hook = undefined;
        if (params.drop_pending_updates === true || params.drop_pending_updates === 'true') queue.length = 0;
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: hook?.url ?? '', has_custom_certificate: false, pending_update_count: queue.length });
      case 'sendMessage':
        if (!params.text || String(params.text).length > 4096)
          return error(400, 'Bad Request: message text is empty or too long');
        if (params.parse_mode === 'HTML' && !isBalancedHtml(String(params.text))) {
          return error(400, "Bad Request: can't parse entities: unsupported start tag");
        }
        return ok(sendMessage(params));
      case 'sendPhoto':
      case 'sendDocument':
        return ok(
          sendMessage(params, { text: String(params.caption ?? `[${method === 'sendPhoto' ? 'photo' : 'document'}]`) }),
        );
      case 'editMessageText': {
        const stored = messages.find(
          (entry) => entry.chat_id === Number(params.chat_id) && entry.message_id === Number(params.message_id),
        );
        if (!stored) return error(400, 'Bad Request: message to edit not found');
        const markup = parseMaybeJson(params.reply_markup) as InlineMarkup | undefined;
        if (stored.text === params.text && JSON.stringify(stored.reply_markup) === JSON.stringify(markup)) {
          return error(400, 'Bad Request: message is not modified');
        }
        if (params.parse_mode === 'HTML' && !isBalancedHtml(String(params.text))) {
          return error(400, "Bad Request: can't parse entities: unsupported start tag");
        }
        stored.text = String(params.text);
        stored.parse_mode = params.parse_mode as string | undefined;
        stored.reply_markup = markup;
        stored.edits += 1;
        return ok(messageJson(stored));
      }
      case 'editMessageReplyMarkup': {
        const stored = messages.find(
          (entry) => entry.chat_id === Number(params.chat_id) && entry.message_id === Number(params.message_id),
        );
        if (!stored) return error(400, 'Bad Request: message to edit not found');
        stored.reply_markup = parseMaybeJson(params.reply_markup) as InlineMarkup | undefined;
        stored.edits += 1;
        return ok(messageJson(stored));
      }
      case 'answerCallbackQuery':
      case 'sendChatAction':
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'close':
      case 'logOut':
        return ok(true);
      case 'getMyCommands':
        return ok([]);
      default:
        return error(404, 'Not Found: method not found');
    }
  }

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const match = /^(?:\/via\/([\w-]+))?\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const body = await readBody(request);
    if (!match) return send(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, via, requestToken, method = ''] = match;
    const files: Array<{ field: string; filename: string; content: Buffer }> = [];
    const params = parseParams(request.headers['content-type'] ?? '', body, url.searchParams, files);
    const keepFiles = (status: number) => {
      for (const file of files) uploaded.push({ ...file, method, chatId: String(params.chat_id ?? ''), status });
    };
    if (requestToken !== token) {
      keepFiles(401);
      record(method, params, 401, via);
      return send(response, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    }
    const result = await answer(method, params, response);
    keepFiles(result.status);
    record(method, params, result.status, via);
    if (!response.destroyed) send(response, result.status, result.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(check);
        reject(new Error(`fake Telegram: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        watchers.delete(check);
        resolve();
      };
      watchers.add(check);
    });
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo,
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method),
    uploads: () => [...uploaded],
    messages: (chatId) => messages.filter((message) => chatId === undefined || message.chat_id === chatId),
    inject(update) {
      const queued = { ...update, update_id: (update.update_id as number | undefined) ?? nextUpdateId++ };
      nextUpdateId = Math.max(nextUpdateId, queued.update_id + 1);
      enqueue(queued);
      return queued;
    },
    redeliver(update) {
      const again = { ...update };
      redelivered.add(again);
      enqueue(again);
    },
    failNext(failure) {
      failures.push({ ...failure, left: failure.count });
    },
    webhook: () => hook,
    waitFor: (predicate, timeoutMs = 5000) => waitFor(() => predicate(calls), timeoutMs, 'a call'),
    drained: (timeoutMs = 5000) => waitFor(() => queue.length === 0, timeoutMs, 'the update queue to drain'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const wake of [...pollers]) wake();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON, form-encoded, query-string and multipart/form-data (file parts are kept as their size) all work. */
function parseParams(
  contentType: string,
  body: Buffer,
  query: URLSearchParams,
  files: Array<{ field: string; filename: string; content: Buffer }> = [],
): Record<string, unknown> {
  const params: Record<string, unknown> = Object.fromEntries(query);
  if (body.length === 0) return params;
  if (contentType.includes('application/json')) return { ...params, ...(JSON.parse(body.toString('utf8')) as object) };
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return { ...params, ...Object.fromEntries(new URLSearchParams(body.toString('utf8'))) };
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (contentType.includes('multipart/form-data') && boundary) {
    return { ...params, ...parseMultipart(body, boundary[1] ?? boundary[2] ?? '', files) };
  }
  return params;
}

function parseMultipart(
  body: Buffer,
  boundary: string,
  files: Array<{ field: string; filename: string; content: Buffer }>,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const text = body.toString('latin1');
  for (const part of text.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const name = /[; ]name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    const value = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    // grammY writes `filename=digest.png` unquoted; browsers and curl quote it.
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    if (filename !== undefined) files.push({ field: name, filename, content: Buffer.from(value, 'latin1') });
    fields[name] = /filename=/i.test(headers)
      ? { file: true, bytes: value.length }
      : Buffer.from(value, 'latin1').toString('utf8');
  }
  return fields;
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Telegram refuses HTML with stray `<`/`&` or unclosed tags; the fake does too, so escaping bugs show up. */
function isBalancedHtml(html: string): boolean {
  const allowed = new Set([
    'b',
    'strong',
    'i',
    'em',
    'u',
    'ins',
    's',
    'strike',
    'del',
    'a',
    'code',
    'pre',
    'tg-spoiler',
    'blockquote',
    'span',
  ]);
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z-]+)(?:\s[^<>]*)?>|<|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|&/g;
  for (const match of html.matchAll(token)) {
    const [whole, closing, tag] = match;
    if (whole === '<' || whole === '&') return false;
    if (!tag) continue;
    if (!allowed.has(tag.toLowerCase())) return false;
    if (closing) {
      if (stack.pop() !== tag.toLowerCase()) return false;
    } else stack.push(tag.toLowerCase());
  }
  return stack.length === 0;
}
