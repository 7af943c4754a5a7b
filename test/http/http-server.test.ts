import assert from 'node:assert/strict';
import { Agent, get } from 'node:http';
import { describe, test } from 'node:test';
import { createHttpServer } from '../../src/bots/http/http-server.ts';

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
