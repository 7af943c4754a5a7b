/** The RunStore contract, registered once per database: claims, leases, retries, delivery bookkeeping, races. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { Run } from '../../src/core/runs/run.ts';
import type { FreshDatabase } from './ledger-store.suite.ts';
import { openStoreForSuite, userFactory } from './store-suite-fixture.ts';

/** Wall-clock times around now: queue bookkeeping is on the wall clock, whatever the business clock says. */
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

export function runStoreSuite(name: string, openFresh: () => Promise<FreshDatabase>): void {
  describe(`${name}: runs`, () => {
    let store: LedgerStore;
    let sequence = 0;
    openStoreForSuite(openFresh, (opened) => {
      store = opened;
    });

    const newUser = userFactory(() => store, 'run-user-');
    const newRun = async (user: User, question = 'anything unusual this week?'): Promise<Run> => {
      const thread = await store.getThread(user.id);
      const key = `telegram:update:run-${++sequence}`;
      return store.createRun({
        threadId: thread.id,
        userId: user.id,
        messageKey: key,
        userMessage: question,
        contextUntilMessageId: 0,
        replyTarget: { platform: 'telegram', address: { chatId: '42' } },
        createdAt: '2026-11-25T06:30:00.000Z',
      });
    };
    const claim = (run: Run, leaseSeconds = 10) =>
      store.claimNextRun(run.threadId, new Date().toISOString(), inSeconds(leaseSeconds));
    const finish = (run: Run, reply = 'You spent ₹370.00.') =>
      store.finishRun(run.id, {
        status: 'completed',
        reply,
        replyKind: 'answer',
        buttons: [{ label: 'Undo #3', command: 'undo #3' }],
        responseIds: ['resp_1'],
        error: null,
        inputTokens: 1200,
        outputTokens: 40,
        completedAt: '2026-11-25T06:30:05.000Z',
      });

    test('the deployment id is made once and stays', async () => {
      const id = await store.deploymentId();
      assert.match(id, /^[\w-]{8,}$/);
      assert.equal(await store.deploymentId(), id);
    });

    test('a new run is queued with what it was created with, and a token of its own', async () => {
      const user = await newUser();
      const run = await newRun(user, 'where did my money go?');
      assert.equal(run.status, 'queued');
      assert.equal(run.userId, user.id);
      assert.equal(run.userMessage, 'where did my money go?');
      assert.deepEqual(run.replyTarget, { platform: 'telegram', address: { chatId: '42' } });
      assert.equal(run.attempts, 0);
      assert.equal(run.deliveredAt, null);
      assert.ok(run.queueToken.length >= 12);
      assert.notEqual((await newRun(user)).queueToken, run.queueToken);
      assert.deepEqual(await store.findRun(run.id), run);
    });

    test('claims take the oldest run; a live lease makes others wait, an expired one is taken over', async () => {
      const user = await newUser();
      const first = await newRun(user);
      await newRun(user);
      const claimed = await claim(first, 1);
      assert.equal(claimed.kind, 'claimed');
      assert.equal(claimed.kind === 'claimed' && claimed.run.id, first.id);
      assert.equal(claimed.kind === 'claimed' && claimed.run.attempts, 1);
      assert.equal((await claim(first)).kind, 'wait');

      await new Promise((resolve) => setTimeout(resolve, 1100));
      const again = await claim(first);
      assert.equal(again.kind === 'claimed' && again.run.id, first.id);
      assert.equal(again.kind === 'claimed' && again.run.attempts, 2);
      // The first claim's holder renews nothing now; the second's does.
      assert.equal(await store.extendLease(first.id, 1, inSeconds(30)), false);
      assert.equal(await store.extendLease(first.id, 2, inSeconds(30)), true);
    });

    test('claims racing in separate connections: exactly one wins', async () => {
      const user = await newUser();
      const run = await newRun(user);
      const claims = await Promise.all(Array.from({ length: 6 }, () => claim(run)));
      assert.equal(claims.filter((result) => result.kind === 'claimed').length, 1);
      assert.equal((await store.findRun(run.id))?.attempts, 1);
    });

    test('a requeued run waits for its retry time; saved model responses are kept in order', async () => {
      const user = await newUser();
      const run = await newRun(user);
      await claim(run);
      const usage = { inputTokens: 10, outputTokens: 2 };
      await store.saveModelResponse(run.id, { id: 'resp_a', output: [], usage });
      await store.saveModelResponse(run.id, { id: 'resp_b', output: [{ type: 'message', text: 'hi' }], usage });
      const retryAt = inSeconds(60);
      await store.requeueRun(run.id, retryAt, 'rate limited');
      const waiting = await claim(run);
      assert.equal(waiting.kind, 'wait');
      assert.equal(Date.parse(waiting.kind === 'wait' ? waiting.until : ''), Date.parse(retryAt));
      const stored = await store.findRun(run.id);
      assert.equal(stored?.status, 'queued');
      assert.equal(stored?.error, 'rate limited');
      assert.deepEqual(
        stored?.modelResponses.map((response) => response.id),
        ['resp_a', 'resp_b'],
      );
    });

    test('a finished run keeps its reply and buttons; the sweep finds it until delivered or refused', async () => {
      const user = await newUser();
      const delivered = await newRun(user);
      const refused = await newRun(user);
      const waiting = await newRun(user);
      for (const run of [delivered, refused, waiting]) {
        await claim(run);
        await finish(run);
      }
      const done = await store.findRun(waiting.id);
      assert.equal(done?.status, 'completed');
      assert.equal(done?.reply, 'You spent ₹370.00.');
      assert.deepEqual(done?.replyButtons, [{ label: 'Undo #3', command: 'undo #3' }]);
      assert.equal(done?.leaseUntil, null);

      await store.markDelivered(delivered.id, '2026-11-25T06:30:06.000Z');
      await store.markDeliveryRefused(refused.id, 'Forbidden: bot was blocked by the user');
      const mine = new Set([delivered.id, refused.id, waiting.id]);
      const found = (await store.findUndeliveredRuns(inSeconds(5), 500)).filter((ref) => mine.has(ref.id));
      assert.deepEqual(found, [{ id: waiting.id, queueToken: waiting.queueToken }]);
      assert.deepEqual(
        (await store.findUndeliveredRuns(inSeconds(-60), 500)).filter((ref) => mine.has(ref.id)),
        [],
      );
      // Delivered once: a second mark keeps the first time.
      await store.markDelivered(delivered.id, '2026-11-25T07:00:00.000Z');
      assert.equal((await store.findRun(delivered.id))?.deliveredAt, '2026-11-25T06:30:06.000Z');
    });

    test('a queue token is renewed by one of two sweeps racing, and only from the token it was', async () => {
      const user = await newUser();
      const run = await newRun(user);
      const renewals = await Promise.all([
        store.renewQueueToken(run.id, run.queueToken),
        store.renewQueueToken(run.id, run.queueToken),
      ]);
      const won = renewals.filter((ref) => ref !== undefined);
      assert.equal(won.length, 1);
      assert.notEqual(won[0]?.queueToken, run.queueToken);
      assert.equal((await store.findRun(run.id))?.queueToken, won[0]?.queueToken);
      assert.equal(await store.renewQueueToken(run.id, run.queueToken), undefined);
    });

    test('orphaned threads: runs queued too long, and runs whose lease ran out', async () => {
      const stale = await newRun(await newUser());
      const leased = await newRun(await newUser());
      const live = await newRun(await newUser());
      await claim(leased, 1);
      await claim(live, 60);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const orphans = await store.findOrphanedThreads(new Date().toISOString(), inSeconds(5), 500);
      assert.ok(orphans.includes(stale.threadId));
      assert.ok(orphans.includes(leased.threadId));
      assert.ok(!orphans.includes(live.threadId));
      const recentOnly = await store.findOrphanedThreads(new Date().toISOString(), inSeconds(-60), 500);
      assert.ok(!recentOnly.includes(stale.threadId));
    });

    test('runs are counted by status', async () => {
      const counts = await store.countRunsByStatus();
      assert.ok((counts.completed ?? 0) >= 3);
      assert.ok((counts.queued ?? 0) >= 1);
      assert.ok(Object.values(counts).every((count) => Number.isSafeInteger(count) && count > 0));
    });
  });
}
