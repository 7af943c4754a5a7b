import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { ReplyTarget } from '../../src/core/domain/reply-target.ts';
import type { MessageHandler } from '../../src/core/service/handle-message.ts';
import { textReply } from '../../src/core/service/inbound-message.ts';
import { createResvgChartRenderer } from '../../src/digest/chart/resvg-chart-renderer.ts';
import { deleteAsksFirst } from '../support/delete-confirmation-scenario.ts';
import type { StoredMessage } from '../support/fake-telegram-server.ts';
import {
  asha,
  buttonLabels,
  ravi,
  startTelegramHarness,
  type TelegramHarness,
  visibleText,
  webhookSecret,
} from './telegram-harness.ts';

describe('the Telegram adapter, end to end against a fake Bot API', () => {
  let harness: TelegramHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  for (const database of ['sqlite', 'postgres'] as const) {
    test(`a user adds, undoes by the button (the message is edited) and asks a follow-up (${database})`, async () => {
      harness = await startTelegramHarness({ database });
      harness.send(asha, 'add ₹250 groceries');
      const [added] = await harness.messagesTo(asha.id, 1);
      assert.ok(added);
      assert.match(visibleText(added), /^Added #1: ₹250\.00 · groceries · today/);
      assert.deepEqual(buttonLabels(added), ['Undo']);
      assert.equal(added.parse_mode, 'HTML');

      harness.tap(asha, added, 'Undo');
      await harness.telegram.waitFor(() => (harness?.telegram.messages(asha.id)[0]?.edits ?? 0) > 0);
      const undone = harness.telegram.messages(asha.id)[0];
      assert.match(visibleText(undone as typeof added), /^Undone: #1 · ₹250\.00 groceries/);
      assert.deepEqual(buttonLabels(undone as typeof added), [], 'the Undo button is gone');
      const answered = harness.telegram.callsOf('answerCallbackQuery');
      assert.equal(answered.length, 1);
      assert.match(String(answered[0]?.params.text), /Undone/);
      assert.equal((await harness.expensesOf(asha)).length, 0);

      harness.send(asha, '₹400 groceries');
      harness.send(asha, '₹100 snacks');
      harness.send(asha, 'summarize this week');
      const afterSummary = await harness.messagesTo(asha.id, 4);
      assert.match(visibleText(afterSummary[3] as typeof added), /₹500\.00 \(2 expenses\)/);
      harness.send(asha, 'how about just groceries?');
      const all = await harness.messagesTo(asha.id, 5);
      assert.match(visibleText(all[4] as typeof added), /^Groceries this week .*: ₹400\.00 \(1 expense\)$/);
    });
  }

  test('the same update delivered twice stores one expense and sends one confirmation', async () => {
    const keys: string[] = [];
    harness = await startTelegramHarness({
      wrap: (handle) => (message) => {
        keys.push(message.key);
        return handle(message);
      },
    });
    const update = harness.send(asha, '250 groceries');
    await harness.messagesTo(asha.id, 1);
    harness.telegram.redeliver(update);
    await harness.settle(asha);
    const key = `telegram:update:${update.update_id}`;
    assert.equal(keys.filter((seen) => seen === key).length, 2, 'the core saw the update twice');
    const texts = harness.telegram.messages(asha.id).map(visibleText);
    assert.equal(texts.filter((text) => text.startsWith('Added')).length, 1);
    assert.equal((await harness.expensesOf(asha)).length, 1);
  });

  test('a redelivered button tap changes nothing and edits nothing twice', async () => {
    harness = await startTelegramHarness();
    harness.send(asha, '250 groceries');
    const [added] = await harness.messagesTo(asha.id, 1);
    assert.ok(added);
    const tap = harness.tap(asha, added, 'Undo');
    await harness.telegram.waitFor((calls) => calls.some((call) => call.method === 'editMessageText'));
    harness.telegram.redeliver(tap);
    await harness.settle(asha);
    assert.equal(harness.telegram.callsOf('editMessageText').length, 1);
    assert.equal(harness.telegram.callsOf('answerCallbackQuery').length, 2, 'each tap still stops the spinner');
  });

  test('webhook mode: updates posted with the secret are handled; a redelivery sends nothing new', async () => {
    harness = await startTelegramHarness({ mode: 'webhook' });
    assert.deepEqual(harness.telegram.webhook(), { url: harness.webhookUrl, secretToken: webhookSecret });
    assert.equal(harness.adapter.mode, 'webhook');
    const update = harness.send(asha, '250 groceries');
    await harness.messagesTo(asha.id, 1);
    await harness.telegram.drained();
    const redelivery = await fetch(harness.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
      body: JSON.stringify(update),
    });
    assert.equal(redelivery.status, 200);
    assert.equal(harness.telegram.messages(asha.id).length, 1);
    assert.equal((await harness.expensesOf(asha)).length, 1);
  });

  test('webhook mode: when Telegram refuses the reply, the update still gets 200 (no redelivery) and one log line', async () => {
    harness = await startTelegramHarness({ mode: 'webhook' });
    harness.telegram.failNext({
      method: 'sendMessage',
      count: 1,
      errorCode: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    const response = await fetch(harness.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
      body: JSON.stringify({
        update_id: 9001,
        message: {
          message_id: 5,
          date: 0,
          chat: { id: asha.id, type: 'private' },
          from: { id: asha.id, is_bot: false, first_name: 'Asha' },
          text: '250 groceries',
        },
      }),
    });
    assert.equal(response.status, 200);
    assert.equal((await harness.expensesOf(asha)).length, 1);
    const errors = harness.logs.filter((line) => line.level >= 50);
    assert.deepEqual(
      errors.map((line) => [line.msg, line.code]),
      [['telegram refused a call while handling an update', 403]],
    );
  });

  test('a webhook request without the right secret is refused with 401 and changes nothing', async () => {
    harness = await startTelegramHarness({ mode: 'webhook' });
    const body = JSON.stringify({
      update_id: 77,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: asha.id, type: 'private' },
        from: { id: asha.id, is_bot: false, first_name: 'Asha' },
        text: '250 groceries',
      },
    });
    for (const headers of [{}, { 'x-telegram-bot-api-secret-token': 'wrong' }]) {
      const response = await fetch(harness.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      assert.equal(response.status, 401);
    }
    assert.equal(harness.telegram.callsOf('sendMessage').length, 0);
    assert.equal(await harness.core.store.findUser('telegram', String(asha.id)), undefined);
  });

  test('two users never see each other’s data, not even with a forged button tap', async () => {
    harness = await startTelegramHarness();
    harness.send(asha, '250 groceries');
    harness.send(ravi, '40 tea');
    const [ashaAdded] = await harness.messagesTo(asha.id, 1);
    await harness.messagesTo(ravi.id, 1);
    assert.ok(ashaAdded);
    harness.send(ravi, 'summarize this week');
    const raviSummary = (await harness.messagesTo(ravi.id, 2))[1];
    assert.ok(raviSummary);
    assert.match(visibleText(raviSummary), /₹40\.00 \(1 expense\)/);
    assert.doesNotMatch(visibleText(raviSummary), /groceries/);

    // Ravi somehow taps Asha's Undo: the core looks for Ravi's #1 (his tea), never Asha's.
    harness.tap(ravi, ashaAdded, 'Undo');
    await harness.telegram.waitFor((calls) => calls.some((call) => call.method === 'answerCallbackQuery'));
    await harness.settle(ravi);
    assert.equal((await harness.expensesOf(asha)).length, 1);
    harness.send(asha, 'list');
    const ashaList = (await harness.messagesTo(asha.id, 2))[1];
    assert.ok(ashaList);
    assert.doesNotMatch(visibleText(ashaList), /tea/);
  });

  test('a 429 from the server is waited out and the message still arrives exactly once', async () => {
    harness = await startTelegramHarness();
    harness.telegram.failNext({ method: 'sendMessage', count: 1, errorCode: 429, retryAfter: 1 });
    const started = Date.now();
    harness.send(asha, '250 groceries');
    const [added] = await harness.messagesTo(asha.id, 1);
    assert.ok(added);
    assert.ok(Date.now() - started >= 900, 'waited for retry_after');
    assert.deepEqual(
      harness.telegram.callsOf('sendMessage').map((call) => call.status),
      [429, 200],
    );
    await harness.settle(asha);
    assert.equal(harness.telegram.messages(asha.id).filter((message) => /^Added/.test(message.text)).length, 1);
  });

  test('the reply sender waits out a 429 too, and answers as a reply to the question', async () => {
    harness = await startTelegramHarness();
    harness.telegram.failNext({ method: 'sendMessage', count: 1, errorCode: 429, retryAfter: 1 });
    const target: ReplyTarget = { platform: 'telegram', address: { chatId: String(asha.id), replyToMessageId: '42' } };
    await harness.adapter.sender.send(target, textReply('answer', 'You spent most on fish_&_chips <3 this week.'));
    const [answer] = harness.telegram.messages(asha.id);
    assert.ok(answer);
    assert.equal(answer.reply_to_message_id, 42);
    assert.equal(visibleText(answer), 'You spent most on fish_&_chips <3 this week.');
    assert.equal(harness.telegram.callsOf('sendMessage').length, 2);
  });

  test('a refusal that will not change (blocked bot) fails the delivery as permanent', async () => {
    harness = await startTelegramHarness();
    harness.telegram.failNext({
      method: 'sendMessage',
      count: 1,
      errorCode: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    const target: ReplyTarget = { platform: 'telegram', address: { chatId: String(asha.id), replyToMessageId: '1' } };
    await assert.rejects(harness.adapter.sender.send(target, textReply('answer', 'hi')), { permanent: true });
  });

  test('a group chat gets only the note that the bot works in private chats', async () => {
    harness = await startTelegramHarness();
    const group = { id: -100123, type: 'supergroup', title: 'Flatmates' };
    harness.sendMessage(asha, { text: '250 groceries' }, group);
    harness.sendMessage(asha, { text: '/week' }, group);
    harness.sendMessage(asha, { text: `/help@${harness.telegram.botInfo.username}` }, group);
    const [note] = await harness.messagesTo(group.id, 1);
    assert.ok(note);
    assert.match(visibleText(note), /private chats only/);
    await harness.settle(asha);
    assert.equal(harness.telegram.messages(group.id).length, 1);
    assert.equal((await harness.expensesOf(asha)).length, 0);
  });

  test('a sticker, a photo and an over-long message get a polite reply and never reach the core', async () => {
    let coreCalls = 0;
    harness = await startTelegramHarness({
      wrap: (handle) => (message) => {
        coreCalls += 1;
        return handle(message);
      },
    });
    harness.sendMessage(asha, { sticker: { file_id: 'st1', width: 512, height: 512, type: 'regular' } });
    harness.sendMessage(asha, { photo: [{ file_id: 'ph1', width: 90, height: 90 }] });
    harness.send(asha, 'x'.repeat(5000));
    const replies = await harness.messagesTo(asha.id, 3);
    assert.match(visibleText(replies[0] as (typeof replies)[0]), /only read text messages/);
    assert.match(visibleText(replies[1] as (typeof replies)[0]), /only read text messages/);
    assert.match(visibleText(replies[2] as (typeof replies)[0]), /longer than I can read/);
    assert.equal(coreCalls, 0);
  });

  test('a category like R&D <tools> renders safely, in the confirmation and in the summary', async () => {
    harness = await startTelegramHarness();
    harness.send(asha, '120 R&D <tools>');
    const [added] = await harness.messagesTo(asha.id, 1);
    assert.ok(added);
    assert.match(added.text, /R&amp;D &lt;tools&gt;/);
    assert.match(visibleText(added), /· R&D <tools> ·/);
    harness.send(asha, '/week');
    const [, week] = await harness.messagesTo(asha.id, 2);
    assert.match(visibleText(week as typeof added), /• R&D <tools>: ₹120\.00/);
    assert.ok(harness.telegram.callsOf('sendMessage').every((call) => call.status === 200));
  });

  test('/delete asks first: Confirm deletes once, Cancel keeps it, a missing number is told at once', async () => {
    const tg = await startTelegramHarness();
    harness = tg;
    await deleteAsksFirst<StoredMessage>(
      {
        async send(text) {
          const before = tg.telegram.messages(asha.id).length;
          tg.send(asha, text);
          const shown = (await tg.messagesTo(asha.id, before + 1))[before] as StoredMessage;
          // A copy: the buttons stay tappable after the message is edited, as in a client that has not redrawn.
          return { text: visibleText(shown), buttons: buttonLabels(shown), handle: structuredClone(shown) };
        },
        async tap(reply, label) {
          const edits = tg.telegram.messages(asha.id).find((m) => m.message_id === reply.handle.message_id)?.edits ?? 0;
          tg.tap(asha, reply.handle, label);
          await tg.telegram.waitFor(
            () =>
              (tg.telegram.messages(asha.id).find((m) => m.message_id === reply.handle.message_id)?.edits ?? 0) > edits,
          );
          const edited = tg.telegram.messages(asha.id).find((m) => m.message_id === reply.handle.message_id);
          assert.deepEqual(buttonLabels(edited as StoredMessage), [], 'the answered question keeps no buttons');
          return visibleText(edited as StoredMessage);
        },
        async expenseNumbers() {
          return (await tg.expensesOf(asha)).map((expense) => expense.number).sort((a, b) => a - b);
        },
      },
      (text) => `/${text}`,
    );
  });

  test('/start greets, sets the user up, and time-zone and digest-time buttons change the settings', async () => {
    harness = await startTelegramHarness();
    harness.send(asha, '/start');
    const [welcome] = await harness.messagesTo(asha.id, 1);
    assert.ok(welcome);
    assert.match(visibleText(welcome), /^Hi Asha! I keep track of your spending/);
    assert.match(visibleText(welcome), /time zone: Asia\/Kolkata/);
    assert.ok(buttonLabels(welcome).includes('USD'));
    assert.ok(await harness.core.store.findUser('telegram', String(asha.id)), 'the user exists');

    harness.tap(asha, welcome, '🕒 UK');
    const [, saved] = await harness.messagesTo(asha.id, 2);
    assert.ok(saved);
    assert.match(visibleText(saved), /time zone: Europe\/London/);
    const user = await harness.core.store.findUser('telegram', String(asha.id));
    assert.equal(user?.timeZone, 'Europe/London');

    harness.tap(asha, welcome, '📬 Sun 18:00');
    const [, , digestTime] = await harness.messagesTo(asha.id, 3);
    assert.ok(digestTime);
    assert.match(visibleText(digestTime), /weekly digest: on, Sundays at 18:00/);
    assert.deepEqual(await harness.core.store.findDigestSendAt(user?.id ?? 0), { weekday: 7, hour: 18, minute: 0 });
  });

  test('a question for the model shows typing… until its answer is delivered as a reply to it', async () => {
    let target: ReplyTarget | undefined;
    let questionId = 0;
    harness = await startTelegramHarness({
      wrap:
        (handle): MessageHandler =>
        async (message) => {
          if (!message.text.startsWith('why')) return handle(message);
          target = message.replyTarget;
          return textReply('queued', 'Let me look into that…');
        },
      adapter: { typing: { everyMs: 40, maxMs: 5000 } },
    });
    questionId = (harness.send(asha, 'why is fuel so high?').message as { message_id: number }).message_id;
    await harness.messagesTo(asha.id, 1);
    await harness.telegram.waitFor((calls) => calls.filter((call) => call.method === 'sendChatAction').length >= 3);
    assert.deepEqual(target, {
      platform: 'telegram',
      address: { chatId: String(asha.id), replyToMessageId: String(questionId) },
    });

    await harness.adapter.sender.send(target as ReplyTarget, textReply('answer', 'Three trips to Pune.'));
    const typed = harness.telegram.callsOf('sendChatAction').length;
    const [, answer] = harness.telegram.messages(asha.id);
    assert.equal(answer?.reply_to_message_id, questionId);
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(harness.telegram.callsOf('sendChatAction').length, typed, 'typing stopped with the answer');
  });

  test('typing… gives up after its time limit when no answer comes', async () => {
    harness = await startTelegramHarness({
      wrap: (handle) => async (message) =>
        message.text.startsWith('why') ? textReply('queued', 'Looking…') : handle(message),
      adapter: { typing: { everyMs: 20, maxMs: 100 } },
    });
    harness.send(asha, 'why?');
    await harness.messagesTo(asha.id, 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const typed = harness.telegram.callsOf('sendChatAction').length;
    assert.ok(typed >= 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(harness.telegram.callsOf('sendChatAction').length, typed);
  });

  test('a core failure gets the friendly "nothing was saved" reply and one log line', async () => {
    harness = await startTelegramHarness({
      wrap: () => async () => {
        throw new Error('database is on fire');
      },
    });
    harness.send(asha, '250 groceries');
    const [reply] = await harness.messagesTo(asha.id, 1);
    assert.ok(reply);
    assert.match(visibleText(reply), /nothing was saved/);
    const errors = harness.logs.filter((line) => line.level >= 50);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.msg, 'telegram update failed in the core');
    assert.ok(!JSON.stringify(errors).includes('250 groceries'), 'the message text is not logged');
  });

  test('another instance polling the token (409) is logged once, backed off, and polling resumes', async () => {
    harness = await startTelegramHarness({ adapter: { polling: { backoffMs: 30, timeoutSeconds: 1 } } });
    harness.telegram.failNext({ method: 'getUpdates', count: 3, errorCode: 409 });
    // The poll in flight ends first; the next ones meet the conflict.
    harness.send(asha, '250 groceries');
    await harness.messagesTo(asha.id, 1);
    harness.send(asha, '40 tea');
    await harness.messagesTo(asha.id, 2);
    await harness.telegram.waitFor((calls) => calls.filter((call) => call.status === 409).length === 3);
    harness.send(asha, '10 chai');
    await harness.messagesTo(asha.id, 3);
    const conflictLines = harness.logs.filter((line) => /another instance is polling/.test(line.msg));
    assert.equal(conflictLines.length, 1);
    assert.ok(harness.logs.some((line) => /polling resumed/.test(line.msg)));
    assert.equal((await harness.expensesOf(asha)).length, 3);
  });

  test('every command of the menu is answered by the core: /add, /week, /month, /list, /undo, /edit, /digest, unknown ones', async () => {
    harness = await startTelegramHarness();
    const expected: Array<[string, RegExp]> = [
      ['/add 250 groceries', /^Added #1: ₹250\.00 · groceries/],
      ['/add', /^Tell me what you spent/],
      ['/week', /^This week .*: ₹250\.00 \(1 expense\)/],
      ['/month', /^This month .*: ₹250\.00 \(1 expense\)/],
      ['/list', /#1 · ₹250\.00 groceries/],
      ['/edit 1 300', /₹300\.00/],
      ['/undo@finbot_bot', /^Undone: #1/],
      ['/digest off', /weekly digest: off/],
      ['/delete', /^Which expense\? Say "delete 12"/],
      ['/frobnicate', /^I don't know \/frobnicate\.\nI keep track of your spending/],
    ];
    for (const [text] of expected) harness.send(asha, text);
    const replies = await harness.messagesTo(asha.id, expected.length);
    expected.forEach(([text, pattern], at) => {
      assert.match(visibleText(replies[at] as (typeof replies)[0]), pattern, text);
    });
  });

  test('the command menu is the core’s command list, with an example for commands that take one', async () => {
    harness = await startTelegramHarness();
    const [call] = harness.telegram.callsOf('setMyCommands');
    const menu = (call?.params.commands ?? []) as Array<{ command: string; description: string }>;
    assert.deepEqual(
      menu.map((entry) => entry.command),
      [
        'add',
        'week',
        'month',
        'list',
        'undo',
        'delete',
        'edit',
        'recurring',
        'settings',
        'digest',
        'budget',
        'export',
        'report',
        'dashboard',
        'help',
        'start',
      ],
    );
    assert.equal(
      menu.find((entry) => entry.command === 'delete')?.description,
      'Delete an expense (asks first), e.g. /delete 12',
    );
  });

  test('/digest now sends this week so far: the chart as a photo with the digest as its caption', async () => {
    const chart = createResvgChartRenderer({ threads: 1 });
    try {
      harness = await startTelegramHarness({ core: { digestChart: chart } });
      harness.send(asha, '250 groceries');
      harness.send(asha, '120 fuel');
      await harness.messagesTo(asha.id, 2);
      harness.send(asha, '/digest now');
      await harness.telegram.waitFor(() => harness?.telegram.callsOf('sendPhoto').length === 1);
      const [photo] = harness.telegram.callsOf('sendPhoto');
      assert.equal(Number(photo?.params.chat_id), asha.id);
      assert.match(String(photo?.params.caption), /^Your week \d{4}-W\d{2} \(.+\)\n\nTotal: ₹370\.00 in 2 expenses/);
      // grammY uploads the file as a part of its own and names it in the field ("attach://…").
      const attached = /^attach:\/\/(.+)$/.exec(String(photo?.params.photo))?.[1] ?? '';
      const file = photo?.params[attached] as { file: boolean; bytes: number } | undefined;
      assert.ok(file?.file && file.bytes > 1000, `a PNG was uploaded: ${JSON.stringify(photo?.params)}`);
    } finally {
      await chart.close();
    }
  });

  test('digest now whose photo is refused still sends the digest as text', async () => {
    harness = await startTelegramHarness({
      core: { digestChart: { render: async () => ({ png: new Uint8Array(64), width: 1, height: 1 }) } },
    });
    harness.telegram.failNext({
      method: 'sendPhoto',
      count: 1,
      errorCode: 400,
      description: 'Bad Request: IMAGE_PROCESS_FAILED',
    });
    harness.send(asha, '250 groceries');
    harness.send(asha, 'digest now');
    const [, reply] = await harness.messagesTo(asha.id, 2);
    assert.match(visibleText(reply as NonNullable<typeof reply>), /^Your week \d{4}-W\d{2}/);
    assert.equal(harness.telegram.callsOf('sendPhoto')[0]?.status, 400);
  });

  test('without a chart renderer, /digest now is the digest as text', async () => {
    harness = await startTelegramHarness();
    harness.send(asha, '250 groceries');
    harness.send(asha, '/digest now');
    const [, reply] = await harness.messagesTo(asha.id, 2);
    assert.match(
      visibleText(reply as NonNullable<typeof reply>),
      /^Your week \d{4}-W\d{2} .*\n\nTotal: ₹250\.00 in 1 expense/,
    );
    assert.equal(harness.telegram.callsOf('sendPhoto').length, 0);
  });
});
