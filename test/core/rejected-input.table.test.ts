/** Every input finbot refuses, with what it says back: the parser's reading, and the core's reply over a real store. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { parseContext } from './parse-fixture.ts';

const notPositive = 'The amount has to be more than zero.';
const notPositiveTakeBack = 'The amount has to be more than zero. To take an expense back, say "undo" or "delete 12".';
const overLimit = "That's more than the limit of 10,000,000 INR for one expense. Check for a typo?";
const whatFor = 'What was that for? Add a category, like "250 groceries" or "₹55 snacks yesterday".';
const noSuchDate = "That date doesn't exist. Try something like 12 Nov or 2026-11-20.";
const notANumber = "That amount doesn't look like a number. Try something like 250 or 1,250.50.";
const numbersFromOne = 'Expense numbers start at 1. Say "list" to see yours.';
const digestHow =
  'Say "digest on", "digest off", or when it should come, like "digest sunday 18:00" or "digest friday 7pm".';
const unknownXyz = 'I don\'t know the currency "XYZ". Use an ISO code like INR, USD or EUR.';
const notPaidYet =
  'That sounds like a plan or a reminder, not something you\'ve paid yet, so I didn\'t record it. Once you have paid for something, tell me like "lunch 250".';

// message, how the parser reads it ('invalid' is refused; 'unclear' is asked about, or sent to the model's
// extraction when there is one), and the reply, which names what is wrong.
const rejected: ReadonlyArray<readonly [string, 'invalid' | 'unclear', string]> = [
  ['0 groceries', 'invalid', notPositive],
  ['₹0 groceries', 'invalid', notPositive],
  ['0.00 tea', 'invalid', notPositive],
  ['-50 groceries', 'invalid', notPositiveTakeBack],
  ['₹-50 groceries', 'invalid', notPositiveTakeBack],
  ['10.001 tea', 'invalid', 'INR amounts have at most 2 decimals.'],
  ['₹10.505 groceries', 'invalid', 'INR amounts have at most 2 decimals.'],
  ['¥10.5 sushi', 'invalid', 'JPY amounts have no decimals.'],
  ['JPY 99.9 snacks', 'invalid', 'JPY amounts have no decimals.'],
  ['1.2345 BHD coffee', 'invalid', 'BHD amounts have at most 3 decimals.'],
  ['99999999999 groceries', 'invalid', overLimit],
  ['10000000.01 flat', 'invalid', overLimit],
  ['₹1,00,00,00,000 yacht', 'invalid', overLimit],
  ['20000k car', 'invalid', overLimit],
  ['250 XYZ groceries', 'invalid', unknownXyz],
  ['100 tea 28 Dec', 'invalid', '28 Dec 2026 is in the future. I can only record spending that has already happened.'],
  ['30 chai 27 Nov', 'invalid', '27 Nov 2026 is in the future. I can only record spending that has already happened.'],
  [
    'kr 120 dinner',
    'invalid',
    'Which currency is "kr" — SEK, NOK, DKK, ISK? Write the code with the amount, like "SEK 120 lunch". Nothing was recorded.',
  ],
  [
    '300 pesos tacos',
    'invalid',
    'Which currency is "pesos" — MXN, ARS, COP, CLP? Write the code with the amount, like "MXN 120 lunch". Nothing was recorded.',
  ],
  ['₳ 40 lunch', 'invalid', 'I don\'t know the currency "₳". Use an ISO code like INR, USD or EUR.'],
  [
    'ATM 500',
    'invalid',
    'That doesn\'t look like spending, so I didn\'t record anything. Once you have paid for something, tell me like "lunch 250".',
  ],
  [
    'salary credited 85k',
    'invalid',
    'That sounds like money coming in. I keep track of spending only, so I didn\'t record it. Once you have paid for something, tell me like "lunch 250".',
  ],
  [
    'refund 299 from amazon',
    'invalid',
    'That sounds like money back, which isn\'t spending, so I didn\'t record it. To take back an expense you recorded, say "undo" or "delete 12".',
  ],
  ['need to pay rent 15000 on 1st', 'invalid', notPaidYet],
  [
    'petrol is 106 today',
    'invalid',
    'That reads like a price rather than something you paid, so I didn\'t record it. Once you have paid for something, tell me like "lunch 250".',
  ],
  ['ABC 250 groceries', 'invalid', 'I don\'t know the currency "ABC". Use an ISO code like INR, USD or EUR.'],
  ['250 QQQ snacks', 'invalid', 'I don\'t know the currency "QQQ". Use an ISO code like INR, USD or EUR.'],
  ['1,2,3 tea', 'invalid', 'I couldn\'t read "1,2,3" as an amount. Try 1250.50 or 1,250.50.'],
  ['250', 'invalid', whatFor],
  ['₹250', 'invalid', whatFor],
  ['add 250', 'invalid', whatFor],
  ['spent 40', 'invalid', whatFor],
  ['250 on 12 Nov', 'invalid', whatFor],
  [
    '100 tea 2026-12-20',
    'invalid',
    '20 Dec 2026 is in the future. I can only record spending that has already happened.',
  ],
  [
    '100 tea 2027-01-01',
    'invalid',
    '1 Jan 2027 is in the future. I can only record spending that has already happened.',
  ],
  [
    '100 tea 30 Dec 2026',
    'invalid',
    '30 Dec 2026 is in the future. I can only record spending that has already happened.',
  ],
  ['100 tea 31/02', 'invalid', noSuchDate],
  ['100 tea 2026-02-30', 'invalid', noSuchDate],
  ['100 tea 31 Nov', 'invalid', noSuchDate],
  [
    `100 ${'x'.repeat(80)}`,
    'invalid',
    'That category is too long. Keep it short, like "groceries", and put details after " - ".',
  ],
  ['delete', 'invalid', 'Which expense? Say "delete 12" with its number from "list", or "undo" for your latest one.'],
  ['edit', 'invalid', 'Which expense? Say "edit 12 300" with its number from "list".'],
  ['edit 3 date someday', 'invalid', 'I couldn\'t read "someday" as a date. Try "yesterday", "12 Nov" or 2026-11-20.'],
  [
    'set timezone Mars/Base',
    'invalid',
    '"Mars/Base" is not a time zone I know. Use a name like Asia/Kolkata, Europe/London or America/New_York.',
  ],
  [
    'tz Nowhere',
    'invalid',
    '"Nowhere" is not a time zone I know. Use a name like Asia/Kolkata, Europe/London or America/New_York.',
  ],
  ['set currency XYZ', 'invalid', '"XYZ" is not an ISO currency code I know. Try INR, USD, EUR or GBP.'],
  ['set week start funday', 'invalid', 'Name a day for the week to start, like "set week start sunday".'],
  [
    'set locale zz-ZZ-invalid!',
    'invalid',
    '"zz-ZZ-invalid" is not a locale I can format for. Try en-IN, en-US or en-GB.',
  ],
  ['how much did I spend in 2026-W60?', 'invalid', '2026-W60 is not a week of the calendar.'],
  ['how much from 20 Nov to 1 Nov?', 'invalid', 'The start of that range is after its end.'],
  ['NaN groceries', 'invalid', notANumber],
  ['₹NaN groceries', 'invalid', notANumber],
  ['₹abc groceries', 'invalid', notANumber],
  ['₹ groceries', 'invalid', notANumber],
  ['-₹50 groceries', 'invalid', notPositiveTakeBack],
  ['groceries -50', 'invalid', notPositiveTakeBack],
  ['0.001 tea', 'invalid', 'INR amounts have at most 2 decimals.'],
  ['¥1,200.5 ramen', 'invalid', 'JPY amounts have no decimals.'],
  ['XYZ 250 groceries', 'invalid', unknownXyz],
  ['250 !!!', 'invalid', whatFor],
  [
    'bus 12 to office 30',
    'unclear',
    'I see more than one number (12 and 30). Which is the amount? Write it like "₹300 coffee".',
  ],
  [
    '12 usd 15 eur',
    'unclear',
    'I see more than one number (12 usd and 15 eur). Which is the amount? Write it like "₹300 coffee".',
  ],
  ['250 groceries tomorrow', 'invalid', notPaidYet],
  [
    '250 groceries last week',
    'invalid',
    'Which day was that? Say "yesterday", "last friday" or "12 Nov", like "250 groceries last friday".',
  ],
  ['250 groceries 29 Feb 2026', 'invalid', noSuchDate],
  ['delete 0', 'invalid', numbersFromOne],
  ['undo 0', 'invalid', numbersFromOne],
  ['undo groceries', 'invalid', 'Say "undo" to take back your latest expense, or "delete 12" for another one.'],
  [
    'remove groceries',
    'invalid',
    'Which expense? Say "delete 12" with its number from "list", or "undo" for your latest one.',
  ],
  ['edit 0 300', 'invalid', numbersFromOne],
  ['edit 12 amount abc', 'invalid', 'I couldn\'t read "abc" as an amount. Try "edit 12 amount 300".'],
  ['edit 12 amount ₹10.505', 'invalid', 'INR amounts have at most 2 decimals.'],
  ['edit 12 category', 'invalid', 'Which category? Say something like "edit 12 category food".'],
  [
    'edit 12 date 2026-12-30',
    'invalid',
    '30 Dec 2026 is in the future. I can only record spending that has already happened.',
  ],
  ['edit 12 tomorrow', 'invalid', 'Tomorrow has not happened yet. I can only record spending that has happened.'],
  ['list 0', 'invalid', 'Ask for 1 or more, like "list 20".'],
  [
    'set timezone EST',
    'invalid',
    '"EST" is not a time zone I know. Use a name like Asia/Kolkata, Europe/London or America/New_York.',
  ],
  ['set timezone', 'invalid', 'Which time zone? Say something like "set timezone Asia/Kolkata".'],
  ['set currency', 'invalid', 'Which currency? Say something like "set currency USD".'],
  ['currency rupiahs', 'invalid', '"rupiahs" is not an ISO currency code I know. Try INR, USD, EUR or GBP.'],
  ['digest maybe', 'invalid', digestHow],
  ['digest sunday 6', 'invalid', digestHow],
  ['digest at noonish', 'invalid', digestHow],
  ['set digest time to funday 18:00', 'invalid', digestHow],
  ['digest monday 25:00', 'invalid', digestHow],
  ['set locale', 'invalid', 'Which locale? Say something like "set locale en-US".'],
  ['how much in the last 0 days?', 'invalid', 'Ask about 1 to 3660 days.'],
  ['how much in week 60', 'invalid', '2026-W60 is not a week of the calendar.'],
  ['how much did I spend in december 2026?', 'invalid', 'December 2026 has not started yet.'],
];

describe('rejected input gets a clear reason', () => {
  for (const [message, kind, reason] of rejected) {
    test(`"${message.slice(0, 40)}" is read as ${kind}: "${reason.slice(0, 50)}"`, () => {
      const intent = parseMessage(message, parseContext);
      assert.deepEqual(
        { kind: intent.kind, message: 'message' in intent ? intent.message : undefined },
        {
          kind,
          message: reason,
        },
      );
    });
  }
});

describe('the core answers rejected input with its reason and records nothing', () => {
  let core: CoreHarness;

  before(async () => {
    // Wednesday 25 Nov 2026, noon in Kolkata, as in parseContext.
    core = await createCoreHarness('2026-11-25T06:30:00Z');
  });

  after(() => core.close());

  test('every row of the table, one message after another from one user', async () => {
    for (const [message, , reason] of rejected) {
      const reply = await core.say('asha', message);
      assert.deepEqual(
        { kind: reply.kind, text: reply.text, buttons: reply.buttons },
        { kind: 'invalid', text: reason, buttons: [] },
        message,
      );
    }
    const user = await core.store.findUser('cli', 'asha');
    assert.ok(user);
    assert.deepEqual(await core.store.listExpenses(user.id, {}), []);
  });
});
