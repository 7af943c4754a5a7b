import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { createHttpServer, type HttpServer, type RouteHandler } from '../../src/bots/http/http-server.ts';
import { isLoopbackAddress } from '../../src/bots/telegram/loopback.ts';
import { startTelegram } from '../../src/bots/telegram/start-telegram.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
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
      await handler({ socket: { remoteAddress: '203.0.113.7' }, headers: {} } as IncomingMessage, response);
      assert.equal(status, 403);
      assert.match(body, /this machine only/);

      // A proxy or tunnel on this machine relays from 127.0.0.1, but says so in a forwarding header.
      for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
        status = 0;
        body = '';
        const relayed = { socket: { remoteAddress: '127.0.0.1' }, headers: { [header]: '203.0.113.7' } };
        await handler(relayed as unknown as IncomingMessage, response);
        assert.equal(status, 403, header);
        assert.match(body, /this machine only/);
      }
    } finally {
      await adapter.stop();
    }
  });
});
