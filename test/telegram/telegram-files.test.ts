import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { createSenderApi } from '../../src/bots/telegram/create-sender-api.ts';
import { createTelegramSender } from '../../src/bots/telegram/telegram-sender.ts';
import { monthLabel } from '../../src/core/reports/report-month.ts';
import { monthStart } from '../../src/core/time/calendar-date.ts';
import { localToday } from '../../src/core/time/period.ts';
import { readPdfText, readWorkbook } from '../reports/read-files.ts';
import { type FileJobsFixture, fileJobsFixture } from '../support/file-jobs-fixture.ts';
import { asha, startTelegramHarness, type TelegramHarness, visibleText } from './telegram-harness.ts';

describe('files in Telegram', () => {
  let harness: TelegramHarness;
  let files: FileJobsFixture;
  let lastMonth: string;

  before(async () => {
    files = fileJobsFixture();
    harness = await startTelegramHarness({ core: { fileScheduler: files.scheduler } });
    const api = createSenderApi({ token: harness.telegram.token, apiRoot: harness.telegram.apiRoot });
    await files.start(harness.core.store, harness.core.clock, { telegram: createTelegramSender({ api }).files });
    await harness.settle(asha);
    const user = await harness.core.store.findUser('telegram', String(asha.id));
    assert.ok(user);
    lastMonth = monthStart(localToday(harness.core.clock, user.timeZone), -1).slice(0, 7);
    for (const [day, category, minor, note] of [
      ['03', 'groceries', 125050, null],
      ['09', 'rent', 1500000, 'flat'],
      ['21', 'tea', 4000, null],
    ] as const) {
      await harness.core.store.insertExpense({
        userId: user.id,
        amount: { minor, currency: 'INR' },
        category,
        note,
        spentOn: `${lastMonth}-${day}`,
        sourceKey: `seed:${day}`,
        createdAt: new Date().toISOString(),
      });
    }
  });

  after(async () => {
    await files.close();
    await harness.close();
  });

  const documents = () => harness.telegram.uploads().filter((file) => file.method === 'sendDocument');

  test('"export last month as xlsx" answers at once, then sends the workbook as a document, once, even when redelivered', async () => {
    const before = documents().length;
    const update = harness.send(asha, 'export last month as xlsx');
    const answer = (await harness.messagesTo(asha.id, 2)).at(-1);
    assert.ok(answer);
    assert.equal(
      visibleText(answer),
      `Making the XLSX of your expenses in ${monthLabel(lastMonth)}… it follows in a moment.`,
    );
    await harness.telegram.waitFor(() => documents().length === before + 1, 20_000);
    const sent = documents().at(-1);
    assert.ok(sent);
    assert.equal(sent.status, 200);
    assert.equal(sent.chatId, String(asha.id));
    assert.equal(sent.filename, `finbot-expenses-${lastMonth}.xlsx`);
    const call = harness.telegram.callsOf('sendDocument').at(-1);
    assert.equal(call?.params.caption, `Here is the XLSX of your expenses in ${monthLabel(lastMonth)}.`);

    const sheet = (await readWorkbook(sent.content)).getWorksheet('Expenses');
    assert.ok(sheet);
    assert.deepEqual(
      [2, 3, 4].map((row) => [sheet.getCell(row, 3).value, sheet.getCell(row, 5).value]),
      [
        ['groceries', 1250.5],
        ['rent', 15000],
        ['tea', 40],
      ],
    );
    assert.equal(sheet.getCell(2, 5).type, ExcelJS.ValueType.Number);
    assert.equal(sheet.getCell(2, 5).numFmt, '"₹"#,##0.00;-"₹"#,##0.00');

    // Telegram sends the update again (no timely 200): the stored reply stands, no second file is made.
    harness.telegram.redeliver(update);
    await harness.telegram.drained();
    await harness.settle(asha);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(documents().length, before + 1);
  });

  test('"report last month" sends a PDF whose every page names the user and month, with the total', async () => {
    const before = documents().length;
    harness.send(asha, 'report last month');
    await harness.telegram.waitFor(() => documents().length === before + 1, 30_000);
    const sent = documents().at(-1);
    assert.ok(sent);
    assert.equal(sent.filename, `finbot-report-${lastMonth}.pdf`);
    const pdf = await readPdfText(sent.content);
    assert.ok(pdf.pageCount >= 2);
    for (const page of pdf.pages) assert.match(page, new RegExp(`finbot · Asha · ${monthLabel(lastMonth)}`));
    assert.match(pdf.pages[0] ?? '', /₹16,290\.50 INR · 3 expenses/);
  });

  test('a user who blocked the bot: the file is refused for good, marked, and not tried again', async () => {
    const before = documents().length;
    harness.telegram.failNext({
      method: 'sendDocument',
      count: 1,
      errorCode: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    const update = harness.send(asha, 'export last month');
    await harness.telegram.waitFor(() => documents().length === before + 1, 20_000);
    const key = `telegram:update:${update.update_id}`;
    let refused: string | null | undefined;
    for (let tries = 0; tries < 100 && !refused; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const row = await harness.core.database.db
        .selectFrom('file_deliveries')
        .select('refused_reason')
        .where('message_key', '=', key)
        .executeTakeFirst();
      refused = row?.refused_reason;
    }
    assert.match(String(refused), /blocked by the user/);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(documents().length, before + 1, 'no second attempt');
    assert.equal(documents().at(-1)?.status, 403);
  });
});
