/** Telegram's initData is accepted only as Telegram signs it, and only while fresh. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkInitData } from '../../src/web/telegram-init-data.ts';
import { initDataFor, signInitData } from '../support/sign-init-data.ts';

const token = '123456:ABC-init-data';
const nowMs = Date.parse('2026-12-03T06:30:00Z');
const user = { id: 42, first_name: 'Meera' };

describe('Telegram initData', () => {
  test('signed with the bot token and a minute old: accepted, with the user it names', () => {
    const checked = checkInitData(initDataFor(user, token, nowMs, 60), token, nowMs);
    assert.deepEqual(checked, {
      ok: true,
      user: { id: 42, firstName: 'Meera', lastName: null, username: null },
      authDate: Math.floor(nowMs / 1000) - 60,
    });
  });

  test('refused: another bot’s token, older than an hour, from the future, no user, a repeated field, no hash', () => {
    const cases: Array<[string, string]> = [
      [initDataFor(user, '999:other', nowMs), 'the hash does not match'],
      [initDataFor(user, token, nowMs, 3601), 'auth_date is too old'],
      [initDataFor(user, token, nowMs, -600), 'auth_date is in the future'],
      [signInitData({ auth_date: String(Math.floor(nowMs / 1000)) }, token), 'no user'],
      [`${initDataFor(user, token, nowMs)}&auth_date=1`, 'a field appears twice'],
      ['user=%7B%22id%22%3A42%7D&auth_date=1', 'no hash'],
    ];
    for (const [initData, reason] of cases)
      assert.deepEqual(checkInitData(initData, token, nowMs), { ok: false, reason });
  });

  test('changing any one character of any field’s value breaks the signature', () => {
    const fields = { auth_date: String(Math.floor(nowMs / 1000)), query_id: 'AAE1', user: JSON.stringify(user) };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(fields)),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (key, position, character) => {
          const value = fields[key as keyof typeof fields];
          const at = position % value.length;
          const changed = value.slice(0, at) + character + value.slice(at + 1);
          fc.pre(changed !== value);
          const signed = new URLSearchParams(signInitData(fields, token));
          signed.set(key, changed);
          return !checkInitData(signed.toString(), token, nowMs).ok;
        },
      ),
      { numRuns: 300 },
    );
  });
});
