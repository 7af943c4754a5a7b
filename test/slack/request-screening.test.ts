import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { type SlackHarness, startSlackHarness, teamId } from './slack-harness.ts';

const now = () => Math.floor(Date.now() / 1000);

describe('requests to /slack/events that Bolt alone would let through or fail on', () => {
  let harness: SlackHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  const userOf = (h: SlackHarness, user: string) => h.core.store.findUser('slack', `${teamId}:${user}`);

  test('a correctly signed request dated an hour (or 6 minutes) ahead is refused with 401 and stores nothing', async () => {
    harness = await startSlackHarness();
    for (const ahead of [60 * 60, 6 * 60]) {
      const future = await harness.command('U0ASHA', 'add 250 groceries', { timestamp: now() + ahead });
      assert.equal(future.status, 401, `${ahead} s ahead`);
      const dm = await harness.dm('U0ASHA', '250 groceries', { timestamp: now() + ahead });
      assert.equal(dm.status, 401, `${ahead} s ahead`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await userOf(harness, 'U0ASHA'), undefined);
    assert.ok(harness.refusals.every((refusal) => refusal.status === 401 && /5 minutes/.test(refusal.reason)));
    assert.deepEqual(harness.httpErrors, []);
  });

  test('within 5 minutes either way (a clock slightly off) the request is taken', async () => {
    harness = await startSlackHarness();
    const ahead = await harness.command('U0ASHA', 'add 250 groceries', { timestamp: now() + 4 * 60 });
    assert.equal(ahead.status, 200);
    const behind = await harness.command('U0ASHA', 'add 120 coffee', { timestamp: now() - 4 * 60 });
    assert.equal(behind.status, 200);
    const user = await userOf(harness, 'U0ASHA');
    assert.ok(user);
    assert.equal((await harness.core.store.listExpenses(user.id, {})).length, 2);
  });

  test('a timestamp that is no number of seconds is refused with 401', async () => {
    harness = await startSlackHarness();
    for (const timestamp of ['1e10', '-5', '', 'soon']) {
      const response = await fetch(harness.eventsUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-slack-request-timestamp': timestamp,
          'x-slack-signature': 'v0=00',
        },
        body: '{}',
      });
      assert.equal(response.status, 401, timestamp);
    }
    assert.deepEqual(harness.httpErrors, []);
  });

  test('signed bodies that are no Slack payload are 400, never an error', async () => {
    harness = await startSlackHarness();
    const cases: ReadonlyArray<[string, string]> = [
      ['null', 'application/json'],
      ['[1, 2]', 'application/json'],
      ['"text"', 'application/json'],
      ['{"type": "event_callback", "ev', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'],
      ['payload=%7B%22type', 'application/x-www-form-urlencoded'],
    ];
    for (const [body, contentType] of cases) {
      const response = await harness.post(body, contentType);
      assert.equal(response.status, 400, body);
    }
    assert.deepEqual(harness.httpErrors, []);
    assert.equal(harness.refusals.length, cases.length);
    // Still taking real requests afterwards.
    assert.equal((await harness.command('U0ASHA', 'add 250 groceries')).status, 200);
  });

  test('a 10 MB body is 413 before any signature work', async () => {
    harness = await startSlackHarness();
    const response = await harness.post(`{"x": "${'y'.repeat(10 * 1024 * 1024)}"}`, 'application/json');
    assert.equal(response.status, 413);
    assert.deepEqual(harness.httpErrors, []);
  });
});
