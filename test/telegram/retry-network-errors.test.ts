import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Api, HttpError } from 'grammy';
import { botApiClientOptions, createBotApiFetch } from '../../src/bots/telegram/bot-api-fetch.ts';
import { retryNetworkErrors } from '../../src/bots/telegram/retry-network-errors.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';
import { startTcpRelay, type TcpRelay } from '../support/tcp-relay.ts';

const token = '7777:network-retries';

describe('retryNetworkErrors', () => {
  let telegram: FakeTelegram;
  let relay: TcpRelay;
  let api: Api;
  before(async () => {
    telegram = await startFakeTelegram({ token });
    const target = new URL(telegram.apiRoot);
    relay = await startTcpRelay(target.hostname, Number(target.port));
    api = new Api(token, botApiClientOptions(`http://127.0.0.1:${relay.port}`, 10));
    api.config.use(retryNetworkErrors({ retries: 3, firstDelayMs: 100 }));
  });
  after(async () => {
    await relay.close();
    await telegram.close();
  });

  test('a reply whose connection is refused for a moment is sent once the Bot API is back, once', async () => {
    relay.set('refuse');
    setTimeout(() => relay.set('up'), 250);
    await api.sendMessage(42, 'Added #1');
    assert.ok(relay.attemptsWhileDown() >= 1, 'the first try met the outage');
    assert.equal(telegram.callsOf('sendMessage').length, 1);
  });

  test('an outage longer than the retries ends in the network error', async () => {
    // A client of its own, with no kept-alive connection: every try is a new connection the relay counts.
    const fresh = new Api(token, botApiClientOptions(`http://127.0.0.1:${relay.port}`, 10, createBotApiFetch()));
    fresh.config.use(retryNetworkErrors({ retries: 3, firstDelayMs: 100 }));
    relay.set('refuse');
    const before = relay.attemptsWhileDown();
    await assert.rejects(fresh.sendMessage(42, 'lost'), HttpError);
    assert.equal(relay.attemptsWhileDown() - before, 4, 'one try and three retries');
    relay.set('up');
  });

  test('getUpdates is not retried here: polling has its own retries', async () => {
    const fresh = new Api(token, botApiClientOptions(`http://127.0.0.1:${relay.port}`, 10, createBotApiFetch()));
    fresh.config.use(retryNetworkErrors({ retries: 3, firstDelayMs: 100 }));
    relay.set('refuse');
    const before = relay.attemptsWhileDown();
    await assert.rejects(fresh.getUpdates({ timeout: 0 }), HttpError);
    assert.equal(relay.attemptsWhileDown() - before, 1);
    relay.set('up');
  });
});
