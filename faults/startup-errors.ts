import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeTelegram } from '../test/support/fake-telegram-server.ts';
import { freePort } from '../test/support/finbot-process.ts';
import { runFinbotToEnd, type StartupErrorCase, startupErrorCases } from '../test/support/startup-error-cases.ts';
import type { FaultRow } from './fault-row.ts';
import { inParallel } from './finbot-stack.ts';

/** A bad value for each validated variable, expected to be named in the "Invalid configuration" line. */
const badValues: ReadonlyArray<[string, string]> = [
  ['DATABASE_URL', 'mysql://127.0.0.1/finbot'],
  ['DEFAULT_CURRENCY', 'XYZ'],
  ['DEFAULT_TIMEZONE', 'Mars/Olympus'],
  ['DEFAULT_WEEK_START', '9'],
  ['MAX_AMOUNT', '-5'],
  ['UNDO_WINDOW_MINUTES', '0'],
  ['FINBOT_NOW', 'yesterday'],
  ['LOG_LEVEL', 'loud'],
  ['PORT', '70000'],
  ['OPENAI_TIMEOUT_SECONDS', '-1'],
  ['WORKER_CONCURRENCY', '0'],
  ['RUN_MAX_ATTEMPTS', 'many'],
  ['RUN_LEASE_SECONDS', '0'],
  ['TELEGRAM_WEBHOOK_SECRET', 'short'],
  ['DIGEST_SEND_AT', 'someday'],
  ['RUN_WORKERS', 'maybe'],
  ['HANDLER_THREAD', 'sometimes'],
  ['SHUTDOWN_TIMEOUT_SECONDS', '0'],
];

const cases: ReadonlyArray<StartupErrorCase> = [
  ...startupErrorCases,
  ...badValues.map(([name, value]) => ({
    name: `${name}=${value}`,
    env: () => ({ TELEGRAM_BOT_TOKEN: '4242:right-token', [name]: value }),
    line: new RegExp(`^Invalid configuration: (.*; )?${name}: `),
  })),
];

export async function startupErrors(): Promise<FaultRow> {
  const telegram = await startFakeTelegram({ token: '4242:right-token' });
  const dir = mkdtempSync(join(tmpdir(), 'finbot-faults-startup-'));
  const wrong: string[] = [];
  try {
    await inParallel(cases, 4, async (entry, index) => {
      const base = {
        DATABASE_URL: `sqlite:${join(dir, `finbot-${index}.db`)}`,
        PORT: String(await freePort()),
        TELEGRAM_API_ROOT: telegram.apiRoot,
        FINBOT_NOW: '',
        HANDLER_THREAD: 'false',
      };
      const result = await runFinbotToEnd({ ...base, ...entry.env(base) }, entry.command);
      const [line = ''] = result.lines;
      const problem =
        result.signal !== null
          ? 'still running after 30 s'
          : result.code === 0
            ? 'exited 0'
            : result.lines.length !== 1
              ? `${result.lines.length} lines`
              : entry.line.test(line)
                ? undefined
                : `said "${line.slice(0, 100)}"`;
      if (problem) wrong.push(`${entry.name}: ${problem}`);
    });
  } finally {
    await telegram.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    scenario: 'start-up with a bad variable',
    sent: cases.length,
    expected: cases.length,
    delivered: cases.length - wrong.length,
    duplicates: 0,
    lost: wrong.length,
    note: `${cases.length} variables/values; ${wrong.length === 0 ? 'each ended non-zero with one line naming it' : `wrong: ${wrong.join('; ')}`}`,
  };
}
