/**
 * File deliveries on one database, registered once per dialect: stored with the asking message, sent once by
 * deliverFile, swept when left behind; and a month report's numbers as that database sums them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { User } from '../../src/core/domain/user.ts';
import { DeliveryError } from '../../src/core/ports/delivery-error.ts';
import type { FileRecipient, FileSender } from '../../src/core/ports/file-sender.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { buildMonthReport } from '../../src/core/reports/build-month-report.ts';
import { deliverFile } from '../../src/core/reports/deliver-file.ts';
import type { FileDeliveryRef } from '../../src/core/reports/file-delivery.ts';
import type { FileRequest } from '../../src/core/reports/file-request.ts';
import type { ReportFile } from '../../src/core/reports/report-file.ts';
import { monthPeriod } from '../../src/core/reports/report-month.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { sweepFiles } from '../../src/jobs/files/sweep-files.ts';
import { createReportRenderer } from '../../src/reports/create-report-renderer.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import type { FreshDatabase } from './ledger-store.suite.ts';

const clock = fixedClock(new Date('2026-12-02T06:30:00.000Z'));
const november = monthPeriod('2026-11');
const csvOfNovember: FileRequest = {
  kind: 'export',
  format: 'csv',
  period: november ?? { from: '', to: '', label: '' },
};

/** A platform that takes files, or refuses them as scripted; it keeps what it took. */
function recordingSender(): FileSender & {
  sent: Array<{ recipient: FileRecipient; file: ReportFile; caption: string }>;
  failNext: DeliveryError[];
} {
  const sent: Array<{ recipient: FileRecipient; file: ReportFile; caption: string }> = [];
  const failNext: DeliveryError[] = [];
  return {
    sent,
    failNext,
    async send(recipient, file, caption) {
      const failure = failNext.shift();
      if (failure) throw failure;
      sent.push({ recipient, file, caption });
    },
  };
}

export function fileDeliveryStoreSuite(name: string, openFresh: () => Promise<FreshDatabase>): void {
  describe(`${name}: file deliveries and month reports`, () => {
    let fresh: FreshDatabase | undefined;
    let store: LedgerStore;
    let sequence = 0;

    before(async () => {
      fresh = await openFresh();
      await migrateToLatest(fresh.database.db);
      store = createLedgerStore(fresh.database.db, fresh.database.dialect);
    });
    after(() => fresh?.drop());

    const newUser = (): Promise<User> =>
      store.createUser({
        platform: 'telegram',
        platformUserId: String(9000 + ++sequence),
        displayName: `Reader ${sequence}`,
        timeZone: 'Asia/Kolkata',
        currency: 'INR',
        locale: 'en-IN',
        weekStart: 1,
        digestEnabled: true,
      });
    const spend = (user: User, spentOn: string, minor: number, currency: string, category: string) =>
      store.insertExpense({
        userId: user.id,
        amount: { minor, currency },
        category,
        note: null,
        spentOn,
        sourceKey: `file-suite:${++sequence}`,
        createdAt: '2026-12-01T06:30:00.000Z',
      });
    const request = (user: User, fileRequest: FileRequest = csvOfNovember) =>
      store.createFileDelivery({
        userId: user.id,
        messageKey: `telegram:update:file-${++sequence}`,
        request: fileRequest,
        replyTarget: { platform: 'telegram', address: { chatId: user.platformUserId, replyToMessageId: '77' } },
        createdAt: clock.now().toISOString(),
      });

    test('a request is stored as asked, once per message key', async () => {
      const user = await newUser();
      const stored = await request(user, { kind: 'report', format: 'pdf', month: '2026-11' });
      assert.deepEqual(await store.findFileDelivery(stored.id), stored);
      assert.deepEqual(stored.request, { kind: 'report', format: 'pdf', month: '2026-11' });
      assert.equal(stored.replyTarget?.address.replyToMessageId, '77');
      assert.equal(stored.deliveredAt, null);
      await assert.rejects(
        store.createFileDelivery({
          userId: user.id,
          messageKey: stored.messageKey,
          request: csvOfNovember,
          replyTarget: null,
          createdAt: clock.now().toISOString(),
        }),
      );
    });

    test('deliverFile sends the file once and marks it; a second attempt sends nothing', async () => {
      const user = await newUser();
      await spend(user, '2026-11-03', 125050, 'INR', 'groceries');
      await spend(user, '2026-10-31', 99900, 'INR', 'groceries');
      const stored = await request(user);
      const sender = recordingSender();
      const deps = { store, clock, renderer: createReportRenderer(clock), senders: { telegram: sender } };
      assert.equal(await deliverFile(deps, stored.id), 'sent');
      assert.equal(await deliverFile(deps, stored.id), 'skipped');
      assert.equal(sender.sent.length, 1);
      const [sent] = sender.sent;
      assert.equal(sent?.recipient.platformUserId, user.platformUserId);
      assert.equal(sent?.file.fileName, 'finbot-expenses-2026-11.csv');
      assert.equal(sent?.caption, 'Here is the CSV of your expenses in November 2026.');
      assert.deepEqual(new TextDecoder().decode(sent?.file.bytes).trimEnd().split('\n').length, 2);
      assert.equal((await store.findFileDelivery(stored.id))?.deliveredAt, clock.now().toISOString());
      assert.equal(await store.markFileDelivered(stored.id, clock.now().toISOString()), false);
    });

    test('a send that fails leaves the delivery for the next attempt, which sends it', async () => {
      const user = await newUser();
      const stored = await request(user);
      const sender = recordingSender();
      sender.failNext.push(new DeliveryError('transient', 'Telegram answered 502'));
      const deps = { store, clock, renderer: createReportRenderer(clock), senders: { telegram: sender } };
      await assert.rejects(deliverFile(deps, stored.id), /502/);
      assert.equal((await store.findFileDelivery(stored.id))?.deliveredAt, null);
      assert.equal(await deliverFile(deps, stored.id), 'sent');
      assert.equal(sender.sent.length, 1);
    });

    test('the sweep queues what is neither sent nor refused, and a job that failed for good under a new token', async () => {
      const user = await newUser();
      const waiting = await request(user);
      const exhausted = await request(user);
      const refused = await request(user);
      const sent = await request(user);
      await store.markFileRefused(refused.id, 'Forbidden: bot was blocked by the user');
      await store.markFileDelivered(sent.id, clock.now().toISOString());
      const scheduled: FileDeliveryRef[] = [];
      const queue = {
        schedule: async (delivery: FileDeliveryRef) => void scheduled.push(delivery),
        failedForGood: async (delivery: FileDeliveryRef) =>
          delivery.id === exhausted.id && delivery.queueToken === exhausted.queueToken,
      };
      await sweepFiles(store, queue, -60_000);
      const mine = scheduled.filter((entry) => [waiting.id, exhausted.id, refused.id, sent.id].includes(entry.id));
      assert.deepEqual(
        mine.map((entry) => entry.id),
        [waiting.id, exhausted.id],
      );
      assert.equal(mine[0]?.queueToken, waiting.queueToken);
      assert.notEqual(mine[1]?.queueToken, exhausted.queueToken);
      assert.equal((await store.findFileDelivery(exhausted.id))?.queueToken, mine[1]?.queueToken);
      // A second sweep holding the old token renews nothing.
      assert.equal(await store.renewFileQueueToken(exhausted.id, exhausted.queueToken), undefined);
      // Nothing queued less than staleMs ago is swept.
      scheduled.length = 0;
      await sweepFiles(store, queue, 3_600_000);
      assert.deepEqual(
        scheduled.filter((entry) => entry.id === waiting.id),
        [],
      );
    });

    test('a month report sums, groups and ranks per currency in the database, three currencies apart', async () => {
      const user = await newUser();
      await spend(user, '2026-11-01', 1500000, 'INR', 'rent');
      await spend(user, '2026-11-03', 125050, 'INR', 'Groceries');
      await spend(user, '2026-11-03', 80025, 'INR', 'groceries');
      await spend(user, '2026-11-12', 1200, 'JPY', 'ramen');
      await spend(user, '2026-11-30', 45250, 'BHD', 'hotel');
      await spend(user, '2026-12-01', 5000, 'INR', 'tea');
      const report = await buildMonthReport(store, user, '2026-11', clock.now().toISOString());
      assert.deepEqual(
        report.currencies.map((block) => [block.currency, block.total.minor, block.total.count]),
        [
          ['INR', 1705075, 3],
          ['BHD', 45250, 1],
          ['JPY', 1200, 1],
        ],
      );
      const inr = report.currencies[0];
      assert.deepEqual(
        inr?.byCategory.map((row) => [row.category.toLowerCase(), row.minor, row.count]),
        [
          ['rent', 1500000, 1],
          ['groceries', 205075, 2],
        ],
      );
      assert.deepEqual(
        inr?.byDay.map((row) => [row.date, row.minor]),
        [
          ['2026-11-01', 1500000],
          ['2026-11-03', 205075],
        ],
      );
      assert.deepEqual(
        inr?.largest.map((expense) => expense.amount.minor),
        [1500000, 125050, 80025],
      );
      assert.deepEqual(
        report.expenses.map((expense) => expense.spentOn),
        ['2026-11-01', '2026-11-03', '2026-11-03', '2026-11-12', '2026-11-30'],
      );
    });
  });
}
