/** The one HTTP server every adapter shares (Telegram webhook, Slack events, the stats API), on PORT. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /** Handles `method` requests to exactly `path` (query string ignored). */
  route(method: string, path: string, handler: RouteHandler): void;
  /** Handles every request whose path starts with `prefix` (longest prefix wins). */
  routePrefix(prefix: string, handler: RouteHandler): void;
  /** Starts listening; resolves with the bound port (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Stops listening and closes idle connections; requests in flight get up to `graceMs` to be answered (a
   * webhook update cut off mid-way would be redelivered, a Slack command would show the user an error).
   */
  close(graceMs?: number): Promise<void>;
  readonly server: Server;
}

const defaultCloseGraceMs = 3000;

export function createHttpServer(onError: (error: unknown) => void): HttpServer {
  const exact = new Map<string, RouteHandler>();
  const prefixes: Array<{ prefix: string; handler: RouteHandler }> = [];

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const handler =
      exact.get(`${request.method} ${path}`) ?? prefixes.find((entry) => path.startsWith(entry.prefix))?.handler;
    if (!handler) {
      const knownPath = [...exact.keys()].some((key) => key.endsWith(` ${path}`));
      sendJson(response, knownPath ? 405 : 404, { error: knownPath ? 'method not allowed' : 'not found' });
      return;
    }
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        onError(error);
        if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
        else response.end();
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

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** Reads a request body, refusing bodies over `limitBytes`. */
export async function readBody(request: IncomingMessage, limitBytes = 1_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
