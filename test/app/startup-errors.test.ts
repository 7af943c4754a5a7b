import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';
import { freePort } from '../support/finbot-process.ts';
import { startupErrorCases as cases } from '../support/startup-error-cases.ts';

/** Runs `finbot <command>` to its end (30 s at most) and returns its exit code and stderr lines. */
async function runFinbot(env: Record<string, string>, command = 'start') {
  const child = spawn(process.execPath, ['src/main.ts', command], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearTimeout(timer);
  return { code, signal, lines: stderr.split('\n').filter((line) => line.trim() !== '') };
}

describe('a fatal start-up error ends finbot with one line naming the variable', () => {
  let telegram: FakeTelegram;
  let dir: string;
  let base: Record<string, string>;

  before(async () => {
    telegram = await startFakeTelegram({ token: '4242:right-token' });
    dir = mkdtempSync(join(tmpdir(), 'finbot-startup-'));
    base = {
      DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
      PORT: String(await freePort()),
      TELEGRAM_API_ROOT: telegram.apiRoot,
      FINBOT_NOW: '',
    };
  });
  after(async () => {
    await telegram.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // All at once: each is a separate process with its own database file.
  let results: Array<Awaited<ReturnType<typeof runFinbot>>> = [];
  before(async () => {
    results = await Promise.all(
      cases.map(({ env, command }, index) =>
        runFinbot({ ...base, DATABASE_URL: `sqlite:${join(dir, `finbot-${index}.db`)}`, ...env(base) }, command),
      ),
    );
  });

  for (const [index, { name, line }] of cases.entries()) {
    test(name, () => {
      const result = results[index];
      assert.ok(result);
      assert.equal(result.signal, null, 'ended by itself, not killed after 30 s');
      assert.equal(result.code, 1);
      assert.equal(result.lines.length, 1, result.lines.join('\n'));
      assert.match(result.lines[0] ?? '', line);
      assert.doesNotMatch(result.lines[0] ?? '', /secret-password/);
    });
  }
});
