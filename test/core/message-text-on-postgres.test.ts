import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { createFreshPostgresDatabase, type FreshPostgresDatabase } from '../support/fresh-postgres.ts';

describe('message text with NULs and controls, on PostgreSQL', () => {
  let fresh: FreshPostgresDatabase | undefined;
  let harness: CoreHarness | undefined;
  before(async () => {
    fresh = await createFreshPostgresDatabase();
    harness = await createCoreHarness('2026-11-25T06:30:00Z', fresh.url);
  });
  after(async () => {
    await harness?.close();
    await fresh?.drop();
  });

  test('a message with a NUL is answered and kept in the thread without it', async () => {
    const added = await harness?.say('asha', 'lunch\u0000 250');
    assert.match(added?.text ?? '', /Added #1: ₹250\.00 · food/);
    const chat = await harness?.say('asha', 'he\u0000llo \u202eworld');
    assert.match(chat?.text ?? '', /didn't get that/);
    const user = await harness?.store.findUser('cli', 'asha');
    const thread = await harness?.store.getThread(user?.id ?? 0);
    const kept = await harness?.store.recentThreadMessages(thread?.id ?? 0, 10);
    const said = (kept ?? []).filter((message) => message.role === 'user').map((message) => message.content);
    assert.deepEqual(said, ['lunch 250', 'he llo world']);
  });
});
