/** Budgets in a Telegram DM: /budget from the menu, its buttons, and a quick-add's standing and alert. */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { StoredMessage } from '../support/fake-telegram-server.ts';
import { asha, buttonLabels, startTelegramHarness, type TelegramHarness, visibleText } from './telegram-harness.ts';

describe('budgets on Telegram, end to end against a fake Bot API', () => {
  let harness: TelegramHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  test('/budget sets, lists with Remove buttons, and a tapped Remove removes; a quick-add shows the standing and alerts once', async () => {
    harness = await startTelegramHarness();
    harness.send(asha, '/budget groceries 1000 monthly');
    const [set] = await harness.messagesTo(asha.id, 1);
    assert.ok(set);
    assert.match(
      visibleText(set),
      /^Budget set: groceries ₹1,000\.00 a month\.\ngroceries: ₹0\.00 of ₹1,000\.00 this month · 0 %/,
    );
    assert.deepEqual(buttonLabels(set), ['Budgets', 'Remove groceries']);

    harness.send(asha, '850 groceries');
    harness.send(asha, '20 groceries');
    const replies = await harness.messagesTo(asha.id, 3);
    const crossing = replies[1] as StoredMessage;
    assert.match(
      visibleText(crossing),
      /groceries: ₹850\.00 of ₹1,000\.00 this month · 85 %\n⚠️ Budget alert: 85 % of your groceries budget used this month/,
    );
    assert.deepEqual(buttonLabels(crossing), ['Undo']);
    assert.doesNotMatch(visibleText(replies[2] as StoredMessage), /Budget alert/);

    harness.send(asha, '/budget');
    const listed = (await harness.messagesTo(asha.id, 4))[3] as StoredMessage;
    assert.match(
      visibleText(listed),
      /^Your budgets:\n• groceries \(₹1,000\.00 a month\): ₹870\.00 spent · 87 % · ₹130\.00 left · \d+ days? left/,
    );
    assert.deepEqual(buttonLabels(listed), ['Remove groceries']);

    harness.tap(asha, listed, 'Remove groceries');
    const removed = (await harness.messagesTo(asha.id, 5))[4] as StoredMessage;
    assert.equal(visibleText(removed), 'Removed your groceries budget (₹1,000.00 a month).');
    harness.send(asha, 'budgets');
    const none = (await harness.messagesTo(asha.id, 6))[5] as StoredMessage;
    assert.match(visibleText(none), /^You have no budgets yet/);
    // Every message was answered once; the alert was said once.
    const texts = harness.telegram.messages(asha.id).map(visibleText);
    assert.equal(texts.filter((text) => text.includes('Budget alert')).length, 1);
  });

  test('a redelivered quick-add that crossed a threshold sends nothing again', async () => {
    harness = await startTelegramHarness();
    harness.send(asha, 'budget 1000 a month');
    await harness.messagesTo(asha.id, 1);
    const update = harness.send(asha, '900 fuel');
    const [, crossing] = await harness.messagesTo(asha.id, 2);
    assert.match(visibleText(crossing as StoredMessage), /⚠️ Budget alert: 90 % of your overall budget/);
    harness.telegram.redeliver(update);
    await harness.settle(asha);
    const texts = harness.telegram.messages(asha.id).map(visibleText);
    assert.equal(texts.filter((text) => text.includes('Budget alert')).length, 1);
    assert.equal((await harness.expensesOf(asha)).length, 1);
  });
});
