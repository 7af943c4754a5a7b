import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';
import { freePort } from '../support/finbot-process.ts';

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

  const cases: Array<{ name: string; env: () => Record<string, string>; command?: string; line: RegExp }> = [
    {
      name: 'TELEGRAM_WEBHOOK_URL that is no URL',
      env: () => ({ TELEGRAM_BOT_TOKEN: '4242:right-token', TELEGRAM_WEBHOOK_URL: 'not-a-url' }),
      line: /^Invalid configuration: TELEGRAM_WEBHOOK_URL: must be a URL/,
    },
    {
      name: 'TELEGRAM_WEBHOOK_SECRET=off with a public webhook URL',
      env: () => ({
        TELEGRAM_BOT_TOKEN: '4242:right-token',
        TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram',
        TELEGRAM_WEBHOOK_SECRET: 'off',
      }),
      line: /^Invalid configuration: TELEGRAM_WEBHOOK_SECRET: "off" is allowed only for a webhook URL on this machine.*bot\.example\.com/,
    },
    {
      name: 'a bot token Telegram refuses (getMe 401)',
      env: () => ({ TELEGRAM_BOT_TOKEN: '4242:wrong-token' }),
      line: /^TELEGRAM_BOT_TOKEN: refused by Telegram \(getMe: 401 Unauthorized\)$/,
    },
    {
      name: 'Slack over HTTP without a signing secret',
      env: () => ({ SLACK_BOT_TOKEN: 'xoxb-test' }),
      line: /^Invalid configuration: SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN/,
    },
    {
      name: 'REDIS_URL that is no Redis URL',
      env: () => ({ TELEGRAM_BOT_TOKEN: '4242:right-token', REDIS_URL: 'not-a-url' }),
      line: /^Invalid configuration: REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/,
    },
    {
      name: 'REDIS_URL where no Redis listens (serve)',
      env: () => ({ REDIS_URL: `redis://127.0.0.1:${base.PORT}` }),
      command: 'serve',
      line: /^REDIS_URL: cannot use Redis at redis:\/\/127\.0\.0\.1:\d+\/?: .*ECONNREFUSED/,
    },
    {
      name: 'REDIS_URL where no Redis listens (worker)',
      env: () => ({ REDIS_URL: 'redis://:secret-password@127.0.0.1:1' }),
      command: 'worker',
      line: /^REDIS_URL: cannot use Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1\/?: /,
    },
  ];

  // All at once: each is a separate process with its own database file.
  let results: Array<Awaited<ReturnType<typeof runFinbot>>> = [];
  before(async () => {
    results = await Promise.all(
      cases.map(({ env, command }, index) =>
        runFinbot({ ...base, DATABASE_URL: `sqlite:${join(dir, `finbot-${index}.db`)}`, ...env() }, command),
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
