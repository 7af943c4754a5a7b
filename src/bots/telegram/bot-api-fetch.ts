/**
 * The HTTP client grammY calls the Bot API with. grammY's default on Node (node-fetch) spends about 0.2 ms of
 * CPU on each call, as much as the rest of a webhook update's handling outside the core; this one goes
 * straight to node:http(s) over keep-alive connections and gives grammY the one thing it reads from a
 * response, `json()`. Bodies are what grammY sends: a JSON string, or a multipart stream for uploads.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import type { ApiClientOptions } from 'grammy';

export interface BotApiRequestInit {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Readable;
  readonly signal?: AbortSignal;
}

export interface BotApiResponse {
  readonly ok: boolean;
  readonly status: number;
  /** Telegram answers JSON for errors too (`{ ok: false, error_code, description }`), so any status is read. */
  json(): Promise<unknown>;
  text(): Promise<string>;
}

export type BotApiFetch = (url: string, init?: BotApiRequestInit) => Promise<BotApiResponse>;

export function createBotApiFetch(): BotApiFetch {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return (url, init = {}) =>
    new Promise((resolve, reject) => {
      const secure = url.startsWith('https:');
      const body = init.body;
      const headers: Record<string, string | number> = { ...init.headers };
      if (typeof body === 'string') headers['content-length'] = Buffer.byteLength(body);
      const options: RequestOptions = {
        method: init.method ?? 'GET',
        headers,
        agent: secure ? agents.https : agents.http,
        ...(init.signal ? { signal: init.signal } : {}),
      };
      const request = (secure ? httpsRequest : httpRequest)(url, options, (response) => {
        readText(response).then((text) => resolve(responseOf(response.statusCode ?? 0, text)), reject);
      });
      request.on('error', reject);
      if (body === undefined || typeof body === 'string') request.end(body);
      else {
        body.on('error', (error) => request.destroy(error));
        body.pipe(request);
      }
    });
}

/**
 * Not http-server's readBody: listeners cost less per call than async iteration on this path, and a Bot API
 * answer has no size limit to enforce (a getUpdates batch may be large).
 */
function readText(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', reject);
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function responseOf(status: number, text: string): BotApiResponse {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: () => Promise.resolve().then(() => JSON.parse(text) as unknown),
    text: () => Promise.resolve(text),
  };
}

/**
 * grammY client options for every Bot API client finbot makes: this fetch, and another server when given. A call
 * that gets no answer is abandoned after `timeoutSeconds` (grammY's own default is 500 s), so a Bot API that
 * hangs does not hold a delivery, or a chat's queue, for minutes; the caller retries as for any network error.
 */
export function botApiClientOptions(
  apiRoot: string | undefined,
  timeoutSeconds: number,
  fetch: BotApiFetch = sharedFetch,
): ApiClientOptions {
  // grammY types `fetch` as the WHATWG function; it calls it as above and reads only `json()`.
  return {
    ...(apiRoot ? { apiRoot } : {}),
    timeoutSeconds,
    fetch: fetch as unknown as NonNullable<ApiClientOptions['fetch']>,
  };
}

const sharedFetch = createBotApiFetch();
