/**
 * The DigestStore contract with the core's digest logic on top, registered once per database: delivery claims,
 * send-once, recipients, due-selection, and concurrent workers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DigestSender } from '../../src/core/digest/digest-sender.ts';
import { type DueDigest, queueDueDigests } from '../../src/core/digest/queue-due-digests.ts';
import { type SendDigestDeps, sendDigest } from '../../src/core/digest/send-digest.ts';
import type { NewUser, User } from '../../src/core/domain/user.ts';
import { DeliveryError } from '../../src/core/ports/delivery-error.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { clearUnreachableOnMessage } from '../../src/storage/digest-recipient-repository.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import type { FreshDatabase } from './ledger-store.suite.ts';

/** Monday 2030-11-18 09:00 UTC: 09:00 in London, 14:30 in Kolkata, still Sunday night in Los Angeles. */
const now = '2030-11-18T09:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(now) + minutes * 60_000).toISOString();
const week = '2030-W46';

/** Registers the suite under `name`; `openFresh` is called once, before the first test. */
export function digestStoreSuite(name: string, openFresh: () => Promise<FreshDatabase>): void {
  describe(`${name}: digests`, () => {
    let fresh: FreshDatabase | undefined;
    let store: LedgerStore;
    let userSequence = 0;

    before(async () => {
      fresh = await openFresh();
      await migrateToLatest(fresh.database.db);
      store = createLedgerStore(fresh.database.db, fresh.database.dialect);
    });
    after(() => fresh?.drop());

    const newUser = (changes: Partial<NewUser> = {}): Promise<User> =>
      store.createUser({
        platform: 'telegram',
        platformUserId: `digest-${++userSequence}`,
        displayName: null,
        timeZone: 'Europe/London',
        currency: 'GBP',
        locale: 'en-GB',
        weekStart: 1,
        digestEnabled: true,
        ...changes,
      });
    const claim = (user: User, token: string, at = now, reclaim?: DigestClaimReclaim) =>
      store.claimDigestDelivery({
        userId: user.id,
        week,
        token,
        now: at,
        staleClaimMs: 120_000,
        staleSendingMs: 600_000,
        ...(reclaim ? { reclaim } : {}),
      });
    /** A sender that takes its turn, then records whom it delivered to. */
    const recordingSender = (sent: number[], ms = 20): DigestSender => ({
      async send(recipient, _message, pace) {
        await pace();
        await new Promise((resolve) => setTimeout(resolve, ms));
        sent.push(recipient.userId);
      },
    });
    const deps = (sender: DigestSender, at = now): SendDigestDeps => ({
      store,
      clock: fixedClock(new Date(at)),
      senders: { telegram: sender },
      pace: async () => {},
      staleClaimMs: 120_000,
      staleSendingMs: 600_000,
    });
    const attempt = (token: string, lastAttempt = false) => ({ week, token, lastAttempt });

    describe('delivery claims', () => {
      test('the first claim wins; the holder marks it sending, then sent, and nobody else can', async () => {
        const user = await newUser();
        assert.deepEqual(await claim(user, 'first'), { claimed: true, attempts: 1 });
        assert.deepEqual(await claim(user, 'second'), { claimed: false, status: 'claimed', claimedAt: now });
        assert.equal(await store.markDigestSending(user.id, week, 'second'), false, 'not the holder');
        assert.equal(await store.markDigestSending(user.id, week, 'first'), true);
        assert.equal(await store.markDigestSent(user.id, week, 'first', later(1)), true);
        const delivery = await store.findDigestDelivery(user.id, week);
        assert.deepEqual(delivery, {
          userId: user.id,
          week,
          status: 'sent',
          attempts: 1,
          claimedAt: now,
          sentAt: later(1),
          error: null,
        });
        assert.equal((await claim(user, 'third', later(60))).claimed, false, 'sent is final');
      });

      test('ten claims at once: exactly one wins', async () => {
        const user = await newUser();
        const claims = await Promise.all(Array.from({ length: 10 }, (_, index) => claim(user, `t${index}`)));
        assert.equal(claims.filter((result) => result.claimed).length, 1);
      });

      test('a claim whose holder died before sending is taken over once stale, not before', async () => {
        const user = await newUser();
        assert.deepEqual(await claim(user, 'dead'), { claimed: true, attempts: 1 });
        assert.equal((await claim(user, 'early', later(1))).claimed, false, 'still fresh');
        assert.deepEqual(await claim(user, 'late', later(3)), { claimed: true, attempts: 2 });
        assert.equal(await store.markDigestSending(user.id, week, 'dead'), false, 'the dead holder lost it');
      });

      test('a released claim is retried; a failed one only when an operator asks', async () => {
        const user = await newUser();
        await claim(user, 'a1');
        assert.equal(await store.releaseDigestClaim(user.id, week, 'a1', 'Error: timeout', false), true);
        assert.deepEqual(await claim(user, 'a2', later(1)), { claimed: true, attempts: 2 });
        assert.equal(await store.releaseDigestClaim(user.id, week, 'a2', 'Error: timeout', true), true);
        assert.equal((await claim(user, 'a3', later(2))).claimed, false);
        assert.deepEqual(await claim(user, 'manual', later(3), ['failed', 'uncertain']), {
          claimed: true,
          attempts: 3,
        });
      });

      test('deliveries are found and counted per week', async () => {
        const [a, b] = [await newUser(), await newUser()];
        const other = '2030-W10';
        await store.claimDigestDelivery({ ...claimOf(a, other), token: 'x' });
        await store.claimDigestDelivery({ ...claimOf(b, other), token: 'y' });
        await store.markDigestUnreachable(b.id, other, 'y', 'Forbidden: bot was blocked by the user');
        const found = await store.findDigestDeliveries(other, [a.id, b.id, b.id + 1000]);
        assert.deepEqual(
          [...found].map(([id, delivery]) => [id, delivery.status, delivery.error]),
          [
            [a.id, 'claimed', null],
            [b.id, 'unreachable', 'Forbidden: bot was blocked by the user'],
          ],
        );
        assert.deepEqual(await store.countDigestDeliveries(other), { claimed: 1, unreachable: 1 });
        assert.deepEqual(await store.findDigestDeliveries(other, []), new Map());
      });
    });

    describe('send-once', () => {
      test('ten redelivered attempts at once send the digest once', async () => {
        const user = await newUser();
        const sent: number[] = [];
        const outcomes = await Promise.all(
          Array.from({ length: 10 }, (_, index) =>
            sendDigest(deps(recordingSender(sent)), { userId: user.id, ...attempt(`t${index}`) }).then(
              (outcome) => outcome.status,
              (error: Error) => error.name,
            ),
          ),
        );
        assert.deepEqual(sent, [user.id]);
        assert.equal(outcomes.filter((status) => status === 'sent').length, 1);
        assert.ok(
          outcomes.every((status) => ['sent', 'skipped', 'DigestClaimBusyError'].includes(status)),
          `${outcomes}`,
        );
        assert.equal((await store.findDigestDelivery(user.id, week))?.status, 'sent');
      });

      test('two workers claiming at once: one of them sends, once', async () => {
        const users = [await newUser(), await newUser(), await newUser()];
        const first: number[] = [];
        const second: number[] = [];
        await Promise.all(
          users.flatMap((user) => [
            sendDigest(deps(recordingSender(first)), { userId: user.id, ...attempt(`w1-${user.id}`) }).catch(() => {}),
            sendDigest(deps(recordingSender(second)), { userId: user.id, ...attempt(`w2-${user.id}`) }).catch(() => {}),
          ]),
        );
        for (const user of users) {
          const times = [...first, ...second].filter((id) => id === user.id).length;
          assert.equal(times, 1, `user ${user.id} got ${times} digests`);
        }
      });

      test('a worker that died waiting for its turn left a claim that is taken over, not an uncertain one', async () => {
        const user = await newUser();
        void sendDigest(deps({ send: () => new Promise(() => {}) }), { userId: user.id, ...attempt('waiting') });
        await waitFor(async () => (await store.findDigestDelivery(user.id, week))?.status === 'claimed');
        const sent: number[] = [];
        const retry = await sendDigest(deps(recordingSender(sent), later(3)), { userId: user.id, ...attempt('retry') });
        assert.deepEqual(retry, { status: 'sent', withChart: false });
        assert.deepEqual(sent, [user.id]);
      });

      test('a send cut off midway is marked uncertain and not repeated', async () => {
        const user = await newUser();
        const dying: DigestSender = {
          // Gets its turn, then never hears back, as if the process died mid-request.
          send: async (_recipient, _message, pace) => {
            await pace();
            await new Promise(() => {});
          },
        };
        void sendDigest(deps(dying), { userId: user.id, ...attempt('dying') });
        await waitFor(async () => (await store.findDigestDelivery(user.id, week))?.status === 'sending');
        const sent: number[] = [];
        const retry = await sendDigest(deps(recordingSender(sent), later(11)), {
          userId: user.id,
          ...attempt('retry'),
        });
        assert.deepEqual(retry, { status: 'skipped', reason: 'already uncertain' });
        assert.deepEqual(sent, []);
        assert.equal((await store.findDigestDelivery(user.id, week))?.status, 'uncertain');
      });

      test('a failed attempt gives the claim back, and the last one marks it failed', async () => {
        const user = await newUser();
        const failing: DigestSender = {
          send: async () => {
            throw new DeliveryError('transient', 'connection reset');
          },
        };
        await assert.rejects(sendDigest(deps(failing), { userId: user.id, ...attempt('a1') }), /connection reset/);
        assert.equal((await store.findDigestDelivery(user.id, week))?.status, 'released');
        await assert.rejects(
          sendDigest(deps(failing), { userId: user.id, ...attempt('a2', true) }),
          /connection reset/,
        );
        const delivery = await store.findDigestDelivery(user.id, week);
        assert.deepEqual([delivery?.status, delivery?.attempts], ['failed', 2]);
        assert.match(delivery?.error ?? '', /connection reset/);
      });

      test('a user who blocked the bot is marked unreachable and skipped until they write again', async () => {
        const user = await newUser();
        const blocked: DigestSender = {
          send: async () => {
            throw new DeliveryError('unreachable', 'Forbidden: bot was blocked by the user');
          },
        };
        const outcome = await sendDigest(deps(blocked), { userId: user.id, ...attempt('b1') });
        assert.deepEqual(outcome, { status: 'unreachable', reason: 'Forbidden: bot was blocked by the user' });
        assert.equal((await store.findDigestDelivery(user.id, week))?.status, 'unreachable');
        const sent: number[] = [];
        const nextWeek = await sendDigest(deps(recordingSender(sent)), {
          userId: user.id,
          week: '2030-W47',
          token: 'b2',
          lastAttempt: false,
        });
        assert.deepEqual(nextWeek, { status: 'skipped', reason: 'unreachable' });

        await clearUnreachableOnMessage((fresh as FreshDatabase).database.db, 'telegram', user.platformUserId);
        const resumed = await sendDigest(deps(recordingSender(sent)), {
          userId: user.id,
          week: '2030-W47',
          token: 'b3',
          lastAttempt: false,
        });
        assert.deepEqual(resumed, { status: 'sent', withChart: false });
        assert.deepEqual(sent, [user.id]);
      });
    });

    describe('recipients', () => {
      test('settings exist only for users who changed something, and an unreachable mark is cleared by a message', async () => {
        const [quiet, blocked, other] = [await newUser(), await newUser(), await newUser()];
        await store.setDigestSendAt(other.id, { weekday: 7, hour: 18, minute: 0 });
        await store.markDigestRecipientUnreachable(blocked.id, 'x'.repeat(600), now);
        const settings = await store.findDigestRecipients([quiet.id, blocked.id, other.id]);
        assert.equal(settings.has(quiet.id), false);
        assert.deepEqual(settings.get(other.id), {
          sendAt: 'SUN 18:00',
          unreachable: false,
          unreachableAt: null,
          unreachableReason: null,
        });
        assert.deepEqual(settings.get(blocked.id), {
          sendAt: null,
          unreachable: true,
          unreachableAt: now,
          unreachableReason: 'x'.repeat(500),
        });
        await clearUnreachableOnMessage((fresh as FreshDatabase).database.db, 'slack', blocked.platformUserId);
        assert.equal(
          (await store.findDigestRecipients([blocked.id])).get(blocked.id)?.unreachable,
          true,
          'other platform',
        );
        await clearUnreachableOnMessage((fresh as FreshDatabase).database.db, 'telegram', blocked.platformUserId);
        assert.deepEqual((await store.findDigestRecipients([blocked.id])).get(blocked.id), {
          sendAt: null,
          unreachable: false,
          unreachableAt: null,
          unreachableReason: null,
        });
      });
    });

    describe('due-selection', () => {
      test('a tick queues each due digest of an opted-in, reachable user on a platform with a sender, once', async () => {
        // Earlier tests left users behind: the tick is judged on the users made here.
        const london = await newUser();
        const kolkata = await newUser({ timeZone: 'Asia/Kolkata' });
        const losAngeles = await newUser({ timeZone: 'America/Los_Angeles' });
        const optedOut = await newUser({ digestEnabled: false });
        const terminal = await newUser({ platform: 'cli' });
        const slack = await newUser({ platform: 'slack', platformUserId: `T1:U${userSequence}` });
        const unreachable = await newUser();
        await store.markDigestRecipientUnreachable(unreachable.id, 'blocked', now);
        const wednesday = await newUser();
        await store.setDigestSendAt(wednesday.id, { weekday: 3, hour: 18, minute: 0 });
        const alreadySent = await newUser();
        await claim(alreadySent, 'done');
        await store.markDigestSent(alreadySent.id, week, 'done', now);
        const stuck = await newUser();
        await claim(stuck, 'stuck');

        const mine = new Set(
          [london, kolkata, losAngeles, optedOut, terminal, slack, unreachable, wednesday, alreadySent, stuck].map(
            (user) => user.id,
          ),
        );
        const queued: DueDigest[] = [];
        await queueDueDigests({
          store,
          clock: fixedClock(new Date(now)),
          defaultSendAt: { weekday: 1, hour: 9, minute: 0 },
          platforms: ['telegram', 'slack'],
          enqueue: async (digests) => {
            queued.push(...digests);
          },
          pageSize: 3,
        });
        const ours = queued.filter((digest) => mine.has(digest.userId));
        assert.deepEqual(
          ours.sort((a, b) => a.userId - b.userId),
          [london, kolkata, slack, stuck].map((user) => ({ userId: user.id, week, platform: user.platform })),
          'Los Angeles is not due yet, Wednesday 18:00 was days ago, a started delivery comes again',
        );
      });
    });
  });
}

type DigestClaimReclaim = Parameters<LedgerStore['claimDigestDelivery']>[0]['reclaim'];

function claimOf(user: User, week: string) {
  return { userId: user.id, week, now, staleClaimMs: 120_000, staleSendingMs: 600_000 };
}

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
