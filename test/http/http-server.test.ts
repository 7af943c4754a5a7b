import assert from 'node:assert/strict';
import { Agent, get } from 'node:http';
import { connect } from 'node:net';
import { describe, test } from 'node:test';
import { HttpRequestError } from '../../src/infra/http/http-request-error.ts';
import { createHttpServer, type Refusal, sendJson } from '../../src/infra/http/http-server.ts';
import { maxBodyBytes } from '../../src/infra/http/read-request-body.ts';

function fetchText(port: number, path: string, agent: Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

describe('closing the shared HTTP server', () => {
  test('a request in flight is answered, and its keep-alive connection does not hold the close up', async () => {
    const http = createHttpServer(() => {});
    http.route('GET', '/slow', async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      response.end('done');
    });
    const port = await http.listen(0, '127.0.0.1');
    const agent = new Agent({ keepAlive: true });
    try {
      const answer = fetchText(port, '/slow', agent);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = Date.now();
      await http.close(10_000);
      const waited = Date.now() - started;
      assert.deepEqual(await answer, { status: 200, body: 'done' });
      assert.ok(waited < 5_000, `closed after ${waited} ms, not at the 10 s grace limit`);
    } finally {
      agent.destroy();
    }
  });

  test('a request still unanswered when the grace period ends is cut off', async () => {
    const http = createHttpServer(() => {});
    http.route('GET', '/never', () => {});
    const port = await http.listen(0, '127.0.0.1');
    const agent = new Agent({ keepAlive: true });
    try {
      const answer = fetchText(port, '/never', agent);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await http.close(200);
      await assert.rejects(answer, /socket hang up/);
    } finally {
      agent.destroy();
    }
  });
});

describe('the shared HTTP server before and after its routes are in place', () => {
  test('a path with no route yet is 503 while starting, 404 once ready', async () => {
    const http = createHttpServer(() => {});
    const port = await http.listen(0, '127.0.0.1');
    const agent = new Agent();
    try {
      const early = await fetchText(port, '/telegram/hook', agent);
      assert.equal(early.status, 503);
      assert.equal(http.isReady(), false);
      http.route('GET', '/telegram/hook', (_request, response) => {
        response.end('hook');
      });
      assert.deepEqual(await fetchText(port, '/telegram/hook', agent), { status: 200, body: 'hook' });
      http.ready();
      assert.equal(http.isReady(), true);
      assert.equal((await fetchText(port, '/elsewhere', agent)).status, 404);
    } finally {
      agent.destroy();
      await http.close();
    }
  });
});

describe('request bodies on the shared HTTP server', () => {
  const start = async () => {
    const errors: unknown[] = [];
    const refusals: Refusal[] = [];
    const bodies: number[] = [];
    const http = createHttpServer((error) => errors.push(error), { onRefused: (refusal) => refusals.push(refusal) });
    http.route('POST', '/echo', (_request, response, body) => {
      bodies.push(body.length);
      sendJson(response, 200, { bytes: body.length });
    });
    http.route('POST', '/picky', () => {
      throw new HttpRequestError(400, 'not what this takes');
    });
    const port = await http.listen(0, '127.0.0.1');
    return { http, port, base: `http://127.0.0.1:${port}`, errors, refusals, bodies };
  };

  test('a body up to 1 MiB reaches the handler whole', async () => {
    const server = await start();
    try {
      const response = await fetch(`${server.base}/echo`, { method: 'POST', body: 'x'.repeat(maxBodyBytes) });
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { bytes: maxBodyBytes });
    } finally {
      await server.http.close();
    }
  });

  test('a 10 MB body is answered 413 without reaching the handler, announced or streamed', async () => {
    const server = await start();
    try {
      const big = Buffer.alloc(10 * 1024 * 1024, 'x');
      const announced = await fetch(`${server.base}/echo`, { method: 'POST', body: big });
      assert.equal(announced.status, 413);
      assert.match(((await announced.json()) as { error: string }).error, /larger than 1048576 bytes/);
      const streamed = await fetch(`${server.base}/echo`, {
        method: 'POST',
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < 10; i++) controller.enqueue(big.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      assert.equal(streamed.status, 413);
      assert.deepEqual(server.bodies, []);
      assert.deepEqual(
        server.refusals.map((refusal) => [refusal.status, refusal.path]),
        [
          [413, '/echo'],
          [413, '/echo'],
        ],
      );
      assert.deepEqual(server.errors, []);
      // The server still takes the next request.
      assert.equal((await fetch(`${server.base}/echo`, { method: 'POST', body: 'ok' })).status, 200);
    } finally {
      await server.http.close();
    }
  });

  test('a body cut short by the client is dropped quietly, and the server carries on', async () => {
    const server = await start();
    try {
      await new Promise<void>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"update_id": 1, "mess');
          setTimeout(() => socket.destroy(), 50);
        });
        socket.on('close', () => resolve());
        socket.on('error', reject);
      });
      await waitFor(() => server.refusals.length === 1);
      assert.equal(server.refusals[0]?.status, undefined);
      assert.match(server.refusals[0]?.reason ?? '', /ended early/);
      assert.deepEqual(server.bodies, []);
      assert.deepEqual(server.errors, []);
      assert.equal((await fetch(`${server.base}/echo`, { method: 'POST', body: 'ok' })).status, 200);
    } finally {
      await server.http.close();
    }
  });

  test('a handler’s HttpRequestError is its 4xx with a JSON error, a refusal and no error', async () => {
    const server = await start();
    try {
      const response = await fetch(`${server.base}/picky`, { method: 'POST', body: '{}' });
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), { error: 'not what this takes' });
      assert.deepEqual(server.refusals, [
        { method: 'POST', path: '/picky', status: 400, reason: 'not what this takes' },
      ]);
      assert.deepEqual(server.errors, []);
    } finally {
      await server.http.close();
    }
  });
});

async function waitFor(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
