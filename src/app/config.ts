/** Configuration read once from the environment (and an optional .env), validated, frozen, passed down. */
import { existsSync } from 'node:fs';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { openAIApiStyles } from '../assistant/openai-api-style.ts';
import { isLoopbackAddress } from '../bots/telegram/loopback.ts';
import { normalizeWebhookSecret, secretCheckOff, webhookSecretProblem } from '../bots/telegram/webhook-secret.ts';
import { parseDigestSendAt } from '../core/digest/digest-send-at.ts';
import { isKnownCurrency } from '../core/money/currency.ts';
import { isValidTimeZone } from '../core/time/period.ts';
import { isInMemorySqlite } from '../storage/sqlite/open-sqlite.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/finbot.db')
    .refine((url) => /^(sqlite:|postgres(ql)?:\/\/|mssql:\/\/|sqlserver:\/\/)/.test(url), {
      message: 'must start with sqlite:, postgres://, postgresql://, mssql:// or sqlserver://',
    }),
  DEFAULT_CURRENCY: z
    .string()
    .default('INR')
    .transform((code) => code.toUpperCase())
    .refine(isKnownCurrency, { message: 'is not an ISO 4217 currency code' }),
  DEFAULT_TIMEZONE: z.string().default('Asia/Kolkata').refine(isValidTimeZone, {
    message: 'is not an IANA time zone (e.g. Asia/Kolkata, Europe/London)',
  }),
  DEFAULT_LOCALE: z
    .string()
    .default('en-IN')
    .refine((tag) => Intl.NumberFormat.supportedLocalesOf(tag).length > 0, { message: 'is not a supported locale' }),
  DEFAULT_WEEK_START: z.coerce.number().int().min(1).max(7).default(1),
  MAX_AMOUNT: z.coerce.number().int().positive().default(10_000_000),
  UNDO_WINDOW_MINUTES: z.coerce.number().int().positive().default(60),
  FINBOT_NOW: optionalText.refine((text) => text === undefined || DateTime.fromISO(text).isValid, {
    message: 'must be an ISO timestamp such as 2026-11-25T09:30:00+05:30',
  }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  REDIS_URL: z
    .string()
    .default('redis://127.0.0.1:6379')
    .refine((url) => /^rediss?:\/\/./.test(url) && URL.canParse(url), {
      message: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379',
    }),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  OPENAI_MODEL: z.string().default('gpt-5-mini'),
  OPENAI_TIMEOUT_SECONDS: z.coerce.number().positive().default(60),
  OPENAI_API_STYLE: z.enum(openAIApiStyles, { error: 'must be responses, chat or auto' }).default('auto'),
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(8),
  RUN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(4),
  // Renewed by a heartbeat four times a lease, so a short lease only shortens how long a dead worker's run waits.
  RUN_LEASE_SECONDS: z.coerce.number().positive().default(10),
  QUEUE_PREFIX: z.string().default('finbot'),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: optionalText,
  TELEGRAM_WEBHOOK_URL: optionalText.refine(
    (url) => url === undefined || (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)),
    { message: 'must be a URL such as https://bot.example.com/telegram/webhook' },
  ),
  TELEGRAM_WEBHOOK_SECRET: optionalText
    .transform((text) => (text === undefined ? undefined : normalizeWebhookSecret(text)))
    .superRefine((secret, context) => {
      const problem = secret === undefined ? undefined : webhookSecretProblem(secret);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText,
  API_TOKEN: optionalText,
  /** Where people reach this finbot (the web dashboard's links and Telegram's Mini App button); without it the dashboard is off. */
  PUBLIC_URL: optionalText
    .refine(
      (url) =>
        url === undefined ||
        (URL.canParse(url) &&
          /^https?:$/.test(new URL(url).protocol) &&
          new URL(url).search === '' &&
          new URL(url).hash === '' &&
          !url.includes('@')),
      { message: 'must be an http(s) URL without a query, such as https://finbot.example.com' },
    )
    .transform((url) => url?.replace(/\/+$/, '')),
  DIGEST_SEND_AT: z
    .string()
    .default('MON 09:00')
    .refine((text) => parseDigestSendAt(text) !== undefined, {
      message: 'must be a weekday and a time like MON 09:00',
    }),
  /** How often recurring expenses are checked for due occurrences (and their messages retried). */
  RECURRING_TICK_MS: z.coerce.number().int().min(100).default(60_000),
  RUN_WORKERS: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  HANDLER_THREAD: z
    .enum(['auto', 'true', 'false', '1', '0'])
    .default('auto')
    .transform((value) => (value === 'auto' ? value : value === 'true' || value === '1')),
  /** How long SIGTERM waits for work in hand (runs, deliveries) before the process ends anyway. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(10),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

/** Settings that only make sense together. */
function checkCombinations(config: Config): string[] {
  const problems: string[] = [];
  if (config.HANDLER_THREAD === true && isInMemorySqlite(config.DATABASE_URL)) {
    problems.push('HANDLER_THREAD: needs a database file or server; an in-memory SQLite database is one thread’s only');
  }
  const webhookHost = config.TELEGRAM_WEBHOOK_URL ? new URL(config.TELEGRAM_WEBHOOK_URL).hostname : undefined;
  if (config.TELEGRAM_WEBHOOK_SECRET === secretCheckOff && webhookHost && !isLoopbackAddress(webhookHost)) {
    problems.push(
      `TELEGRAM_WEBHOOK_SECRET: "off" is allowed only for a webhook URL on this machine, and TELEGRAM_WEBHOOK_URL is on ${webhookHost}; set a secret of 16+ characters`,
    );
  }
  return problems;
}

/**
 * Settings only the HTTP server and bots need (`finbot start|serve`); a `worker` process only sends, so it
 * may run without them.
 */
export function checkServerConfig(config: Config): void {
  if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
    throw configError([
      'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN to check Slack’s requests (or set SLACK_APP_TOKEN for Socket Mode)',
    ]);
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One line, each problem naming its variable, so a start-up log or a terminal shows it whole. */
function configError(problems: ReadonlyArray<string>): ConfigError {
  return new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/**
 * Whether `finbot start|serve` handles messages in a worker thread. `auto`: when the machine has a second
 * core to give it and the database is one a second connection can open.
 */
export function wantsHandlerThread(config: Config, cores: number): boolean {
  if (config.HANDLER_THREAD !== 'auto') return config.HANDLER_THREAD;
  return cores > 1 && !isInMemorySqlite(config.DATABASE_URL);
}

/** Validates `env`; the error names every variable that is wrong and why. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw configError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const problems = checkCombinations(result.data);
  if (problems.length > 0) throw configError(problems);
  return Object.freeze(result.data);
}

/** Reads `.env` from the working directory when there is one (values already in the environment win). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(env);
}
