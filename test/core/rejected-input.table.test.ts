import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { parseContext } from './parse-fixture.ts';

// message, and a pattern the friendly reply must match (it names what is wrong).
const rejected: ReadonlyArray<readonly [string, RegExp]> = [
  ['0 groceries', /more than zero/],
  ['₹0 groceries', /more than zero/],
  ['0.00 tea', /more than zero/],
  ['-50 groceries', /more than zero/],
  ['₹-50 groceries', /more than zero/],
  ['₹10.505 groceries', /at most 2 decimals/],
  ['10.001 tea', /at most 2 decimals/],
  ['¥10.5 sushi', /JPY amounts have no decimals/],
  ['JPY 99.9 snacks', /no decimals/],
  ['1.2345 BHD coffee', /at most 3 decimals/],
  ['99999999999 groceries', /limit of 10,000,000/],
  ['10000000.01 flat', /limit/],
  ['₹1,00,00,00,000 yacht', /limit/],
  ['20000k car', /limit/],
  ['250 XYZ groceries', /currency "XYZ"/],
  ['ABC 250 groceries', /currency "ABC"/],
  ['250 QQQ snacks', /currency "QQQ"/],
  ['1,2,3 tea', /couldn't read/],
  ['12,34 tea', /couldn't read/],
  ['250', /What was that for/],
  ['₹250', /What was that for/],
  ['add 250', /What was that for/],
  ['spent 40', /What was that for/],
  ['250 on 12 Nov', /What was that for/],
  ['100 tea 2026-12-20', /future/],
  ['100 tea 2027-01-01', /future/],
  ['100 tea 30 Dec 2026', /future/],
  ['100 tea 31/02', /doesn't exist/],
  ['100 tea 2026-02-30', /doesn't exist/],
  ['100 tea 31 Nov', /doesn't exist/],
  [`100 ${'x'.repeat(80)}`, /too long/],
  ['delete', /Which expense/],
  ['edit', /Which expense/],
  ['edit 3 date someday', /couldn't read "someday"/],
  ['set timezone Mars/Base', /not a time zone/],
  ['tz Nowhere', /not a time zone/],
  ['set currency XYZ', /not an ISO currency/],
  ['set week start funday', /Name a day/],
  ['set locale zz-ZZ-invalid!', /./],
  ['how much did I spend in 2026-W60?', /not a week/],
  ['how much from 20 Nov to 1 Nov?', /after its end/],
];

describe('rejected input gets a clear reason and is never recorded', () => {
  test('the table has at least 30 rejected inputs', () => assert.ok(rejected.length >= 30));
  for (const [message, reason] of rejected) {
    test(`"${message.slice(0, 40)}" is refused (${reason.source})`, () => {
      const intent = parseMessage(message, parseContext);
      if (message.startsWith('set locale')) {
        // An unparseable locale is not a settings change: it is either refused or not understood.
        assert.ok(intent.kind === 'invalid' || intent.kind === 'unknown', JSON.stringify(intent));
        return;
      }
      assert.equal(intent.kind, 'invalid', JSON.stringify(intent));
      assert.match(intent.kind === 'invalid' ? intent.message : '', reason);
    });
  }
});
