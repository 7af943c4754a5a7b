/** A fake Telegram Bot API for digests: sendPhoto/sendMessage, 30 messages in any sliding second (429 beyond), blocked chats (403). */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedMessage {
  readonly method: 'sendPhoto' | 'sendMessage';
  readonly chatId: string;
  readonly text: string;
  /** The uploaded photo's bytes (sendPhoto only). */
  readonly photo?: Uint8Array;
  readonly at: number;
}

export interface FakeTelegramOptions {
  /** Messages accepted in any 1000 ms window (default 30). */
  readonly perSecond?: number;
  /** Artificial latency before answering, in ms. */
  readonly latencyMs?: number;
}

export interface FakeRateLimitedTelegram {
  readonly apiRoot: string;
  readonly token: string;
  readonly received: ReceivedMessage[];
  /** Requests answered 429. */
  readonly throttled: number;
  /** When each 429 was answered (performance.now()). */
  readonly throttledAt: number[];
  /** Chats whose user blocked the bot: answered 403. */
  readonly blocked: Set<string>;
  /** Chats that get `count` 500 answers before success. */
  failNext(chatId: string, count: number): void;
  /** Messages per chat id. */
  countsByChat(): Map<string, number>;
  close(): Promise<void>;
}

export async function startFakeRateLimitedTelegram(
  options: FakeTelegramOptions = {},
): Promise<FakeRateLimitedTelegram> {
  const perSecond = options.perSecond ?? 30;
  const token = '123456:TEST';
  const received: ReceivedMessage[] = [];
  const accepted: number[] = [];
  const blocked = new Set<string>();
  const failures = new Map<string, number>();
  let throttled = 0;
  const throttledAt: number[] = [];

  const answer = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });

  const handle = async (request: IncomingMessage) => {
    const arrived = performance.now();
    const match = /^\/bot([^/]+)\/(sendPhoto|sendMessage)$/.exec(request.url ?? '');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (!match || match[1] !== token) return answer(404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2] as ReceivedMessage['method'];
    const contentType = request.headers['content-type'] ?? 'application/json';
    const fields: Record<string, unknown> = contentType.startsWith('multipart/form-data')
      ? multipartFields(Buffer.concat(chunks), contentType)
      : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
    const chatId = String(fields.chat_id ?? '');
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));

    // Sliding window over the arrival times of accepted messages.
    while (accepted.length > 0 && (accepted[0] ?? 0) <= arrived - 1000) accepted.shift();
    if (accepted.length >= perSecond) {
      throttled++;
      throttledAt.push(arrived);
      return answer(429, {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 1',
        parameters: { retry_after: 1 },
      });
    }
    accepted.push(arrived);
    if (blocked.has(chatId)) {
      return answer(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    }
    const failing = failures.get(chatId) ?? 0;
    if (failing > 0) {
      failures.set(chatId, failing - 1);
      return answer(500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    }
    // grammY names the upload in the field ("attach://<part>") and sends the bytes as a part of their own.
    const attached = /^attach:\/\/(.+)$/.exec(String(fields.photo ?? ''))?.[1];
    const upload = attached === undefined ? fields.photo : fields[attached];
    const photo = upload instanceof Uint8Array ? upload : undefined;
    received.push({
      method,
      chatId,
      // multipart/form-data sends line breaks as CRLF; Telegram shows them as plain line breaks.
      text: String(method === 'sendPhoto' ? (fields.caption ?? '') : (fields.text ?? '')).replace(/\r\n/g, '\n'),
      ...(photo ? { photo } : {}),
      at: arrived,
    });
    return answer(200, { ok: true, result: { message_id: received.length, chat: { id: Number(chatId) } } });
  };

  const server = createServer((request, response) => {
    handle(request).then(
      ({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(body);
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    received,
    get throttled() {
      return throttled;
    },
    throttledAt,
    blocked,
    failNext(chatId, count) {
      failures.set(chatId, count);
    },
    countsByChat() {
      const counts = new Map<string, number>();
      for (const message of received) counts.set(message.chatId, (counts.get(message.chatId) ?? 0) + 1);
      return counts;
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/**
 * Fields of a multipart/form-data body; file parts (those with a filename, which grammY leaves unquoted) as
 * their bytes, the others as text.
 */
function multipartFields(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const fields: Record<string, unknown> = {};
  if (!boundary) return fields;
  for (const part of body.toString('latin1').split(`--${boundary[1] ?? boundary[2]}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    const name = /[; ]name="([^"]+)"/.exec(part.slice(0, headerEnd))?.[1];
    if (headerEnd < 0 || !name) continue;
    const value = Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1');
    fields[name] = /filename=/i.test(part.slice(0, headerEnd)) ? new Uint8Array(value) : value.toString('utf8');
  }
  return fields;
}
