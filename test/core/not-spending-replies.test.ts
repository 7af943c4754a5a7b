import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';

// Messages with a number that are not spending: nothing is stored, and the reply says why.
const cases: ReadonlyArray<readonly [string, RegExp]> = [
  ['salary credited 85k', /money coming in/],
  ['got 500 back from Ankit', /money back/],
  ['refund 299 from amazon', /money back/],
  ['need to pay rent 15000 on 1st', /plan or a reminder/],
  ['petrol is 106 today', /price/],
  ['lent 2000 to Rohit', /loan/],
  ['is 1200 fair for a haircut?', /reads like a question/],
  ['be there in 5 min', /couldn't see what was paid for/],
  ['kr 120 dinner', /Which currency is "kr"/],
  ['100 tea 28 Dec', /in the future/],
];

describe('a number that is not spending', () => {
  let harness: CoreHarness | undefined;
  before(async () => {
    harness = await createCoreHarness();
  });
  after(async () => {
    await harness?.close();
  });

  for (const [message, why] of cases) {
    test(`"${message}" stores nothing and says why`, async () => {
      const reply = await harness?.say('asha', message);
      assert.match(reply?.text ?? '', why);
      const user = await harness?.store.findUser('cli', 'asha');
      assert.deepEqual(await harness?.store.listExpenses(user?.id ?? 0, { limit: 10 }), []);
    });
  }
});
