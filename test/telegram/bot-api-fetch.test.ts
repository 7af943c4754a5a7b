import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { Api, HttpError } from 'grammy';
import { botApiClientOptions, createBotApiFetch } from '../../src/bots/telegram/bot-api-fetch.ts';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly remotePort: number;
}

describe('the Bot API fetch', () => {
  const received: Received[] = [];
  let server: Server;
  let base: string;

  before(async () => {
    server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
        remotePort: request.socket.remotePort ?? 0,
      });
      if (request.url?.endsWith('/hang')) return; // never answers: only an abort ends the call
      const refused = request.url?.endsWith('/sendMessage') && body.includes('"chat_id":0');
      response.writeHead(refused ? 400 : 200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          refused
            ? { ok: false, error_code: 400, description: 'Bad Request: chat not found' }
            : { ok: true, result: { echoed: body.length } },
        ),
      );
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('sends a JSON body with its length and reads the JSON answer', async () => {
    const fetch = createBotApiFetch();
    const body = JSON.stringify({ chat_id: 7, text: 'Added #1: ₹250.00 · groceries' });
    const response = await fetch(`${base}/botT/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    assert.equal(response.status, 200);
    assert.equal(response.ok, true);
    assert.deepEqual(await response.json(), { ok: true, result: { echoed: body.length } });
    const seen = received.at(-1);
    assert.equal(seen?.method, 'POST');
    assert.equal(seen?.body, body);
    assert.equal(seen?.headers['content-length'], String(Buffer.byteLength(body)));
  });

  test('streams a multipart body (uploads) to the server', async () => {
    const fetch = createBotApiFetch();
    const parts = ['--b\r\n', 'content-disposition: form-data; name="chat_id"\r\n\r\n7\r\n', '--b--\r\n'];
    const response = await fetch(`${base}/botT/sendPhoto`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body: Readable.from(parts.map((part) => Buffer.from(part))),
    });
    assert.equal(response.status, 200);
    assert.equal(received.at(-1)?.body, parts.join(''));
    assert.equal(received.at(-1)?.headers['transfer-encoding'], 'chunked');
  });

  test('keeps the connection open between calls', async () => {
    const fetch = createBotApiFetch();
    const before = received.length;
    for (let index = 0; index < 3; index++) {
      await (await fetch(`${base}/botT/getMe`, { method: 'POST', body: '{}' })).json();
    }
    const ports = new Set(received.slice(before).map((entry) => entry.remotePort));
    assert.equal(ports.size, 1);
  });

  test('an aborted call rejects', async () => {
    const fetch = createBotApiFetch();
    const controller = new AbortController();
    const call = fetch(`${base}/botT/hang`, { method: 'POST', body: '{}', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(call, { name: 'AbortError' });
  });

  test("grammY gets Telegram's error description from a 400", async () => {
    const api = new Api('T', botApiClientOptions(base, 30));
    await assert.rejects(api.sendMessage(0, 'hello'), (error: Error) => {
      assert.match(error.message, /chat not found/);
      return true;
    });
    assert.deepEqual(await api.sendMessage(7, 'hello'), { echoed: received.at(-1)?.body.length });
  });

  test('a call the Bot API never answers is abandoned after the client timeout', async () => {
    const api = new Api('T', botApiClientOptions(base, 1));
    const raw = api.raw as unknown as Record<string, (payload: object) => Promise<unknown>>;
    await assert.rejects(raw.hang?.({}) ?? Promise.resolve(), (error: Error) => {
      // grammY aborts the request at its timeout and reports a network failure, which the caller retries.
      assert.ok(error instanceof HttpError, String(error));
      assert.match(error.message, /Network request for 'hang' failed/);
      return true;
    });
  });

  test('an unreachable server is an error, not a hang', async () => {
    const fetch = createBotApiFetch();
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    await assert.rejects(fetch(`http://127.0.0.1:${port}/botT/getMe`, { method: 'POST', body: '{}' }), {
      code: 'ECONNREFUSED',
    });
  });
});
