import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, parseConfig, wantsHandlerThread } from '../../src/app/config.ts';

describe('configuration', () => {
  test('defaults: SQLite file, INR, Asia/Kolkata, a handler thread when there is a second core', () => {
    const config = parseConfig({});
    assert.equal(config.DATABASE_URL, 'sqlite:./data/finbot.db');
    assert.equal(config.DEFAULT_CURRENCY, 'INR');
    assert.equal(config.DEFAULT_TIMEZONE, 'Asia/Kolkata');
    assert.equal(config.HANDLER_THREAD, 'auto');
    assert.equal(wantsHandlerThread(config, 2), true);
    assert.equal(wantsHandlerThread(config, 1), false);
    for (const memory of ['sqlite::memory:', 'sqlite://:memory:', 'sqlite:%3Amemory%3A']) {
      assert.equal(wantsHandlerThread(parseConfig({ DATABASE_URL: memory }), 8), false, memory);
    }
  });

  test('every wrong variable is named with the reason', () => {
    assert.throws(
      () => parseConfig({ DEFAULT_CURRENCY: 'XYZ', DEFAULT_TIMEZONE: 'Mars/Base', HANDLER_THREAD: 'maybe' }),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /DEFAULT_CURRENCY: is not an ISO 4217 currency code/);
        assert.match(error.message, /DEFAULT_TIMEZONE: is not an IANA time zone/);
        assert.match(error.message, /HANDLER_THREAD/);
        return true;
      },
    );
  });

  test('HANDLER_THREAD needs a database the thread can open too', () => {
    assert.equal(parseConfig({ HANDLER_THREAD: 'true', DATABASE_URL: 'sqlite:./data/x.db' }).HANDLER_THREAD, true);
    assert.equal(wantsHandlerThread(parseConfig({ HANDLER_THREAD: 'false' }), 8), false);
    assert.equal(wantsHandlerThread(parseConfig({ HANDLER_THREAD: 'true' }), 1), true);
    assert.equal(parseConfig({ HANDLER_THREAD: '1', DATABASE_URL: 'postgres://db/finbot' }).HANDLER_THREAD, true);
    for (const memory of ['sqlite::memory:', 'sqlite://:memory:']) {
      assert.throws(
        () => parseConfig({ HANDLER_THREAD: 'true', DATABASE_URL: memory }),
        /HANDLER_THREAD: needs a database file or server/,
      );
    }
  });

  test('TELEGRAM_WEBHOOK_SECRET: off in any case, else 16+ characters, else one line naming it', () => {
    for (const off of ['off', 'OFF', 'Off', ' oFf ']) {
      assert.equal(parseConfig({ TELEGRAM_WEBHOOK_SECRET: off }).TELEGRAM_WEBHOOK_SECRET, 'off', off);
    }
    const sixteen = 'abcdefgh_1234-XY';
    assert.equal(parseConfig({ TELEGRAM_WEBHOOK_SECRET: sixteen }).TELEGRAM_WEBHOOK_SECRET, sixteen);
    assert.equal(parseConfig({}).TELEGRAM_WEBHOOK_SECRET, undefined);
    for (const bad of ['OFFF', 'hook-secret', 'abcdefgh_1234-X', 'sixteen chars ok', 'x'.repeat(257), 'o\u0000ff']) {
      assert.throws(
        () => parseConfig({ TELEGRAM_WEBHOOK_SECRET: bad }),
        (error: Error) => {
          assert.ok(error instanceof ConfigError, bad);
          assert.equal(error.message.includes('\n'), false, bad);
          assert.match(
            error.message,
            /^Invalid configuration: TELEGRAM_WEBHOOK_SECRET: must be "off" or 16–256 characters/,
          );
          return true;
        },
      );
    }
  });
});
