import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import { createMessageHandler } from '../../src/core/service/handle-message.ts';
import { testSettings } from '../support/core-harness.ts';
import { newUser, spend, testDatabases } from './digest-databases.ts';
import { createDigestHarness, type DigestHarness, eventually, eventuallySent } from './digest-harness.ts';

/** Monday 2030-11-18: the week that just ended is 2030-W46 (11–17 Nov). */
const monday = '2030-11-18';

for (const kind of testDatabases) {
  describe(`digest fan-out (${kind.name}, Redis)`, () => {
    describe('three time zones', () => {
      let harness: DigestHarness;
      const users: Record<string, User> = {};
      before(async () => {
        harness = await createDigestHarness(kind, `${monday}T03:00:00Z`);
        for (const [name, zone] of [
          ['kolkata', 'Asia/Kolkata'],
          ['london', 'Europe/London'],
          ['la', 'America/Los_Angeles'],
        ] as const) {
          users[name] = await harness.db.store.createUser(newUser(`7${name.length}${zone.length}`, { timeZone: zone }));
        }
        const kolkata = users.kolkata as User;
        await spend(harness.db.store, kolkata, 25000, 'groceries', '2030-11-12');
        await spend(harness.db.store, kolkata, 120000, 'rent', '2030-11-15');
      });
      after(() => harness.close());

      test('each user gets their digest at their own local Monday 09:00, once', async () => {
        const digests = await harness.start();
        const chats = (name: string) => harness.telegram.countsByChat().get(users[name]?.platformUserId ?? '') ?? 0;
        const tickAt = async (iso: string) => {
          harness.clock.set(iso);
          return digests.tick();
        };

        assert.equal((await tickAt(`${monday}T03:00:00Z`)).enqueued, 0, 'nobody is due at 08:30 in Kolkata');
        assert.equal((await tickAt(`${monday}T03:30:00Z`)).enqueued, 1, '09:00 in Kolkata');
        await eventuallySent(harness, '2030-W46', 1);
        assert.equal((await tickAt(`${monday}T08:55:00Z`)).enqueued, 0, 'Kolkata is done, London not yet due');
        assert.equal((await tickAt(`${monday}T09:00:00Z`)).enqueued, 1, '09:00 in London');
        await eventuallySent(harness, '2030-W46', 2);
        assert.equal((await tickAt(`${monday}T16:55:00Z`)).enqueued, 0);
        assert.equal((await tickAt(`${monday}T17:00:00Z`)).enqueued, 1, '09:00 in Los Angeles');
        await eventuallySent(harness, '2030-W46', 3);
        // Later ticks that day and the next day send nothing more.
        for (const iso of [`${monday}T17:05:00Z`, `${monday}T23:55:00Z`, '2030-11-19T03:30:00Z']) {
          assert.equal((await tickAt(iso)).enqueued, 0, iso);
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual([chats('kolkata'), chats('london'), chats('la')], [1, 1, 1]);

        const kolkata = harness.telegram.received.find((message) => message.chatId === users.kolkata?.platformUserId);
        assert.equal(kolkata?.method, 'sendPhoto');
        assert.match(kolkata?.text ?? '', /^Your week 2030-W46 \(11 Nov – 17 Nov\)\n\nTotal: ₹1,450\.00 in 2 expenses/);
        assert.deepEqual([...(kolkata?.photo ?? new Uint8Array()).subarray(1, 4)], [0x50, 0x4e, 0x47]);
        const london = harness.telegram.received.find((message) => message.chatId === users.london?.platformUserId);
        assert.equal(london?.method, 'sendMessage', 'an empty week has no chart');
        assert.match(london?.text ?? '', /no expenses recorded/);
        assert.deepEqual(await harness.db.store.countDigestDeliveries('2030-W46'), { sent: 3 });
        assert.equal(harness.telegram.throttled, 0);
      });
    });

    describe('a send time chosen in chat', () => {
      let harness: DigestHarness;
      before(async () => {
        harness = await createDigestHarness(kind, '2030-11-18T10:00:00Z');
      });
      after(() => harness.close());

      test('"digest sunday 18:00" sends that week\'s digest on Sunday at 18:00 local time, once', async () => {
        const handle = createMessageHandler({ store: harness.db.store, clock: harness.clock, settings: testSettings });
        let sequence = 0;
        const say = async (text: string) =>
          (
            await handle({
              platform: 'telegram',
              platformUserId: '4711',
              displayName: 'Mia',
              key: `tg:${++sequence}`,
              text,
            })
          ).text;
        await say('set timezone Europe/Berlin');
        await say('250 groceries');
        // Monday 18 Nov, 11:00 in Berlin: today's 09:00 has passed, so the next default one is a week away.
        assert.match(
          await say('settings'),
          /weekly digest: on, Mondays at 09:00 \(the default\); next on 25 Nov, for the week of 18 Nov\n/,
        );
        assert.match(
          await say('digest sunday 18:00'),
          /weekly digest: on, Sundays at 18:00; next on 24 Nov, for the week of 18 Nov\n/,
        );

        const digests = await harness.start();
        const tickAt = async (iso: string) => {
          harness.clock.set(iso);
          return (await digests.tick()).enqueued;
        };
        assert.equal(await tickAt('2030-11-24T16:55:00Z'), 0, '17:55 in Berlin');
        assert.equal(await tickAt('2030-11-24T17:00:00Z'), 1, '18:00 in Berlin');
        await eventuallySent(harness, '2030-W47', 1);
        assert.equal(await tickAt('2030-11-24T17:05:00Z'), 0, 'sent already');
        assert.equal(await tickAt('2030-11-25T08:00:00Z'), 0, "Monday 09:00 is no longer the user's time");
        assert.equal(harness.telegram.received.length, 1);
        assert.match(
          harness.telegram.received[0]?.text ?? '',
          /^Your week 2030-W47 \(18 Nov – 24 Nov\)\n\nTotal: ₹250\.00/,
        );

        assert.match(
          await say('digest default'),
          /weekly digest: on, Mondays at 09:00 \(the default\); next on 2 Dec, for the week of 25 Nov\n/,
        );
        assert.equal(await tickAt('2030-12-02T08:00:00Z'), 1, 'back to Monday 09:00: the week of 25 Nov – 1 Dec');
        await eventuallySent(harness, '2030-W48', 1);
      });
    });

    describe('concurrency, restarts and refusals', () => {
      let harness: DigestHarness;
      let people: User[] = [];
      before(async () => {
        harness = await createDigestHarness(kind, `${monday}T09:00:00Z`);
        people = [];
        for (let index = 0; index < 60; index++) {
          const user = await harness.db.store.createUser(newUser(`5000${index}`, { timeZone: 'Europe/London' }));
          await spend(harness.db.store, user, 1000 + index, index % 2 ? 'coffee' : 'lunch', '2030-11-13');
          people.push(user);
        }
      });
      after(() => harness.close());

      test('two scheduler processes ticking at once send each digest once', async () => {
        const first = await harness.start();
        const second = await harness.start();
        const reports = await Promise.all([first.tick(), second.tick(), first.tick(), second.tick()]);
        assert.ok(reports.every((report) => report.due === 60));
        await eventuallySent(harness, '2030-W46', 60);
        // Queue the same digests again, twice, once their jobs are done: the database still says "sent".
        await first.producer.enqueue(
          people.map((user) => ({ userId: user.id, week: '2030-W46', platform: 'telegram' })),
        );
        await first.producer.enqueue(
          people.map((user) => ({ userId: user.id, week: '2030-W46', platform: 'telegram' })),
        );
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const counts = harness.telegram.countsByChat();
        assert.equal(counts.size, 60);
        assert.ok(
          [...counts.values()].every((count) => count === 1),
          'one message per user',
        );
        assert.deepEqual(await harness.db.store.countDigestDeliveries('2030-W46'), { sent: 60 });
        assert.equal(harness.telegram.throttled, 0);
        await first.close();
        await second.close();
      });

      test('a worker stopped halfway through is resumed by a new one without repeats', async () => {
        harness.clock.set('2030-11-25T09:00:00Z');
        harness.telegram.received.length = 0;
        const producerOnly = await harness.start({ workers: false });
        const report = await producerOnly.tick();
        assert.equal(report.enqueued, 60);
        const first = await harness.start();
        await eventually(() => harness.telegram.received.length >= 20, 20_000, '20 digests');
        await first.close();
        const sentBeforeRestart = harness.telegram.received.length;
        assert.ok(sentBeforeRestart < 60, `stopped after ${sentBeforeRestart}`);
        // A tick while no worker runs changes nothing; the queued jobs wait.
        await producerOnly.tick();
        const second = await harness.start();
        await eventuallySent(harness, '2030-W47', 60);
        await new Promise((resolve) => setTimeout(resolve, 500));
        const counts = harness.telegram.countsByChat();
        assert.equal(counts.size, 60);
        assert.ok(
          [...counts.values()].every((count) => count === 1),
          'one message per user',
        );
        assert.deepEqual(await harness.db.store.countDigestDeliveries('2030-W47'), { sent: 60 });
        await second.close();
        await producerOnly.close();
      });

      test('a user who blocked the bot is marked unreachable and skipped the week after', async () => {
        const [blocker, flaky] = people;
        assert.ok(blocker && flaky);
        harness.telegram.blocked.add(blocker.platformUserId);
        harness.telegram.failNext(flaky.platformUserId, 1);
        harness.telegram.received.length = 0;
        harness.clock.set('2030-12-02T09:00:00Z');
        const digests = await harness.start();
        await digests.tick();
        await eventuallySent(harness, '2030-W48', 59);
        const { store } = harness.db;
        await eventually(
          async () => (await store.findDigestDelivery(blocker.id, '2030-W48'))?.status === 'unreachable',
          5000,
          'the refusal to be recorded',
        );
        assert.equal((await store.findDigestRecipients([blocker.id])).get(blocker.id)?.unreachable, true);
        const retried = await store.findDigestDelivery(flaky.id, '2030-W48');
        assert.deepEqual([retried?.status, retried?.attempts], ['sent', 2], 'a 500 is retried');

        harness.telegram.received.length = 0;
        harness.clock.set('2030-12-09T09:00:00Z');
        const report = await digests.tick();
        assert.equal(report.enqueued, 59);
        await eventuallySent(harness, '2030-W49', 59);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(harness.telegram.countsByChat().get(blocker.platformUserId), undefined);
        assert.equal(await store.findDigestDelivery(blocker.id, '2030-W49'), undefined);
        assert.equal(harness.telegram.throttled, 0);
      });
    });

    describe('a claim left by a worker that died', () => {
      let harness: DigestHarness;
      after(() => harness.close());

      test('is taken over by a later tick even after its job ran out of attempts', async () => {
        harness = await createDigestHarness(kind, `${monday}T09:00:00Z`);
        const user = await harness.db.store.createUser(newUser('6001', { timeZone: 'Europe/London' }));
        const { store } = harness.db;
        // A worker claimed the digest at 09:00 and died before sending.
        await store.claimDigestDelivery({
          userId: user.id,
          week: '2030-W46',
          token: 'dead-worker',
          now: `${monday}T09:00:00.000Z`,
          staleClaimMs: 120_000,
          staleSendingMs: 300_000,
        });
        let failedForGood = 0;
        const digests = await harness.start({
          retry: { attempts: 1, backoffMs: 10 },
          onJobFailed: (failure) => {
            if (failure.final) failedForGood++;
          },
        });
        assert.equal((await digests.tick()).enqueued, 1);
        await eventually(() => failedForGood === 1, 10_000, 'the job to fail while the claim is held');
        assert.equal(await digests.producer.state('telegram', user.id, '2030-W46'), undefined, 'no live job');
        harness.clock.set(`${monday}T09:05:00Z`);
        assert.equal((await digests.tick()).enqueued, 1);
        await eventuallySent(harness, '2030-W46', 1);
        const delivery = await store.findDigestDelivery(user.id, '2030-W46');
        assert.deepEqual([delivery?.status, delivery?.attempts], ['sent', 2]);
        assert.equal(harness.telegram.countsByChat().get('6001'), 1);
      });
    });
  });
}
