import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { NodeSqliteDatabase } from '../../src/storage/sqlite/node-sqlite-database.ts';

test('a transaction takes the write lock when it begins, so a second connection waits instead of racing it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'finbot-sqlite-tx-'));
  const path = join(dir, 'finbot.db');
  const first = new NodeSqliteDatabase(path, { backgroundCheckpoints: false });
  const second = new NodeSqliteDatabase(path, { backgroundCheckpoints: false });
  try {
    first.prepare('create table notes (body text)').run([]);
    second.prepare('PRAGMA busy_timeout = 50').all([]);

    // Kysely sends a plain "begin": the adapter makes it BEGIN IMMEDIATE.
    first.prepare('begin').run([]);
    first.prepare('select count(*) as count from notes').all([]);
    assert.throws(() => second.prepare("insert into notes (body) values ('second')").run([]), /locked|busy/i);
    // Had the first connection only read so far under a deferred BEGIN, the second would have written and
    // the first one's insert below would fail with SQLITE_BUSY (its snapshot being stale).
    first.prepare("insert into notes (body) values ('first')").run([]);
    first.prepare('commit').run([]);

    second.prepare("insert into notes (body) values ('second')").run([]);
    const rows = first.prepare('select body from notes order by rowid').all([]) as Array<{ body: string }>;
    assert.deepEqual(
      rows.map((row) => row.body),
      ['first', 'second'],
    );
  } finally {
    first.close();
    second.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
