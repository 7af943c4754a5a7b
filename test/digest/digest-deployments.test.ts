import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import type { Digests } from '../../src/jobs/digest/start-digests.ts';
import { ForeignJobError } from '../../src/jobs/refuse-foreign-job.ts';
import { newUser, postgresDatabase, spend, sqliteDatabase } from './digest-databases.ts';
import { createDigestHarness, eventuallySent } from './digest-harness.ts';

/** Monday 2030-11-18 09:00 in London: the digest of 2030-W46 is due. */
const now = '2030-11-18T09:00:00Z';
const week = '2030-W46';

test('two databases on one Redis and prefix each send only their own users’ digests, once', async () => {
  const prefix = `finbot-test-${randomBytes(6).toString('hex')}`;
  // Both databases number their users from 1, so the same user ids and week meet on one Redis.
  const a = await createDigestHarness(sqliteDatabase, now, prefix);
  const b = await createDigestHarness(postgresDatabase, now, prefix);
  const errors: unknown[] = [];
  const started: Digests[] = [];
  try {
    const people = async (harness: typeof a, chatPrefix: string) => {
      const users: User[] = [];
      for (let index = 0; index < 5; index++) {
        const user = await harness.db.store.createUser(newUser(`${chatPrefix}${index}`, { timeZone: 'Europe/London' }));
        await spend(harness.db.store, user, 1000 + index, 'coffee', '2030-11-13');
        users.push(user);
      }
      return users;
    };
    const usersA = await people(a, '81');
    const usersB = await people(b, '82');
    assert.deepEqual(
      usersA.map((user) => user.id),
      usersB.map((user) => user.id),
    );

    // Each deployment's scheduler ticks every second; its send workers take only its own jobs.
    const common = { tickPattern: '* * * * * *', onError: (error: unknown) => errors.push(error) };
    for (const harness of [a, b, a, b]) started.push(await harness.start(common));
    await eventuallySent(a, week, 5);
    await eventuallySent(b, week, 5);

    // Queue every digest again from both producers, as a late tick or an operator would: the claim rows say "sent".
    for (const [index, digests] of started.entries()) {
      const users = index % 2 === 0 ? usersA : usersB;
      await digests.producer.enqueue(users.map((user) => ({ userId: user.id, week, platform: 'telegram' })));
    }
    // Two more ticks of each scheduler.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    const chats = (harness: typeof a) => [...harness.telegram.countsByChat()].sort();
    assert.deepEqual(
      chats(a),
      ['810', '811', '812', '813', '814'].map((chat) => [chat, 1]),
    );
    assert.deepEqual(
      chats(b),
      ['820', '821', '822', '823', '824'].map((chat) => [chat, 1]),
    );
    assert.deepEqual(await a.db.store.countDigestDeliveries(week), { sent: 5 });
    assert.deepEqual(await b.db.store.countDigestDeliveries(week), { sent: 5 });
    assert.deepEqual(
      errors.filter((error) => error instanceof ForeignJobError),
      [],
      'no job of the other deployment reached a worker',
    );
    // The only other error allowed: BullMQ's, when one process upserts the tick's scheduler while another runs the
    // tick (taskforcesh/bullmq#3197); the tick is redone a second later and every digest above went out once.
    assert.deepEqual(
      errors.filter(
        (error) =>
          !(error instanceof ForeignJobError) &&
          !/^Missing key for job repeat:digest-tick:\d+/.test(String((error as Error).message)),
      ),
      [],
    );
  } finally {
    await a.close();
    await b.close();
  }
});
