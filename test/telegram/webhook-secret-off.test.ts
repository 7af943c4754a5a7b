import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { isLoopbackAddress } from '../../src/bots/telegram/loopback.ts';
import { startTelegram } from '../../src/bots/telegram/start-telegram.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
import { isRelayHeader } from '../../src/infra/http/forwarding-headers.ts';
import { createHttpServer, type HttpServer, type RouteHandler } from '../../src/infra/http/http-server.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';

describe('webhook calls without a secret (TELEGRAM_WEBHOOK_SECRET=off)', () => {
  let telegram: FakeTelegram;
  before(async () => {
    telegram = await startFakeTelegram();
  });
  after(() => telegram.close());

  const options = (http: HttpServer, webhookUrl: string) => ({
    token: telegram.token,
    apiRoot: telegram.apiRoot,
    botInfo: telegram.botInfo,
    webhookUrl,
    webhookSecret: 'off',
    http,
    handleMessage: async () => textReply('help', 'hi'),
    log: pino({ level: 'silent' }),
  });

  test('loopback addresses and hosts', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '[::1]', '::ffff:127.0.0.1', 'localhost']) {
      assert.equal(isLoopbackAddress(address), true, address);
    }
    for (const address of ['10.0.0.1', '192.168.1.2', '::ffff:10.0.0.1', 'example.com', '128.0.0.1', '', undefined]) {
      assert.equal(isLoopbackAddress(address), false, String(address));
    }
  });

  test('is refused at start for a webhook URL on another machine, before the webhook is registered', async () => {
    const http = createHttpServer(() => {});
    const before = telegram.callsOf('setWebhook').length;
    await assert.rejects(
      startTelegram(options(http, 'https://bot.example.com/telegram/webhook')),
      /allowed only for a webhook URL on this machine/,
    );
    assert.equal(telegram.callsOf('setWebhook').length, before);
  });

  test('registers the webhook without a secret and turns away callers from other machines (or relayed) with 403', async () => {
    const http = createHttpServer(() => {});
    const routes = new Map<string, RouteHandler>();
    const recording: HttpServer = {
      ...http,
      route: (method, path, handler) => {
        routes.set(`${method} ${path}`, handler);
        http.route(method, path, handler);
      },
    };
    const adapter = await startTelegram(options(recording, 'http://127.0.0.1:3000/telegram/webhook'));
    try {
      const registered = telegram.callsOf('setWebhook').at(-1);
      assert.equal(registered?.params.url, 'http://127.0.0.1:3000/telegram/webhook');
      assert.equal(registered?.params.secret_token, undefined);

      const handler = routes.get('POST /telegram/webhook');
      assert.ok(handler);
      let status = 0;
      let body = '';
      const response = {
        headersSent: false,
        writeHead(code: number) {
          status = code;
          return this;
        },
        end(text: string) {
          body = text;
        },
      } as unknown as ServerResponse;
      await handler(
        { socket: { remoteAddress: '203.0.113.7' }, headers: {} } as IncomingMessage,
        response,
        Buffer.alloc(0),
      );
      assert.equal(status, 403);
      assert.match(body, /this machine only/);

      // A proxy or tunnel on this machine relays from 127.0.0.1, but says so in a forwarding header.
      for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
        status = 0;
        body = '';
        const relayed = { socket: { remoteAddress: '127.0.0.1' }, headers: { [header]: '203.0.113.7' } };
        await handler(relayed as unknown as IncomingMessage, response, Buffer.alloc(0));
        assert.equal(status, 403, header);
        assert.match(body, /this machine only/);
      }
    } finally {
      await adapter.stop();
    }
  });

  test('OFF and Off turn the check off too; a short secret is refused before the webhook is registered', async () => {
    for (const off of ['OFF', 'Off', ' off ']) {
      const http = createHttpServer(() => {});
      const adapter = await startTelegram({
        ...options(http, 'http://127.0.0.1:3000/telegram/webhook'),
        webhookSecret: off,
      });
      await adapter.stop();
      assert.equal(telegram.callsOf('setWebhook').at(-1)?.params.secret_token, undefined, off);
    }
    const before = telegram.callsOf('setWebhook').length;
    const http = createHttpServer(() => {});
    await assert.rejects(
      startTelegram({ ...options(http, 'http://127.0.0.1:3000/telegram/webhook'), webhookSecret: 'OFFF' }),
      /TELEGRAM_WEBHOOK_SECRET must be "off" or 16/,
    );
    assert.equal(telegram.callsOf('setWebhook').length, before);
  });

  test('on the real server, a loopback call carrying any forwarding header is 403, a plain one is taken', async () => {
    const http = createHttpServer(() => {});
    const port = await http.listen(0, '127.0.0.1');
    const adapter = await startTelegram(options(http, `http://127.0.0.1:${port}/telegram/webhook`));
    const post = (headers: Record<string, string>, updateId: number) =>
      fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ update_id: updateId }),
      });
    try {
      const relayHeaders = [
        'True-Client-IP',
        'X-Client-IP',
        'Fastly-Client-IP',
        'X-Cluster-Client-IP',
        'X-Original-Forwarded-For',
        'CF-Connecting-IP',
        'X-Real-IP',
        'Forwarded',
        'X-Forwarded-For',
        'X-Forwarded-Host',
        'X-Forwarded-Proto',
        'X-Forwarded-Server',
        'Via',
        'Fly-Client-IP',
      ];
      let updateId = 1;
      for (const header of relayHeaders) {
        const response = await post({ [header]: '203.0.113.7' }, updateId++);
        assert.equal(response.status, 403, header);
        assert.match(((await response.json()) as { error: string }).error, /this machine only/, header);
      }
      assert.equal((await post({ 'x-request-id': 'abc' }, updateId++)).status, 200);
    } finally {
      await adapter.stop();
      await http.close();
    }
  });

  test('one rule decides what counts as a forwarding header', () => {
    for (const name of [
      'x-forwarded-port',
      'x-original-forwarded-for',
      'true-client-ip',
      'akamai-client-ip',
      'x-real-ip',
      'via',
    ]) {
      assert.equal(isRelayHeader(name), true, name);
    }
    for (const name of ['content-type', 'x-telegram-bot-api-secret-token', 'user-agent', 'x-request-id', 'host']) {
      assert.equal(isRelayHeader(name), false, name);
    }
  });
});
