/**
 * Recurring expenses on Telegram, end to end against the fake Bot API: set up, listed and stopped in the private
 * chat, and an occurrence's message sent by the recurring tick through finbot's Telegram sender, whose Undo works.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { directMessageSendersFrom } from '../../src/app/direct-message-senders.ts';
import { createSenderApi } from '../../src/bots/telegram/create-sender-api.ts';
import { createTelegramSender } from '../../src/bots/telegram/telegram-sender.ts';
import { runRecurringTick } from '../../src/core/recurring/recurring-tick.ts';
import { asha, buttonLabels, startTelegramHarness, type TelegramHarness, visibleText } from './telegram-harness.ts';

describe('recurring expenses on Telegram', () => {
  let harness: TelegramHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  test('set up, listed with its next date, its occurrence sent with Undo that works, then stopped', async () => {
    harness = await startTelegramHarness();
    const { core, telegram } = harness;
    core.clock.set('2027-01-02T06:30:00Z');
    harness.send(asha, 'rent 15000 every month on the 3rd');
    harness.send(asha, '/recurring');
    const [set, list] = await harness.messagesTo(asha.id, 2);
    assert.ok(set && list);
    assert.match(visibleText(set), /Recurring: ₹15,000\.00 rent, every month on the 3rd\.\nNext: 3 Jan\./);
    assert.match(visibleText(list), /₹15,000\.00 rent — every month on the 3rd · next 3 Jan/);

    // The 3rd, 09:30 in Kolkata: the tick records the rent and tells Asha in her private chat.
    core.clock.set('2027-01-03T04:00:00Z');
    const api = createSenderApi({ token: telegram.token, apiRoot: telegram.apiRoot });
    const senders = directMessageSendersFrom({ telegram: createTelegramSender({ api }) });
    const tick = () =>
      runRecurringTick({
        store: core.store,
        clock: core.clock,
        wallClock: core.clock,
        senders,
        staleSendingMs: 600_000,
        maxAttempts: 3,
        backoffMs: () => 60_000,
      });
    const report = await tick();
    assert.equal(report.recorded, 1);
    assert.deepEqual(report.notices, { sent: 1, retrying: 0, givenUp: 0 });
    const [, , occurrence] = await harness.messagesTo(asha.id, 3);
    assert.ok(occurrence);
    assert.match(visibleText(occurrence), /Recorded your recurring rent: #1 · ₹15,000\.00 · 3 Jan/);
    assert.match(visibleText(occurrence), /next 3 Feb/);
    assert.deepEqual(buttonLabels(occurrence), ['Undo']);
    assert.equal((await harness.expensesOf(asha)).length, 1);

    harness.tap(asha, occurrence, 'Undo');
    await telegram.waitFor(() => /Undone: #1/.test(telegram.messages(asha.id).map(visibleText).join('\n')));
    assert.equal((await harness.expensesOf(asha)).length, 0);
    // Undone is undone: the next tick neither records it again nor sends another message.
    assert.equal((await tick()).recorded, 0);

    const before = telegram.messages(asha.id).length;
    harness.send(asha, 'stop recurring rent');
    harness.send(asha, 'recurring');
    const [stopped, empty] = (await harness.messagesTo(asha.id, before + 2)).slice(before);
    assert.ok(stopped && empty);
    assert.match(
      visibleText(stopped),
      /Stopped \(expenses already recorded stay\):\n• ₹15,000\.00 rent — every month on the 3rd/,
    );
    assert.match(visibleText(empty), /No recurring expenses yet/);
    core.clock.set('2027-02-03T04:00:00Z');
    assert.equal((await tick()).recorded, 0);
  });
});
