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
  ['10.001 tea', /at most 2 decimals/],
  ['₹10.505 groceries', /at most 2 decimals/],
  ['¥10.5 sushi', /JPY amounts have no decimals/],
  ['JPY 99.9 snacks', /no decimals/],
  ['1.2345 BHD coffee', /at most 3 decimals/],
  ['99999999999 groceries', /limit of 10,000,000/],
  ['10000000.01 flat', /limit/],
  ['₹1,00,00,00,000 yacht', /limit/],
  ['20000k car', /limit/],
  ['250 XYZ groceries', /currency "XYZ"/],
  ['100 tea 28 Dec', /in the future/],
  ['30 chai 27 Nov', /in the future/],
  ['kr 120 dinner', /Which currency is "kr"/],
  ['300 pesos tacos', /Which currency is "pesos"/],
  ['₳ 40 lunch', /currency "₳"/],
  ['ATM 500', /doesn't look like spending/],
  ['salary credited 85k', /money coming in/],
  ['refund 299 from amazon', /money back/],
  ['need to pay rent 15000 on 1st', /plan or a reminder/],
  ['petrol is 106 today', /price/],
  ['ABC 250 groceries', /currency "ABC"/],
  ['250 QQQ snacks', /currency "QQQ"/],
  ['1,2,3 tea', /couldn't read/],
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
  ['NaN groceries', /doesn't look like a number/],
  ['₹NaN groceries', /doesn't look like a number/],
  ['₹abc groceries', /doesn't look like a number/],
  ['₹ groceries', /doesn't look like a number/],
  ['-₹50 groceries', /more than zero/],
  ['groceries -50', /more than zero/],
  ['0.001 tea', /at most 2 decimals/],
  ['¥1,200.5 ramen', /no decimals/],
  ['XYZ 250 groceries', /currency "XYZ"/],
  ['250 !!!', /What was that for/],
  ['bus 12 to office 30', /more than one number \(12 and 30\)/],
  ['12 usd 15 eur', /more than one number/],
  ['250 groceries tomorrow', /plan or a reminder/],
  ['250 groceries last week', /Which day/],
  ['250 groceries 29 Feb 2026', /doesn't exist/],
  ['delete 0', /start at 1/],
  ['undo 0', /start at 1/],
  ['undo groceries', /Say "undo"/],
  ['remove groceries', /Which expense/],
  ['edit 0 300', /start at 1/],
  ['edit 12 amount abc', /couldn't read "abc" as an amount/],
  ['edit 12 amount ₹10.505', /at most 2 decimals/],
  ['edit 12 category', /Which category/],
  ['edit 12 date 2026-12-30', /future/],
  ['edit 12 tomorrow', /not happened yet/],
  ['list 0', /1 or more/],
  ['set timezone EST', /not a time zone/],
  ['set timezone', /Which time zone/],
  ['set currency', /Which currency/],
  ['currency rupiahs', /not an ISO currency/],
  ['digest maybe', /digest on/],
  ['digest sunday 6', /digest sunday 18:00/],
  ['digest at noonish', /digest sunday 18:00/],
  ['set digest time to funday 18:00', /digest sunday 18:00/],
  ['digest monday 25:00', /digest sunday 18:00/],
  ['set locale', /Which locale/],
  ['how much in the last 0 days?', /1 to 3660 days/],
  ['how much in week 60', /not a week/],
  ['how much did I spend in december 2026?', /has not started/],
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
      // Unclear readings (several numbers) are asked about, like refusals; with a model they go to extraction.
      assert.ok(intent.kind === 'invalid' || intent.kind === 'unclear', JSON.stringify(intent));
      assert.match('message' in intent ? intent.message : '', reason);
    });
  }
});
