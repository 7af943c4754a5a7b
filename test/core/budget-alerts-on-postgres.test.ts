/** Budget alerts under real concurrency: PostgreSQL, many messages of one user at once, several handlers. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import { type CoreHarness, createCoreHarness, message } from '../support/core-harness.ts';
import { createFreshPostgresDatabase, type FreshPostgresDatabase } from '../support/fresh-postgres.ts';

describe('budget alerts on PostgreSQL', () => {
  let fresh: FreshPostgresDatabase | undefined;
  let harness: CoreHarness;
  /** A second core on the same database: another worker process's handler. */
  let second: CoreHarness;
  before(async () => {
    fresh = await createFreshPostgresDatabase();
    harness = await createCoreHarness('2026-12-04T06:30:00Z', fresh.url);
    second = await createCoreHarness('2026-12-04T06:30:00Z', fresh.url);
  });
  after(async () => {
    await second?.close();
    await harness?.close();
    await fresh?.drop();
  });

  test('50 concurrent quick-adds that cross 80 % and 100 % raise exactly one alert each, in exactly one reply', async () => {
    await harness.say('crowd', 'budget groceries 4000 monthly');
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        (index % 2 === 0 ? harness : second).handle(message('crowd', '100 groceries', `crowd:${index}`)),
      ),
    );
    assert.ok(replies.every((reply) => reply.kind === 'expense_added'));
    const told80 = replies.filter((reply) => /⚠️ Budget alert: 80 % /.test(reply.text));
    const told100 = replies.filter((reply) =>
      /🚨 Budget alert: your groceries budget is used up this month — ₹4,000\.00 of ₹4,000\.00 \(100 %\)/.test(
        reply.text,
      ),
    );
    assert.equal(told80.length, 1, replies.map((reply) => reply.text).join('\n---\n'));
    assert.equal(told100.length, 1);
    assert.equal(replies.filter((reply) => /Budget alert/.test(reply.text)).length, 2);
    // The alert went to the message that took spending to exactly that threshold.
    assert.match(told80[0]?.text ?? '', /groceries: ₹3,200\.00 of ₹4,000\.00 this month · 80 %/);

    const user = (await harness.store.findUser('cli', 'crowd')) as User;
    const alerts = await harness.store.listBudgetAlerts(user.id, '2026-12-01');
    assert.deepEqual(
      alerts.map((alert) => alert.threshold),
      [80, 100],
    );
    // Redelivering every message (another round of retries) records nothing more and repeats the same replies.
    const redelivered = await Promise.all(
      Array.from({ length: 50 }, (_, index) => second.handle(message('crowd', '100 groceries', `crowd:${index}`))),
    );
    assert.deepEqual(
      redelivered.map((reply) => reply.text),
      replies.map((reply) => reply.text),
    );
    assert.equal((await harness.store.listBudgetAlerts(user.id, '2026-12-01')).length, 2);
  });

  test('edits and quick-adds at once that cross together: the alert is told once, never missed', async () => {
    await harness.say('mixed', 'budget fuel 1000 weekly');
    await harness.say('mixed', '100 fuel');
    await harness.say('mixed', '100 fuel');
    const replies = await Promise.all([
      ...Array.from({ length: 10 }, (_, index) =>
        (index % 2 === 0 ? harness : second).handle(message('mixed', '50 fuel', `mixed:add:${index}`)),
      ),
      harness.handle(message('mixed', 'edit 1 200', 'mixed:edit:1')),
      second.handle(message('mixed', 'edit 2 200', 'mixed:edit:2')),
    ]);
    // 200 + 200 + 10 × 50 = 900 of 1,000: past 80 % once everything is in, whatever the order.
    const told = replies.filter((reply) => /Budget alert/.test(reply.text));
    assert.equal(told.length, 1, replies.map((reply) => reply.text).join('\n---\n'));
    const user = (await harness.store.findUser('cli', 'mixed')) as User;
    assert.deepEqual(
      (await harness.store.listBudgetAlerts(user.id, '2026-11-30')).map((alert) => alert.threshold),
      [80],
    );
  });
});
