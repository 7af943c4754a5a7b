/**
 * A fake Slack on a real local port: the Web API methods finbot calls (auth.test, users.info, chat.postMessage,
 * chat.update, views.publish, the files.uploadV2 steps, keeping each uploaded file), response_url endpoints, and a Socket Mode WebSocket
 * (apps.connections.open), recording every call, with scriptable failures (429 + Retry-After, platform errors)
 * and delays.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import type { Duplex } from 'node:stream';

export interface FakeSlackUser {
  readonly id: string;
  readonly name?: string;
  readonly realName?: string;
  readonly displayName?: string;
  readonly tz?: string;
}

export interface RecordedSlackCall {
  /** A Web API method ("chat.postMessage"), "response_url", or "upload". */
  readonly method: string;
  readonly path: string;
  /** Parsed body: JSON, or form fields with JSON-looking values (blocks, view) decoded. */
  readonly body: Record<string, unknown>;
  readonly headers: IncomingMessage['headers'];
  /** ms since the server started. */
  readonly at: number;
  /** The HTTP status the fake answered. */
  readonly status: number;
}

/** A file uploaded through files.getUploadURLExternal, the upload and files.completeUploadExternal. */
export interface SharedSlackFile {
  readonly id: string;
  /** As given to files.getUploadURLExternal. */
  readonly filename: string;
  /** The bytes posted to the upload URL. */
  readonly content: Buffer;
  readonly title: string;
  /** files.completeUploadExternal's channel_id (absent: the file stays private). */
  readonly channelId?: string;
  readonly initialComment?: string;
}

/** What the next matching call gets instead of success. */
export type ScriptedFailure =
  | { readonly kind: 'rate_limited'; readonly retryAfter: number }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'status'; readonly status: number; readonly body?: string };

export interface FakeSlack {
  /** Pass as `slackApiUrl` / SLACK_API_URL (ends with "/"). */
  readonly apiUrl: string;
  readonly baseUrl: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly calls: ReadonlyArray<RecordedSlackCall>;
  /** Calls to one method (or "response_url"), answered 2xx unless `all`. */
  callsTo(method: string, options?: { all?: boolean }): RecordedSlackCall[];
  addUser(user: FakeSlackUser): void;
  /** A fresh response_url; it accepts 5 posts within 30 minutes, like Slack's. */
  newResponseUrl(): string;
  /** Makes a response_url answer 404 expired_url from now on. */
  expireResponseUrl(url: string): void;
  /** The next `times` calls to `method` (or "response_url") fail as scripted. */
  failNext(method: string, failure: ScriptedFailure, times?: number): void;
  /** Calls to `method` wait this long before answering. */
  delay(method: string, ms: number): void;
  /** Socket Mode: sends an envelope to the connected app and resolves with the app's ack payload. */
  sendEnvelope(type: string, payload: unknown, options?: { retryAttempt?: number }): Promise<unknown>;
  /** Socket Mode connections currently open. */
  socketCount(): number;
  /** Files whose upload was completed (files.completeUploadExternal), in order. */
  sharedFiles(): SharedSlackFile[];
  /** Resolves when `predicate` holds over the calls, polling; rejects after `timeoutMs`. */
  waitFor(predicate: (calls: ReadonlyArray<RecordedSlackCall>) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakeSlackOptions {
  readonly botToken?: string;
  /** The app-level token apps.connections.open accepts (Socket Mode). */
  readonly appToken?: string;
  readonly users?: ReadonlyArray<FakeSlackUser>;
}

const responseUrlUses = 5;
const responseUrlLifetimeMs = 30 * 60_000;

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botToken = options.botToken ?? 'xoxb-fake-token';
  const appToken = options.appToken ?? 'xapp-fake-token';
  const botUserId = 'UBOT0001';
  const botId = 'BBOT0001';
  const started = Date.now();
  const calls: RecordedSlackCall[] = [];
  const users = new Map<string, FakeSlackUser>((options.users ?? []).map((user) => [user.id, user]));
  const failures = new Map<string, ScriptedFailure[]>();
  const delays = new Map<string, number>();
  const responseUrls = new Map<string, { uses: number; createdAt: number; expired: boolean }>();
  let tsCounter = 0;
  let baseUrl = '';
  const requestedUploads = new Map<string, { filename: string; content?: Buffer }>();
  const shared: SharedSlackFile[] = [];

  const server = createServer(async (req, res) => {
    const rawBytes = await readBodyBytes(req);
    const raw = rawBytes.toString('utf8');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = parseBody(raw, req.headers['content-type']);
    const method = path.startsWith('/api/')
      ? path.slice('/api/'.length)
      : path.startsWith('/response/')
        ? 'response_url'
        : path.startsWith('/upload/')
          ? 'upload'
          : path;
    const pause = delays.get(method);
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));

    const record = (status: number) =>
      calls.push({ method, path, body, headers: req.headers, at: Date.now() - started, status });
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record(status);
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, {
        'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
        ...headers,
      });
      res.end(text);
    };

    const failure = failures.get(method)?.shift();
    if (failure?.kind === 'rate_limited') {
      send(429, method === 'response_url' ? 'rate_limited' : { ok: false, error: 'ratelimited' }, {
        'retry-after': String(failure.retryAfter),
      });
      return;
    }
    if (failure?.kind === 'status') {
      send(failure.status, failure.body ?? '');
      return;
    }
    if (failure?.kind === 'error') {
      send(200, { ok: false, error: failure.error });
      return;
    }

    if (method === 'response_url') {
      const url = responseUrls.get(path);
      if (!url || url.expired || Date.now() - url.createdAt > responseUrlLifetimeMs) {
        send(404, 'expired_url');
        return;
      }
      if (url.uses >= responseUrlUses) {
        send(404, 'used_url');
        return;
      }
      url.uses += 1;
      send(200, { ok: true });
      return;
    }
    if (method === 'upload') {
      const upload = requestedUploads.get(path.slice('/upload/'.length));
      if (!upload) {
        send(404, 'not found');
        return;
      }
      upload.content = uploadedContent(rawBytes, req.headers['content-type']);
      send(200, 'OK - 1');
      return;
    }
    if (!path.startsWith('/api/')) {
      send(404, 'not found');
      return;
    }
    if (method === 'apps.connections.open') {
      if (req.headers.authorization !== `Bearer ${appToken}`) send(200, { ok: false, error: 'invalid_auth' });
      else send(200, { ok: true, url: `${baseUrl.replace(/^http/, 'ws')}/socket-mode` });
      return;
    }
    if (req.headers.authorization !== `Bearer ${botToken}` && body.token !== botToken) {
      send(200, { ok: false, error: 'invalid_auth' });
      return;
    }

    switch (method) {
      case 'auth.test':
        send(200, {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'finbot',
          team_id: 'T0FAKE',
          user_id: botUserId,
          bot_id: botId,
        });
        return;
      case 'users.info': {
        const user = users.get(String(body.user));
        if (!user) {
          send(200, { ok: false, error: 'user_not_found' });
          return;
        }
        send(200, {
          ok: true,
          user: {
            id: user.id,
            name: user.name ?? user.id.toLowerCase(),
            real_name: user.realName ?? user.name ?? user.id,
            ...(user.tz ? { tz: user.tz } : {}),
            profile: { display_name: user.displayName ?? '' },
          },
        });
        return;
      }
      case 'chat.postMessage': {
        if (!body.channel) {
          send(200, { ok: false, error: 'channel_not_found' });
          return;
        }
        const ts = nextTs();
        send(200, { ok: true, channel: body.channel, ts, message: { text: body.text, ts, bot_id: botId } });
        return;
      }
      case 'chat.update':
        send(200, { ok: true, channel: body.channel, ts: body.ts, text: body.text });
        return;
      case 'conversations.open':
        send(200, { ok: true, channel: { id: `D${String(body.users ?? '').replace(/^U/, '')}` } });
        return;
      case 'views.publish':
        send(200, { ok: true, view: { id: `V${randomUUID().slice(0, 8)}`, ...(body.view as object) } });
        return;
      case 'files.getUploadURLExternal': {
        const fileId = `F${randomUUID().slice(0, 8).toUpperCase()}`;
        requestedUploads.set(fileId, { filename: String(body.filename ?? '') });
        send(200, { ok: true, upload_url: `${baseUrl}/upload/${fileId}`, file_id: fileId });
        return;
      }
      case 'files.completeUploadExternal': {
        const files = parseList(body.files).map((file) => ({ id: file.id, title: file.title ?? '' }));
        const missing = files.find((file) => requestedUploads.get(String(file.id))?.content === undefined);
        if (missing) {
          send(200, { ok: false, error: 'file_not_found' });
          return;
        }
        for (const file of files) {
          const upload = requestedUploads.get(String(file.id));
          if (!upload?.content) continue;
          shared.push({
            id: String(file.id),
            filename: upload.filename,
            content: upload.content,
            title: String(file.title),
            ...(body.channel_id ? { channelId: String(body.channel_id) } : {}),
            ...(body.initial_comment ? { initialComment: String(body.initial_comment) } : {}),
          });
        }
        send(200, { ok: true, files });
        return;
      }
      default:
        send(200, { ok: false, error: 'unknown_method' });
    }
  });

  // Socket Mode: a minimal WebSocket server (text frames, ping/pong, close) on the same port.
  const sockets = new Set<SocketPeer>();
  const acks = new Map<string, (payload: unknown) => void>();
  server.on('upgrade', (req, socket) => {
    if (!req.url?.startsWith('/socket-mode')) {
      socket.destroy();
      return;
    }
    const accept = createHash('sha1')
      .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    const peer = socketPeer(socket, (text) => {
      const message = tryJson(text) as { envelope_id?: string; payload?: unknown };
      if (message?.envelope_id) acks.get(message.envelope_id)?.(message.payload ?? null);
    });
    sockets.add(peer);
    socket.on('close', () => sockets.delete(peer));
    peer.send(JSON.stringify({ type: 'hello', num_connections: sockets.size, connection_info: { app_id: 'A0APP' } }));
  });

  function nextTs(): string {
    tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeSlack = {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    botToken,
    botUserId,
    botId,
    calls,
    callsTo: (method, callOptions = {}) =>
      calls.filter((call) => call.method === method && (callOptions.all || (call.status >= 200 && call.status < 300))),
    addUser: (user) => {
      users.set(user.id, user);
    },
    newResponseUrl: () => {
      const path = `/response/${randomUUID()}`;
      responseUrls.set(path, { uses: 0, createdAt: Date.now(), expired: false });
      return `${baseUrl}${path}`;
    },
    expireResponseUrl: (url) => {
      const entry = responseUrls.get(new URL(url).pathname);
      if (entry) entry.expired = true;
    },
    failNext: (method, failure, times = 1) => {
      const queue = failures.get(method) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(failure);
      failures.set(method, queue);
    },
    delay: (method, ms) => {
      delays.set(method, ms);
    },
    sendEnvelope: (type, payload, envelopeOptions = {}) => {
      const [peer] = sockets;
      if (!peer) return Promise.reject(new Error('fake Slack: no Socket Mode connection'));
      const envelopeId = randomUUID();
      const acked = new Promise<unknown>((resolve) => acks.set(envelopeId, resolve));
      peer.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          ...(type === 'events_api'
            ? {
                retry_attempt: envelopeOptions.retryAttempt ?? 0,
                retry_reason: envelopeOptions.retryAttempt ? 'timeout' : '',
              }
            : {}),
        }),
      );
      return acked;
    },
    socketCount: () => sockets.size,
    sharedFiles: () => [...shared],
    waitFor: async (predicate, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) throw new Error(`fake Slack: condition not met within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const peer of sockets) peer.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}

async function readBodyBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file posted to an upload URL: the one part of a multipart body (as the Web API client sends it), or the raw body. */
function uploadedContent(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!contentType?.includes('multipart/form-data') || !boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(delimiter);
  const headerEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(delimiter, headerEnd);
  if (start < 0 || headerEnd < 0 || end < 0) return body;
  // The part ends with CRLF before the next delimiter.
  return body.subarray(headerEnd + 4, end - 2);
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { raw };
    }
  }
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parseQuery(raw))) {
      const text = Array.isArray(value) ? value[0] : value;
      fields[key] = typeof text === 'string' && /^[[{]/.test(text) ? tryJson(text) : text;
    }
    return fields;
  }
  return { raw };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseList(value: unknown): Array<{ id: string; title?: string }> {
  const list = typeof value === 'string' ? tryJson(value) : value;
  return Array.isArray(list) ? (list as Array<{ id: string; title?: string }>) : [];
}

interface SocketPeer {
  send(text: string): void;
  destroy(): void;
}

/** WebSocket framing over an upgraded socket: unmasked frames out, masked frames in (RFC 6455). */
function socketPeer(socket: Duplex, onText: (text: string) => void): SocketPeer {
  let buffered = Buffer.alloc(0);
  const frame = (opcode: number, payload: Buffer) => {
    const length = payload.length;
    const header =
      length < 126
        ? Buffer.from([0x80 | opcode, length])
        : length < 65536
          ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
          : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
    if (!socket.destroyed) socket.write(Buffer.concat([header, payload]));
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      if (buffered.length < 2) return;
      const opcode = (buffered[0] ?? 0) & 0x0f;
      const second = buffered[1] ?? 0;
      let length = second & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffered.length < 4) return;
        length = buffered.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffered.length < 10) return;
        length = Number(buffered.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (second & 0x80) !== 0;
      const maskOffset = offset;
      if (masked) offset += 4;
      if (buffered.length < offset + length) return;
      const payload = Buffer.from(buffered.subarray(offset, offset + length));
      if (masked)
        for (let i = 0; i < payload.length; i += 1)
          payload[i] = (payload[i] ?? 0) ^ (buffered[maskOffset + (i % 4)] ?? 0);
      buffered = buffered.subarray(offset + length);
      if (opcode === 0x1) onText(payload.toString('utf8'));
      else if (opcode === 0x9) frame(0xa, payload);
      else if (opcode === 0x8) {
        frame(0x8, payload.subarray(0, 2));
        socket.end();
      }
    }
  });
  socket.on('error', () => socket.destroy());
  return { send: (text) => frame(0x1, Buffer.from(text, 'utf8')), destroy: () => socket.destroy() };
}

function bigLength(length: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(length));
  return bytes;
}
