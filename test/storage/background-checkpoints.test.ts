import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBackgroundCheckpoints } from '../../src/storage/sqlite/background-checkpoints.ts';
import { NodeSqliteDatabase } from '../../src/storage/sqlite/node-sqlite-database.ts';

/** The connection's autocheckpoint setting in pages (0: it never checkpoints by itself). */
function autocheckpointPages(database: NodeSqliteDatabase): unknown {
  const [row] = database.prepare('PRAGMA wal_autocheckpoint').all([]) as Array<{ wal_autocheckpoint: number }>;
  return row?.wal_autocheckpoint;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'finbot-checkpoints-'));
}

async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await sleep(25);
  }
  return check();
}

describe('SQLite checkpoints in a worker thread', () => {
  test('the writing connection never checkpoints; the worker copies the WAL into the file; close removes the WAL', async () => {
    const dir = tempDir();
    const path = join(dir, 'finbot.db');
    const database = new NodeSqliteDatabase(path);
    try {
      assert.equal(autocheckpointPages(database), 0);
      database.prepare('create table filler (id integer primary key, body text not null)').run([]);
      const sizeBefore = statSync(path).size;
      const insert = database.prepare('insert into filler (body) values (?)');
      for (let index = 0; index < 2000; index++) insert.run(['x'.repeat(1000)]);
      // About 2 MB went to the WAL; only a checkpoint moves it into the database file.
      assert.ok(
        await eventually(() => statSync(path).size > sizeBefore + 1_500_000, 5000),
        `database file still ${statSync(path).size} bytes`,
      );
    } finally {
      database.close();
      await database.closed();
    }
    assert.equal(existsSync(`${path}-wal`), false);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a worker that cannot checkpoint hands the job back', async () => {
    const dir = tempDir();
    const reasons: string[] = [];
    // A directory is not a database: the worker fails to open it.
    const checkpoints = startBackgroundCheckpoints(dir, { onFallback: (reason) => reasons.push(reason) });
    assert.ok(await eventually(() => reasons.length > 0, 5000));
    assert.equal(reasons.length, 1);
    await checkpoints.stop();
    assert.equal(reasons.length, 1);
    rmSync(dir, { recursive: true, force: true });
  });

  test('in-memory databases and opted-out files checkpoint as SQLite does by itself', () => {
    const memory = new NodeSqliteDatabase(':memory:');
    assert.notEqual(autocheckpointPages(memory), 0);
    memory.close();
    const dir = tempDir();
    const file = new NodeSqliteDatabase(join(dir, 'plain.db'), { backgroundCheckpoints: false });
    assert.equal(autocheckpointPages(file), 1000);
    file.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
