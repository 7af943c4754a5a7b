import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';
import { freePort } from '../support/finbot-process.ts';
import { startupErrorCases as cases, runFinbotToEnd } from '../support/startup-error-cases.ts';

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

  // Four at a time: each is a separate process with its own database file, and 25 starting at once on two
  // cores can outlast the 30 s a process is given.
  const results: Array<Awaited<ReturnType<typeof runFinbotToEnd>>> = [];
  before(async () => {
    let next = 0;
    const lane = async () => {
      while (next < cases.length) {
        const index = next++;
        const { env, command } = cases[index] as (typeof cases)[number];
        results[index] = await runFinbotToEnd(
          { ...base, DATABASE_URL: `sqlite:${join(dir, `finbot-${index}.db`)}`, ...env(base) },
          command,
        );
      }
    };
    await Promise.all(Array.from({ length: 4 }, lane));
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
