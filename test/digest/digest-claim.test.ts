import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DigestSender } from '../../src/core/digest/digest-sender.ts';
import type { User } from '../../src/core/domain/user.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { type SendDigestDeps, sendDigest } from '../../src/jobs/digest/send-digest.ts';
import { claimDigestDelivery, findDigestDelivery } from '../../src/storage/digest-delivery-repository.ts';
import { newUser, type TestDatabase, testDatabases } from './digest-databases.ts';

const now = '2030-11-18T09:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(now) + minutes * 60_000).toISOString();

for (const kind of testDatabases) {
  describe(`digest delivery claims (${kind.name})`, () => {
    let db: TestDatabase;
    let users: User[];
    const sent: number[] = [];
    const sender: DigestSender = {
      async send(recipient, _message, pace) {
        await pace();
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(recipient.userId);
      },
    };
    const deps = (): SendDigestDeps => ({
      db: db.database.db,
      store: db.store,
      clock: fixedClock(new Date(now)),
      senders: { telegram: sender },
      pace: async () => {},
      staleClaimMs: 120_000,
      staleSendingMs: 600_000,
    });

    before(async () => {
      db = await kind.open();
      users = [];
      for (const id of ['1', '2', '3', '4']) users.push(await db.store.createUser(newUser(`90${id}`)));
    });
    after(() => db.drop());

    test('ten redelivered attempts at once send the digest once', async () => {
      const user = users[0] as User;
      const attempts = Array.from({ length: 10 }, (_, index) =>
        sendDigest(deps(), { userId: user.id, week: '2030-W46', token: `t${index}`, lastAttempt: false }).then(
          (outcome) => outcome.status,
          (error: Error) => error.name,
        ),
      );
      const outcomes = await Promise.all(attempts);
      assert.equal(sent.filter((id) => id === user.id).length, 1);
      assert.equal(outcomes.filter((status) => status === 'sent').length, 1);
      assert.ok(
        outcomes.every((status) => ['sent', 'skipped', 'DigestClaimBusyError'].includes(status)),
        `${outcomes}`,
      );
      assert.equal((await findDigestDelivery(db.database.db, user.id, '2030-W46'))?.status, 'sent');
    });

    test('a worker that died while waiting for its turn left a claim that is taken over, not an uncertain one', async () => {
      const user = users[3] as User;
      const waiting: DigestSender = { send: () => new Promise(() => {}) };
      void sendDigest(
        { ...deps(), senders: { telegram: waiting } },
        { userId: user.id, week: '2030-W45', token: 'waiting', lastAttempt: false },
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await findDigestDelivery(db.database.db, user.id, '2030-W45'))?.status, 'claimed');
      const retry = await sendDigest(
        { ...deps(), clock: fixedClock(new Date(later(3))) },
        { userId: user.id, week: '2030-W45', token: 'retry', lastAttempt: false },
      );
      assert.deepEqual(retry, { status: 'sent', withChart: false });
      assert.equal(sent.filter((id) => id === user.id).length, 1);
    });

    test('a claim left by a worker that died before sending is taken over once stale', async () => {
      const user = users[1] as User;
      const claim = (token: string, at: string) =>
        claimDigestDelivery(db.database.db, {
          userId: user.id,
          week: '2030-W46',
          token,
          now: at,
          staleClaimMs: 120_000,
          staleSendingMs: 600_000,
        });
      assert.deepEqual(await claim('dead', now), { claimed: true, attempts: 1 });
      assert.equal((await claim('early', later(1))).claimed, false, 'still fresh');
      assert.deepEqual(await claim('late', later(3)), { claimed: true, attempts: 2 });
    });

    test('a send cut off midway is marked uncertain and not repeated', async () => {
      const user = users[2] as User;
      const dying: DigestSender = {
        // Gets its turn, then never hears back, as if the process died mid-request.
        send: async (_recipient, _message, pace) => {
          await pace();
          await new Promise(() => {});
        },
      };
      void sendDigest(
        { ...deps(), senders: { telegram: dying } },
        { userId: user.id, week: '2030-W46', token: 'dying', lastAttempt: false },
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await findDigestDelivery(db.database.db, user.id, '2030-W46'))?.status, 'sending');
      const retry = await sendDigest(
        { ...deps(), clock: fixedClock(new Date(later(11))) },
        { userId: user.id, week: '2030-W46', token: 'retry', lastAttempt: false },
      );
      assert.deepEqual(retry, { status: 'skipped', reason: 'already uncertain' });
      assert.equal(sent.includes(user.id), false);
      assert.equal((await findDigestDelivery(db.database.db, user.id, '2030-W46'))?.status, 'uncertain');
    });

    test('a failed attempt gives the claim back, and the last one marks it failed', async () => {
      const user = users[3] as User;
      const failing: DigestSender = {
        send: async () => {
          throw new Error('connection reset');
        },
      };
      const attempt = (token: string, lastAttempt: boolean) =>
        sendDigest(
          { ...deps(), senders: { telegram: failing } },
          { userId: user.id, week: '2030-W46', token, lastAttempt },
        );
      await assert.rejects(attempt('a1', false), /connection reset/);
      assert.equal((await findDigestDelivery(db.database.db, user.id, '2030-W46'))?.status, 'released');
      await assert.rejects(attempt('a2', true), /connection reset/);
      const delivery = await findDigestDelivery(db.database.db, user.id, '2030-W46');
      assert.deepEqual([delivery?.status, delivery?.attempts], ['failed', 2]);
      assert.match(delivery?.error ?? '', /connection reset/);
    });
  });
}
