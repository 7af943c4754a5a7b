/**
 * The Telegram adapter running for real — grammY against the fake Bot API server, by long polling or by
 * webhook on the shared HTTP server, over a real core (SQLite, or a fresh PostgreSQL database) — with
 * helpers that push updates at it the way Telegram does.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import {
  type StartTelegramOptions,
  startTelegram,
  type TelegramAdapter,
} from '../../src/bots/telegram/start-telegram.ts';
import type { CoreDeps } from '../../src/core/service/core-deps.ts';
import type { MessageHandler } from '../../src/core/service/handle-message.ts';
import { createHttpServer, type HttpServer } from '../../src/infra/http/http-server.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { type FakeTelegram, type StoredMessage, startFakeTelegram } from '../support/fake-telegram-server.ts';

export const webhookSecret = 'test-webhook-secret';
const postgresServer = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestUser {
  readonly id: number;
  readonly first_name: string;
}

export const asha: TestUser = { id: 101, first_name: 'Asha' };
export const ravi: TestUser = { id: 202, first_name: 'Ravi' };

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface HarnessOptions {
  readonly mode?: 'polling' | 'webhook';
  readonly database?: 'sqlite' | 'postgres';
  /** Wraps the core's handler (to script a queued reply or a failure). */
  readonly wrap?: (handle: MessageHandler) => MessageHandler;
  readonly adapter?: Partial<StartTelegramOptions>;
  /** Optional parts of the core (a digest chart renderer, a file scheduler). */
  readonly core?: Pick<CoreDeps, 'digestChart' | 'fileScheduler'>;
}

export type Update = Record<string, unknown> & { update_id: number };

export interface TelegramHarness {
  readonly core: CoreHarness;
  readonly telegram: FakeTelegram;
  readonly adapter: TelegramAdapter;
  readonly http: HttpServer;
  /** http://127.0.0.1:PORT/telegram/webhook (served in webhook mode). */
  readonly webhookUrl: string;
  readonly logs: LogLine[];
  /** A private-chat message from `user` (polling: queued at the fake; webhook: posted by the fake). */
  send(user: TestUser, text: string): Update;
  /** Any message body (sticker, photo, group chat …) from `user`. */
  sendMessage(user: TestUser, fields: Record<string, unknown>, chat?: Record<string, unknown>): Update;
  /** Taps the button labelled `label` on the bot's message `message` as `user`. */
  tap(user: TestUser, message: StoredMessage, label: string): Update;
  /** Resolves with the bot's messages to `chatId` once there are `count` of them. */
  messagesTo(chatId: number, count: number): Promise<StoredMessage[]>;
  /** Sends "help" from `user` and waits for its reply: everything `user` sent before has been handled. */
  settle(user: TestUser): Promise<void>;
  /** The user's expenses as the core stores them. */
  expensesOf(user: TestUser): Promise<ReadonlyArray<{ number: number; category: string }>>;
  close(): Promise<void>;
}

let nextUserMessageId = 500_000;

export async function startTelegramHarness(options: HarnessOptions = {}): Promise<TelegramHarness> {
  const mode = options.mode ?? 'polling';
  const postgres = options.database === 'postgres' ? await freshPostgres() : undefined;
  const core = await createCoreHarness(
    new Date().toISOString(),
    postgres?.url ?? 'sqlite::memory:',
    undefined,
    options.core,
  );
  const telegram = await startFakeTelegram();
  const logs: LogLine[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const http = createHttpServer((error) => log.error({ err: error }, 'http handler failed'), {
    onRefused: (refusal) => log.warn(refusal, 'http request refused'),
  });
  const port = await http.listen(0, '127.0.0.1');
  const webhookUrl = `http://127.0.0.1:${port}/telegram/webhook`;
  const handleMessage = options.wrap ? options.wrap(core.handle) : core.handle;

  const adapter = await startTelegram({
    token: telegram.token,
    apiRoot: telegram.apiRoot,
    handleMessage,
    log,
    botInfo: telegram.botInfo,
    polling: { backoffMs: 50, timeoutSeconds: 1 },
    ...(mode === 'webhook' ? { webhookUrl, webhookSecret, http } : {}),
    ...options.adapter,
  });

  function sendMessage(user: TestUser, fields: Record<string, unknown>, chat?: Record<string, unknown>): Update {
    const text = fields.text as string | undefined;
    const command = text?.startsWith('/') ? /^\/\S+/.exec(text)?.[0] : undefined;
    return telegram.inject({
      message: {
        message_id: nextUserMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: chat ?? { id: user.id, type: 'private', first_name: user.first_name },
        from: { id: user.id, is_bot: false, first_name: user.first_name, language_code: 'en' },
        ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
        ...fields,
      },
    });
  }

  async function messagesTo(chatId: number, count: number): Promise<StoredMessage[]> {
    await telegram.waitFor(() => telegram.messages(chatId).length >= count);
    return telegram.messages(chatId);
  }

  return {
    core,
    telegram,
    adapter,
    http,
    webhookUrl,
    logs,
    send: (user, text) => sendMessage(user, { text }),
    sendMessage,
    tap(user, message, label) {
      const button = message.reply_markup?.inline_keyboard.flat().find((entry) => entry.text === label);
      if (!button?.callback_data) throw new Error(`no button "${label}" on message ${message.message_id}`);
      return telegram.inject({
        callback_query: {
          id: randomBytes(8).toString('hex'),
          from: { id: user.id, is_bot: false, first_name: user.first_name },
          chat_instance: `ci-${message.chat_id}`,
          data: button.callback_data,
          message: {
            message_id: message.message_id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: message.chat_id, type: 'private', first_name: user.first_name },
            from: { ...telegram.botInfo },
            text: message.text,
          },
        },
      });
    },
    messagesTo,
    async settle(user) {
      const before = telegram.messages(user.id).length;
      sendMessage(user, { text: 'help' });
      await messagesTo(user.id, before + 1);
    },
    async expensesOf(user) {
      const found = await core.store.findUser('telegram', String(user.id));
      return found ? core.store.listExpenses(found.id, {}) : [];
    },
    async close() {
      await adapter.stop();
      await http.close();
      await telegram.close();
      await core.close();
      await postgres?.drop();
    },
  };
}

/** A database of its own for one test, dropped afterwards. */
async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `finbot_tg_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(postgresServer);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`drop database if exists ${name} with (force)`) };
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServer, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The text a user sees (the fake keeps the HTML the bot sent). */
export function visibleText(message: StoredMessage): string {
  return message.text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function buttonLabels(message: StoredMessage): string[] {
  return message.reply_markup?.inline_keyboard.flat().map((button) => button.text) ?? [];
}
