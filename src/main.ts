/** The `finbot` command line: chat, stats, export, report, digest, migrate; with no command, `start`. */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './app/config.ts';
import { createFinbot } from './app/create-finbot.ts';
import { runChat } from './app/run-chat.ts';
import { runDigestCommand } from './app/run-digest-command.ts';
import { runUntilStopped } from './app/run-until-stopped.ts';
import { StartupError } from './app/startup-error.ts';
import { SlackConfigError } from './bots/slack/start-slack.ts';
import { TelegramConfigError } from './bots/telegram/telegram-config-error.ts';
import { dashboardLinkCommand } from './cli/dashboard-link-command.ts';
import { exportCommand } from './cli/export-command.ts';
import { CliError } from './cli/find-cli-user.ts';
import { reportCommand } from './cli/report-command.ts';
import { statsCommand } from './cli/stats-command.ts';
import { createLogger } from './infra/logger.ts';

const usage = `Usage: finbot [command] [options]

Commands:
  start                         serve the configured bots (Telegram, Slack); with none, the terminal chat (default)
  serve                         the HTTP server (webhooks, stats API, health) and bots, even with none configured
  worker                        only the background workers (model runs, deliveries, weekly digests)
  chat [--user NAME]            chat with finbot in the terminal (reads one message a line when piped)
  stats --user NAME [--week 2026-W47] [--json]
                                weekly stats; NAME is a chat user, or telegram:ID / slack:TEAM:USER
  export --user NAME [--from 2026-11-01] [--to 2026-11-30] [--format csv|json|xlsx] [--out FILE]
                                expenses, oldest first (xlsx needs --out)
  report --user NAME --month 2026-11 [--format pdf|xlsx] --out FILE
                                a month report: totals, charts, the largest expenses
  digest --week 2026-W47 [--user NAME] [--dry-run]
                                send (or with --dry-run, show) a week's digests
  dashboard-link --user NAME    a single-use link to NAME's web dashboard (needs PUBLIC_URL)
  migrate                       apply database migrations
  help                          this text

Configuration comes from the environment and an optional .env file (see README).`;

const options = {
  user: { type: 'string' },
  week: { type: 'string' },
  json: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  month: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  const command = positionals[0] ?? 'start';
  if (values.help || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const config = loadConfig();
  const platformConfigured = Boolean(config.TELEGRAM_BOT_TOKEN || config.SLACK_BOT_TOKEN);
  const chatting = command === 'chat' || (command === 'start' && !platformConfigured);
  // In the chat, logs below warnings would interleave with the conversation.
  const log = createLogger(config.LOG_LEVEL ?? (chatting ? 'warn' : 'info'));
  const finbot = await createFinbot(config, log);
  const serving = config.RUN_WORKERS ? (['http', 'workers'] as const) : (['http'] as const);
  try {
    switch (command) {
      case 'start':
      case 'chat':
        if (chatting) await runChat(finbot, values.user ?? 'me');
        else return (await runUntilStopped(finbot, serving)) ? 0 : 1;
        return 0;
      case 'serve':
        return (await runUntilStopped(finbot, serving)) ? 0 : 1;
      case 'worker':
        return (await runUntilStopped(finbot, ['workers'])) ? 0 : 1;
      case 'digest':
        process.stdout.write(
          `${await runDigestCommand(finbot, { week: required(values.week, '--week'), user: values.user, dryRun: values['dry-run'] })}\n`,
        );
        return 0;
      case 'stats':
        process.stdout.write(
          `${await statsCommand(finbot, { user: required(values.user, '--user'), week: values.week, json: values.json })}\n`,
        );
        return 0;
      case 'export':
        process.stdout.write(
          `${await exportCommand(finbot, { user: required(values.user, '--user'), from: values.from, to: values.to, format: values.format, out: values.out })}\n`,
        );
        return 0;
      case 'report':
        process.stdout.write(
          `${await reportCommand(finbot, { user: required(values.user, '--user'), month: required(values.month, '--month'), format: values.format, out: required(values.out, '--out') })}\n`,
        );
        return 0;
      case 'dashboard-link':
        process.stdout.write(`${await dashboardLinkCommand(finbot, { user: required(values.user, '--user') })}\n`);
        return 0;
      case 'migrate':
        process.stdout.write(`Database is up to date (${finbot.database.dialect}).\n`);
        return 0;
      default:
        throw new CliError(`Unknown command "${command}".\n\n${usage}`);
    }
  } finally {
    await finbot.stop();
  }
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new CliError(`${flag} is required.`);
  return value;
}

/**
 * Once main has finished, nothing should keep the process alive; a connection still open (a client retrying a
 * server that is gone, work cut off by the shutdown deadline) must not keep a failed or stopped finbot
 * running and looking healthy.
 */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
}

main(process.argv.slice(2)).then(exitSoon, (error: unknown) => {
  const expected =
    error instanceof CliError ||
    error instanceof ConfigError ||
    error instanceof SlackConfigError ||
    error instanceof TelegramConfigError ||
    error instanceof StartupError ||
    ((error as Error)?.name === 'TypeError' && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'));
  // A start-up problem is one line naming the variable, so it reads whole in any log.
  const message =
    error instanceof CliError ? (error as Error).message : (error as Error).message?.replace(/\s*\n\s*/g, ' ');
  process.stderr.write(expected ? `${message}\n` : `finbot: ${(error as Error)?.stack ?? String(error)}\n`);
  exitSoon(1);
});
