/**
 * finbot's worker as a real process, killed with SIGKILL around the minute a rent falls due and started again:
 * the rent is recorded once and its message sent once. Then a start after two missed months catches both up,
 * each dated on its own day. FINBOT_NOW pins the business clock; the tick runs every 200 ms.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';
import { deleteQueueKeys } from '../support/delete-queue-keys.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram-server.ts';
import { type FinbotProcess, startFinbot, waitUntil } from '../support/finbot-process.ts';

const token = '4242:recurring-process';
/** 1 December 2026, 09:00 in Kolkata: the minute the rent is due. */
const dueMinute = '2026-12-01T03:30:00.000Z';

describe('a recurring rent and a worker killed at the minute it falls due', () => {
  let dir: string;
  let database: OpenedDatabase;
  let telegram: FakeTelegram;
  let user: User;
  const prefix = `finbot-test-${randomUUID()}`;
  const running: FinbotProcess[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'finbot-recurring-'));
    database = await openDatabase(`sqlite:${join(dir, 'finbot.db')}`);
    await migrateToLatest(database.db);
    const store = createLedgerStore(database.db, database.dialect);
    user = await store.createUser({
      platform: 'telegram',
      platformUserId: '777',
      displayName: 'Asha',
      timeZone: 'Asia/Kolkata',
      currency: 'INR',
      locale: 'en-IN',
      weekStart: 1,
      digestEnabled: false,
    });
    await store.saveRecurringRule({
      userId: user.id,
      amount: { minor: 1_500_000, currency: 'INR' },
      category: 'rent',
      note: null,
      cadence: 'monthly',
      day: 1,
      startsOn: '2026-11-20',
      nextOn: '2026-12-01',
      sourceKey: 'rule:seeded',
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    telegram = await startFakeTelegram({ token });
  });
  after(async () => {
    for (const finbot of running) await kill(finbot);
    await telegram.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    await deleteQueueKeys(prefix);
  });

  const start = async (now: string) => {
    const finbot = await startFinbot(
      {
        DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        QUEUE_PREFIX: prefix,
        FINBOT_NOW: now,
        RECURRING_TICK_MS: '200',
        OPENAI_API_KEY: '',
        SLACK_BOT_TOKEN: '',
      },
      'worker',
    );
    running.push(finbot);
    return finbot;
  };
  const rows = async () =>
    (
      await database.db
        .selectFrom('recurring_occurrences')
        .select(['occurs_on', 'notice_status', 'expense_number'])
        .orderBy('occurs_on')
        .execute()
    ).map((row) => ({ ...row }));
  const expenses = () => createLedgerStore(database.db, database.dialect).listExpenses(user.id, {});
  const notices = () => telegram.messages(777).filter((message) => /Recorded your recurring rent/.test(message.text));

  test('killed right after recording and sending, killed again, killed mid-start: one rent, one message', async () => {
    const first = await start(dueMinute);
    await waitUntil(async () => (await rows()).some((row) => row.notice_status === 'sent'), 30_000);
    await kill(first);

    // Started again in the same minute, killed while it ticks, and again before it is fully up.
    const second = await start(dueMinute);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await kill(second);
    const third = await start(dueMinute);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await kill(third);

    const last = await start(dueMinute);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await last.stop();

    assert.deepEqual(await rows(), [{ occurs_on: '2026-12-01', notice_status: 'sent', expense_number: 1 }]);
    assert.deepEqual(
      (await expenses()).map((expense) => [expense.number, expense.spentOn, expense.amount.minor, expense.sourceKey]),
      [[1, '2026-12-01', 1_500_000, expect('recurring:', '2026-12-01')]],
    );
    assert.equal(notices().length, 1);
    assert.match(notices()[0]?.text ?? '', /#1 · ₹15,000\.00 · 1 Dec/);
  });

  test('started again two months later, it records January and February once each, dated on their own day', async () => {
    const finbot = await start('2027-02-01T05:00:00.000Z');
    await waitUntil(async () => (await rows()).filter((row) => row.notice_status === 'sent').length === 3, 30_000);
    await kill(finbot);
    const again = await start('2027-02-01T05:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await again.stop();
    assert.deepEqual((await expenses()).map((expense) => expense.spentOn).sort(), [
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ]);
    assert.deepEqual(
      notices().map((message) => /· (\d+ \w+)/.exec(message.text)?.[1]),
      ['1 Dec', '1 Jan', '1 Feb'],
    );
  });
});

/** The source key an occurrence's expense carries: the rule and its date. */
function expect(prefix: string, date: string): string {
  return `${prefix}1:${date}`;
}

async function kill(finbot: FinbotProcess): Promise<void> {
  if (finbot.child.exitCode !== null || finbot.child.signalCode !== null) return;
  const exited = new Promise((resolve) => finbot.child.once('exit', resolve));
  finbot.child.kill('SIGKILL');
  await exited;
}

describe('120 rents due at once and a worker killed in the middle of recording them', () => {
  let dir: string;
  let database: OpenedDatabase;
  let telegram: FakeTelegram;
  const prefix = `finbot-test-${randomUUID()}`;
  const running: FinbotProcess[] = [];
  const count = 120;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'finbot-recurring-many-'));
    database = await openDatabase(`sqlite:${join(dir, 'finbot.db')}`);
    await migrateToLatest(database.db);
    const store = createLedgerStore(database.db, database.dialect);
    for (let index = 0; index < count; index++) {
      const user = await store.createUser({
        platform: 'telegram',
        platformUserId: String(10_000 + index),
        displayName: null,
        timeZone: 'Asia/Kolkata',
        currency: 'INR',
        locale: 'en-IN',
        weekStart: 1,
        digestEnabled: false,
      });
      await store.saveRecurringRule({
        userId: user.id,
        amount: { minor: 100_000 + index, currency: 'INR' },
        category: 'rent',
        note: null,
        cadence: 'monthly',
        day: 1,
        startsOn: '2026-11-20',
        nextOn: '2026-12-01',
        sourceKey: `rule:${index}`,
        createdAt: '2026-11-20T10:00:00.000Z',
      });
    }
    telegram = await startFakeTelegram({ token });
  });
  after(async () => {
    for (const finbot of running) await kill(finbot);
    await telegram.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    await deleteQueueKeys(prefix);
  });

  const start = async () => {
    const finbot = await startFinbot(
      {
        DATABASE_URL: `sqlite:${join(dir, 'finbot.db')}`,
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        QUEUE_PREFIX: prefix,
        FINBOT_NOW: dueMinute,
        RECURRING_TICK_MS: '200',
        OPENAI_API_KEY: '',
        SLACK_BOT_TOKEN: '',
      },
      'worker',
    );
    running.push(finbot);
    return finbot;
  };
  const statuses = async () =>
    (await database.db.selectFrom('recurring_occurrences').select(['rule_id', 'notice_status']).execute()).map(
      (row) => ({ ...row }),
    );

  test('each rent is recorded once; each message that went out went once, and none is left unsent but the one in flight', async () => {
    const first = await start();
    await waitUntil(async () => (await statuses()).length >= 40, 30_000);
    await kill(first);
    const killedAt = (await statuses()).length;

    const second = await start();
    await waitUntil(async () => {
      const rows = await statuses();
      return rows.length === count && rows.every((row) => row.notice_status !== 'pending');
    }, 60_000);
    await second.stop();

    const rows = await statuses();
    assert.equal(new Set(rows.map((row) => row.rule_id)).size, count);
    const expenses = await database.db
      .selectFrom('expenses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(expenses.n), count, `killed after ${killedAt} occurrences`);
    // A kill between the platform taking a message and finbot noting it leaves that one claim `sending` (sent again
    // after 10 minutes); every other message was sent exactly once.
    const inFlight = rows.filter((row) => row.notice_status === 'sending').length;
    assert.ok(inFlight <= 1, `${inFlight} messages left mid-send`);
    const perChat = new Map<number, number>();
    for (const message of telegram.messages()) perChat.set(message.chat_id, (perChat.get(message.chat_id) ?? 0) + 1);
    assert.ok(
      [...perChat.values()].every((n) => n === 1),
      'no message sent twice',
    );
    // The one in flight may or may not have reached the chat before the kill.
    assert.ok(perChat.size === count || perChat.size === count - inFlight, `${perChat.size} chats got a message`);
  });
});
