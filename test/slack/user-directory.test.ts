import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pino } from 'pino';
import { createUserDirectory, type UserDirectoryOptions } from '../../src/bots/slack/user-directory.ts';

const log = pino({ level: 'silent' });

/** A users.info stand-in: answers after `delayMs`, or fails when `fail` says so; counts calls. */
function fakeUsers(options: { delayMs?: number; fail?: () => boolean } = {}) {
  let calls = 0;
  const client = {
    users: {
      info: async ({ user }: { user: string }) => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
        if (options.fail?.()) throw new Error('user_not_found');
        return {
          ok: true,
          user: { id: user, tz: 'Europe/London', real_name: 'Asha Rao', profile: { display_name: '' } },
        };
      },
    },
  } as unknown as UserDirectoryOptions['client'];
  return { client, calls: () => calls };
}

describe('Slack profiles for new users', () => {
  test('gives the zone and name, and asks Slack once however many messages arrive at once', async () => {
    const users = fakeUsers({ delayMs: 20 });
    const directory = createUserDirectory({ client: users.client, log });
    const profiles = await Promise.all([1, 2, 3].map(() => directory.lookup('T1', 'U1')));
    for (const profile of profiles) assert.deepEqual(profile, { timeZone: 'Europe/London', displayName: 'Asha Rao' });
    await directory.lookup('T1', 'U1');
    assert.equal(users.calls(), 1);
  });

  test('a slow users.info gives nothing within the budget, and its answer is there next time', async () => {
    const users = fakeUsers({ delayMs: 200 });
    const directory = createUserDirectory({ client: users.client, log, budgetMs: 20 });
    const started = Date.now();
    assert.deepEqual(await directory.lookup('T1', 'U1'), {});
    assert.ok(Date.now() - started < 150);
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal((await directory.lookup('T1', 'U1')).timeZone, 'Europe/London');
    assert.equal(users.calls(), 1);
  });

  test('a failure is remembered for a while, then asked again', async () => {
    let failing = true;
    const users = fakeUsers({ fail: () => failing });
    const directory = createUserDirectory({ client: users.client, log, failureTtlMs: 50 });
    assert.deepEqual(await directory.lookup('T1', 'U1'), {});
    assert.deepEqual(await directory.lookup('T1', 'U1'), {});
    assert.equal(users.calls(), 1);
    failing = false;
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal((await directory.lookup('T1', 'U1')).timeZone, 'Europe/London');
    assert.equal(users.calls(), 2);
  });

  test('users of different teams are different entries', async () => {
    const users = fakeUsers();
    const directory = createUserDirectory({ client: users.client, log });
    await directory.lookup('T1', 'U1');
    await directory.lookup('T2', 'U1');
    assert.equal(users.calls(), 2);
  });
});
