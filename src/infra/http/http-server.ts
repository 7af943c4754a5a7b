/**
 * The one HTTP server every adapter shares (Telegram webhook, Slack events, the stats API), on PORT. It reads
 * every routed request's body itself (capped, 413 beyond), so no handler reads a stream of unbounded size, and
 * answers a handler's HttpRequestError with its 4xx: a client's mistake is never a 500 or an error-level log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRequestError } from './http-request-error.ts';
import { IncompleteBodyError, maxBodyBytes, readRequestBody } from './read-request-body.ts';

/** `body` is the whole request body, already read (empty for a request without one). */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void | Promise<void>;

/** A request refused as the client's fault (4xx), or one whose client left before its body was in. */
export interface Refusal {
  readonly method: string;
  readonly path: string;
  /** The status answered; undefined when the client was gone before an answer could be sent. */
  readonly status: number | undefined;
  readonly reason: string;
}

export interface HttpServerOptions {
  /** Called for each refusal, to log it at warn level or lower; never an error. */
  readonly onRefused?: (refusal: Refusal) => void;
  /** Largest request body taken; 1 MiB by default. */
  readonly maxBodyBytes?: number;
}

export interface HttpServer {
  /** Handles `method` requests to exactly `path` (query string ignored). */
  route(method: string, path: string, handler: RouteHandler): void;
  /** Handles every request whose path starts with `prefix` (longest prefix wins). */
  routePrefix(prefix: string, handler: RouteHandler): void;
  /**
   * Starts listening; resolves with the bound port (0 picks a free one). Until `ready()`, a path with no route
   * yet is answered 503 (an adapter may still be mounting it), so Telegram and Slack retry instead of giving up.
   */
  listen(port: number, host?: string): Promise<number>;
  /** Every route is in place: an unknown path is 404 from now on. */
  ready(): void;
  /** True once `ready()` was called: /readyz says so, so nothing is routed here before every adapter is. */
  isReady(): boolean;
  /**
   * Stops listening and closes idle connections; requests in flight get up to `graceMs` to be answered (a
   * webhook update cut off mid-way would be redelivered, a Slack command would show the user an error).
   */
  close(graceMs?: number): Promise<void>;
  readonly server: Server;
}

const defaultCloseGraceMs = 3000;

/** `onError` hears of handler failures that are the server's fault (answered 500). */
export function createHttpServer(onError: (error: unknown) => void, options: HttpServerOptions = {}): HttpServer {
  const limit = options.maxBodyBytes ?? maxBodyBytes;
  const exact = new Map<string, RouteHandler>();
  const prefixes: Array<{ prefix: string; handler: RouteHandler }> = [];
  let starting = true;

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const handler =
      exact.get(`${request.method} ${path}`) ?? prefixes.find((entry) => path.startsWith(entry.prefix))?.handler;
    if (!handler && starting) {
      sendJson(response, 503, { error: 'starting' }, { 'retry-after': '1' });
      return;
    }
    if (!handler) {
      const knownPath = [...exact.keys()].some((key) => key.endsWith(` ${path}`));
      sendJson(response, knownPath ? 405 : 404, { error: knownPath ? 'method not allowed' : 'not found' });
      return;
    }
    readRequestBody(request, limit)
      .then((body) => handler(request, response, body))
      .catch((error: unknown) => {
        const refuse = (status: number | undefined, reason: string) =>
          options.onRefused?.({ method: request.method ?? '', path, status, reason });
        if (error instanceof IncompleteBodyError) {
          refuse(undefined, error.message);
          response.destroy();
        } else if (error instanceof HttpRequestError) {
          refuse(error.status, error.message);
          if (response.headersSent) response.end();
          // After a 413 the rest of the body is not wanted: the connection is not reused for another request.
          else
            sendJson(
              response,
              error.status,
              { error: error.message },
              error.status === 413 ? { connection: 'close' } : {},
            );
        } else {
          onError(error);
          if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
          else response.end();
        }
      });
  });

  return {
    server,
    route(method, path, handler) {
      exact.set(`${method.toUpperCase()} ${path}`, handler);
    },
    routePrefix(prefix, handler) {
      prefixes.push({ prefix, handler });
      prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    ready() {
      starting = false;
    },
    isReady: () => !starting,
    close(graceMs = defaultCloseGraceMs) {
      return new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        // A keep-alive connection whose request finishes after close() stays open; close it once it is idle.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
