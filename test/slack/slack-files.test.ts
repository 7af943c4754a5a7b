import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { createSlackSender } from '../../src/bots/slack/slack-sender.ts';
import { createSlackWebClient } from '../../src/bots/slack/slack-web-client.ts';
import { monthLabel } from '../../src/core/reports/report-month.ts';
import { monthStart } from '../../src/core/time/calendar-date.ts';
import { localToday } from '../../src/core/time/period.ts';
import { readPdfText } from '../reports/read-files.ts';
import { type FileJobsFixture, fileJobsFixture } from '../support/file-jobs-fixture.ts';
import { ackOf, type SlackHarness, startSlackHarness, teamId } from './slack-harness.ts';

describe('files in Slack', () => {
  let harness: SlackHarness;
  let files: FileJobsFixture;
  let lastMonth: string;

  before(async () => {
    files = fileJobsFixture();
    harness = await startSlackHarness({
      core: { fileScheduler: files.scheduler },
      users: [{ id: 'U0ASHA', name: 'asha' }],
    });
    const log = pino({ level: 'silent' });
    const client = createSlackWebClient({ botToken: harness.slack.botToken, apiUrl: harness.slack.apiUrl }, log);
    await files.start(harness.core.store, harness.core.clock, { slack: createSlackSender({ client, log }).files });
    // The first message makes the user; their expenses of last month are then entered straight into the store.
    await harness.dm('U0ASHA', 'help');
    await harness.slack.waitFor(() => harness.slack.callsTo('chat.postMessage').length === 1);
    const user = await harness.core.store.findUser('slack', `${teamId}:U0ASHA`);
    assert.ok(user);
    lastMonth = monthStart(localToday(harness.core.clock, user.timeZone), -1).slice(0, 7);
    for (const [day, category, minor] of [
      ['02', 'fuel', 300000],
      ['17', 'groceries', 80025],
    ] as const) {
      await harness.core.store.insertExpense({
        userId: user.id,
        amount: { minor, currency: 'INR' },
        category,
        note: null,
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

  test('"report last month" in the DM uploads the PDF to the DM by Slack\'s upload flow, with the caption', async () => {
    await harness.dm('U0ASHA', 'report last month', { channel: 'D0ASHA' });
    await harness.slack.waitFor(() => harness.slack.sharedFiles().length === 1, 30_000);
    const [file] = harness.slack.sharedFiles();
    assert.ok(file);
    assert.equal(file.channelId, 'D0ASHA');
    assert.equal(file.filename, `finbot-report-${lastMonth}.pdf`);
    assert.equal(file.initialComment, `Here is your ${monthLabel(lastMonth)} report (PDF).`);
    const order = harness.slack.calls
      .map((call) => call.method)
      .filter((method) => ['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal'].includes(method));
    assert.deepEqual(order, ['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    const pdf = await readPdfText(file.content);
    assert.match(pdf.pages[0] ?? '', /₹3,800\.25 INR · 2 expenses/);
    for (const page of pdf.pages) assert.match(page, new RegExp(`${monthLabel(lastMonth)}`));
    const told = harness.slack.callsTo('chat.postMessage').at(-1);
    assert.match(String(told?.body.text), /Making your .* report \(PDF\)/);
  });

  test('"/expense export last month" acknowledges, then the CSV arrives in the DM', async () => {
    const ack = await harness.command('U0ASHA', 'export last month');
    assert.equal(ack.status, 200);
    const told = ackOf(ack).text ?? String(harness.slack.callsTo('response_url').at(-1)?.body.text);
    assert.match(told, /Making the CSV of your expenses in/);
    await harness.slack.waitFor(() => harness.slack.sharedFiles().length === 2, 30_000);
    const file = harness.slack.sharedFiles()[1];
    assert.ok(file);
    assert.equal(file.channelId, 'D0ASHA');
    assert.equal(file.filename, `finbot-expenses-${lastMonth}.csv`);
    assert.deepEqual(
      file.content
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((line) => line.split(',').slice(1, 6).join(',')),
      [
        'spent_on,amount,currency,amount_minor,category',
        `${lastMonth}-02,3000.00,INR,300000,fuel`,
        `${lastMonth}-17,800.25,INR,80025,groceries`,
      ],
    );
  });
});
