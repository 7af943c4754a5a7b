import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';

/** CI guarantees this server; when it is unreachable the test fails rather than skips. */
const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `finbot_test_${randomBytes(6).toString('hex')}`;

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe('message text with NULs and controls, on PostgreSQL', () => {
  let harness: CoreHarness | undefined;
  before(async () => {
    await onServer(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    harness = await createCoreHarness('2026-11-25T06:30:00Z', url.toString());
  });
  after(async () => {
    await harness?.close();
    await onServer(`drop database if exists ${name} with (force)`);
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
