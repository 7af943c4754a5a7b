/** Start-up errors finbot must end on with one line naming the variable: shared by the test and `npm run faults`. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface StartupErrorCase {
  readonly name: string;
  /** Variables on top of the base environment (a database file, a free port, the fake Telegram's API root). */
  readonly env: (base: Record<string, string>) => Record<string, string>;
  readonly command?: string;
  readonly line: RegExp;
}

/** Needs a fake Telegram whose bot token is `4242:right-token`. */
export const startupErrorCases: ReadonlyArray<StartupErrorCase> = [
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
    env: (base) => ({ REDIS_URL: `redis://127.0.0.1:${base.PORT}` }),
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

/** Runs `finbot <command>` to its end (killed after 30 s): exit code, signal and stderr lines. */
export async function runFinbotToEnd(env: Record<string, string>, command = 'start') {
  const child = spawn(process.execPath, ['src/main.ts', command], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  return { code, signal, lines: stderr.split('\n').filter((line) => line.trim() !== '') };
}
