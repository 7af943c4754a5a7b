/**
 * Recurring occurrences through the real core and store: month ends, daylight-saving changes, a user changing
 * zone, days missed while finbot was down, concurrent ticks, and the messages with Undo.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Platform } from '../../src/core/domain/user.ts';
import { DeliveryError } from '../../src/core/ports/delivery-error.ts';
import type { DirectMessageSender } from '../../src/core/ports/direct-message-sender.ts';
import { recordDueOccurrences } from '../../src/core/recurring/record-due-occurrences.ts';
import { runRecurringTick } from '../../src/core/recurring/recurring-tick.ts';
import type { Reply } from '../../src/core/service/inbound-message.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';

interface Sent {
  readonly platformUserId: string;
  readonly reply: Reply;
}

function recordingSender(fail?: () => Error | undefined): DirectMessageSender & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    async send(recipient, reply) {
      const error = fail?.();
      if (error) throw error;
      sent.push({ platformUserId: recipient.platformUserId, reply });
    },
  };
}

/** One tick as the scheduler runs it, with the harness clock as both business and wall clock. */
function tick(harness: CoreHarness, sender: DirectMessageSender, platform: Platform = 'telegram') {
  return runRecurringTick({
    store: harness.store,
    clock: harness.clock,
    wallClock: harness.clock,
    senders: { [platform]: sender },
    staleSendingMs: 600_000,
    maxAttempts: 3,
    backoffMs: () => 60_000,
  });
}

/** Ticks every `stepMinutes` from the harness's now until `until`. */
async function tickUntil(harness: CoreHarness, sender: DirectMessageSender, until: string, stepMinutes: number) {
  while (harness.clock.now().toISOString() < until) {
    harness.clock.advanceMinutes(stepMinutes);
    await tick(harness, sender);
  }
}

let sequence = 0;

/** A Telegram user's message (the harness's own users are terminal users, who get no messages). */
function say(harness: CoreHarness, name: string, text: string): Promise<Reply> {
  return harness.handle({
    platform: 'telegram',
    platformUserId: name,
    displayName: name,
    key: `tg:${++sequence}`,
    text,
  });
}

async function userIn(harness: CoreHarness, name: string, timeZone: string) {
  await say(harness, name, 'help');
  const user = await harness.store.findUser('telegram', name);
  assert.ok(user);
  return harness.store.updateUserSettings(user.id, { timeZone });
}

async function spentOn(harness: CoreHarness, userId: number, category: string): Promise<string[]> {
  const expenses = await harness.store.listExpenses(userId, {});
  return expenses
    .filter((expense) => expense.category === category)
    .map((expense) => expense.spentOn)
    .sort();
}

describe('recurring occurrences', () => {
  test('the 31st goes Jan 31 → Feb 28 → Mar 31, and Feb 29 in a leap year, one occurrence each', async () => {
    for (const [year, february] of [
      ['2027', '2027-02-28'],
      ['2028', '2028-02-29'],
    ] as const) {
      const harness = await createCoreHarness(`${year}-01-30T12:00:00Z`);
      try {
        const user = await userIn(harness, 'asha', 'Europe/London');
        const reply = await say(harness, 'asha', 'rent 900 every month on the 31st');
        assert.equal(reply.kind, 'recurring_set');
        assert.match(reply.text, /every month on the last day/);
        assert.match(reply.text, /Next: 31 Jan/);
        const sender = recordingSender();
        await tickUntil(harness, sender, `${year}-04-02T00:00:00Z`, 360);
        assert.deepEqual(await spentOn(harness, user.id, 'rent'), [`${year}-01-31`, february, `${year}-03-31`]);
        assert.equal(sender.sent.length, 3);
      } finally {
        await harness.close();
      }
    }
  });

  test('across both daylight-saving changes in London and New York, a weekly and a monthly rule record once each', async () => {
    const cases = [
      { zone: 'Europe/London', day: '2027-03-28', start: '2027-03-26T12:00:00Z' },
      { zone: 'Europe/London', day: '2027-10-31', start: '2027-10-29T12:00:00Z' },
      { zone: 'America/New_York', day: '2027-03-14', start: '2027-03-12T12:00:00Z' },
      { zone: 'America/New_York', day: '2027-11-07', start: '2027-11-05T12:00:00Z' },
    ];
    for (const { zone, day, start } of cases) {
      const harness = await createCoreHarness(start);
      try {
        const user = await userIn(harness, 'asha', zone);
        assert.equal((await say(harness, 'asha', 'newspaper 5 every sunday')).kind, 'recurring_set');
        const dayOfMonth = Number(day.slice(8, 10));
        assert.equal((await say(harness, 'asha', `gym 40 every month on the ${dayOfMonth}th`)).kind, 'recurring_set');
        const sender = recordingSender();
        // Every 10 minutes for three days, through the hour the clocks change.
        await tickUntil(harness, sender, new Date(Date.parse(start) + 3 * 86_400_000).toISOString(), 10);
        assert.deepEqual(await spentOn(harness, user.id, 'newspaper'), [day], zone);
        assert.deepEqual(await spentOn(harness, user.id, 'health'), [day], zone);
        assert.equal(sender.sent.length, 2);
      } finally {
        await harness.close();
      }
    }
  });

  test('a user who changes time zone around the due time gets the occurrence once, neither doubled nor skipped', async () => {
    const harness = await createCoreHarness('2027-03-01T12:00:00Z');
    try {
      const user = await userIn(harness, 'asha', 'America/Los_Angeles');
      await say(harness, 'asha', 'sip 5000 monthly on 10th');
      const sender = recordingSender();
      // 05:00 UTC on the 10th: still the 9th in Los Angeles, nothing due.
      harness.clock.set('2027-03-10T05:00:00Z');
      await tick(harness, sender);
      assert.deepEqual(await spentOn(harness, user.id, 'sip'), []);
      // Moved to Tokyo: 14:00 on the 10th there, so it is due and recorded.
      await harness.store.updateUserSettings(user.id, { timeZone: 'Asia/Tokyo' });
      await tick(harness, sender);
      assert.deepEqual(await spentOn(harness, user.id, 'sip'), ['2027-03-10']);
      // Back in Los Angeles, the 10th comes again there: no second one.
      await harness.store.updateUserSettings(user.id, { timeZone: 'America/Los_Angeles' });
      harness.clock.set('2027-03-10T20:00:00Z');
      await tick(harness, sender);
      harness.clock.set('2027-03-11T20:00:00Z');
      await tick(harness, sender);
      assert.deepEqual(await spentOn(harness, user.id, 'sip'), ['2027-03-10']);
      // And the other way (east to west before the due time) skips nothing: April's comes on the 10th in LA.
      harness.clock.set('2027-04-10T17:00:00Z');
      await tick(harness, sender);
      assert.deepEqual(await spentOn(harness, user.id, 'sip'), ['2027-03-10', '2027-04-10']);
      assert.equal(sender.sent.length, 2);
    } finally {
      await harness.close();
    }
  });

  test('days missed while finbot was down are each recorded once, dated on their own day, with a message each', async () => {
    const harness = await createCoreHarness('2027-01-02T12:00:00Z');
    try {
      const user = await userIn(harness, 'asha', 'Asia/Kolkata');
      await say(harness, 'asha', 'maid 3000 on the 5th of every month');
      await say(harness, 'asha', 'cleaner 500 every friday');
      // Down until 20 March: no tick ran in between.
      harness.clock.set('2027-03-20T06:00:00Z');
      const sender = recordingSender();
      const report = await tick(harness, sender);
      assert.deepEqual(await spentOn(harness, user.id, 'household'), [
        '2027-01-05',
        '2027-01-08',
        '2027-01-15',
        '2027-01-22',
        '2027-01-29',
        '2027-02-05',
        '2027-02-05',
        '2027-02-12',
        '2027-02-19',
        '2027-02-26',
        '2027-03-05',
        '2027-03-05',
        '2027-03-12',
        '2027-03-19',
      ]);
      assert.equal(report.recorded, 14);
      assert.equal(report.notices.sent, 14);
      assert.equal((await tick(harness, sender)).recorded, 0);
      assert.equal(sender.sent.length, 14);
    } finally {
      await harness.close();
    }
  });

  test('ten ticks at once record each occurrence once', async () => {
    const harness = await createCoreHarness('2027-01-02T12:00:00Z');
    try {
      const user = await userIn(harness, 'asha', 'Asia/Kolkata');
      await say(harness, 'asha', 'rent 15000 every month on the 1st');
      const now = new Date('2027-04-01T06:00:00Z');
      const reports = await Promise.all(
        Array.from({ length: 10 }, () => recordDueOccurrences({ store: harness.store }, now)),
      );
      assert.equal(
        reports.reduce((sum, report) => sum + report.recorded, 0),
        3,
      );
      assert.deepEqual(await spentOn(harness, user.id, 'rent'), ['2027-02-01', '2027-03-01', '2027-04-01']);
    } finally {
      await harness.close();
    }
  });

  test('said on its day, the first occurrence is recorded with the reply (and its Undo), and never told again', async () => {
    const harness = await createCoreHarness('2027-01-04T06:30:00Z');
    try {
      const user = await userIn(harness, 'asha', 'Asia/Kolkata');
      const reply = await say(harness, 'asha', 'netflix 649 monthly');
      assert.equal(reply.kind, 'recurring_set');
      assert.match(reply.text, /every month on the 4th/);
      assert.match(reply.text, /Added #1 for today: ₹649\.00/);
      assert.match(reply.text, /Next: 4 Feb/);
      assert.deepEqual(reply.buttons, [{ label: 'Undo', command: 'undo #1' }]);
      const sender = recordingSender();
      await tick(harness, sender);
      assert.equal(sender.sent.length, 0);
      assert.deepEqual(await spentOn(harness, user.id, 'entertainment'), ['2027-01-04']);
    } finally {
      await harness.close();
    }
  });

  test('an occurrence’s message has Undo that removes it; the occurrence is not recorded again', async () => {
    const harness = await createCoreHarness('2027-01-02T12:00:00Z');
    try {
      const user = await userIn(harness, 'asha', 'Asia/Kolkata');
      await say(harness, 'asha', 'rent 15000 every month on the 3rd');
      harness.clock.set('2027-01-03T04:00:00Z');
      const sender = recordingSender();
      await tick(harness, sender);
      const [message] = sender.sent;
      assert.ok(message);
      assert.equal(message.reply.kind, 'recurring_recorded');
      assert.match(message.reply.text, /Recorded your recurring rent: #1 · ₹15,000\.00 · 3 Jan/);
      assert.match(message.reply.text, /every month on the 3rd · next 3 Feb/);
      const undo = message.reply.buttons.find((button) => button.label === 'Undo');
      assert.ok(undo);
      assert.equal((await say(harness, 'asha', undo.command)).kind, 'expense_undone');
      await tick(harness, sender);
      assert.deepEqual(await spentOn(harness, user.id, 'rent'), []);
      assert.equal(sender.sent.length, 1);
    } finally {
      await harness.close();
    }
  });

  test('a message the platform fails to take is retried later, not lost and not doubled; a blocked user is not retried', async () => {
    const harness = await createCoreHarness('2027-01-02T12:00:00Z');
    try {
      await userIn(harness, 'asha', 'Asia/Kolkata');
      await say(harness, 'asha', 'rent 15000 every month on the 3rd');
      harness.clock.set('2027-01-03T04:00:00Z');
      let failures = 2;
      const sender = recordingSender(() =>
        failures-- > 0 ? new DeliveryError('transient', 'Bad Gateway') : undefined,
      );
      assert.deepEqual((await tick(harness, sender)).notices, { sent: 0, retrying: 1, givenUp: 0 });
      // Before the backoff is over nothing is tried.
      assert.deepEqual((await tick(harness, sender)).notices, { sent: 0, retrying: 0, givenUp: 0 });
      harness.clock.advanceMinutes(2);
      assert.deepEqual((await tick(harness, sender)).notices, { sent: 0, retrying: 1, givenUp: 0 });
      harness.clock.advanceMinutes(2);
      assert.deepEqual((await tick(harness, sender)).notices, { sent: 1, retrying: 0, givenUp: 0 });
      harness.clock.advanceMinutes(2);
      await tick(harness, sender);
      assert.equal(sender.sent.length, 1);

      await say(harness, 'asha', 'gym 1200 every month on the 4th');
      harness.clock.set('2027-01-04T04:00:00Z');
      const blocked = recordingSender(() => new DeliveryError('unreachable', 'Forbidden: bot was blocked by the user'));
      assert.deepEqual((await tick(harness, blocked)).notices, { sent: 0, retrying: 0, givenUp: 1 });
      harness.clock.advanceMinutes(120);
      assert.deepEqual((await tick(harness, blocked)).notices, { sent: 0, retrying: 0, givenUp: 0 });
    } finally {
      await harness.close();
    }
  });

  test('"recurring" lists the rules with their next dates, "stop recurring" ends one, and it records no more', async () => {
    const harness = await createCoreHarness('2027-01-02T12:00:00Z');
    try {
      const user = await userIn(harness, 'asha', 'Asia/Kolkata');
      assert.match((await say(harness, 'asha', 'recurring')).text, /No recurring expenses yet/);
      await say(harness, 'asha', 'rent 15000 every month on the 1st');
      await say(harness, 'asha', 'netflix 649 monthly on the 20th');
      const list = await say(harness, 'asha', 'recurring');
      assert.equal(list.kind, 'recurring_list');
      assert.match(list.text, /₹649\.00 entertainment \(netflix\) — every month on the 20th · next 20 Jan/);
      assert.match(list.text, /₹15,000\.00 rent — every month on the 1st · next 1 Feb/);
      assert.ok(list.text.indexOf('netflix') < list.text.indexOf('rent —'));
      const stopped = await say(harness, 'asha', 'stop recurring netflix');
      assert.equal(stopped.kind, 'recurring_stopped');
      assert.match(stopped.text, /netflix/);
      assert.doesNotMatch((await say(harness, 'asha', 'recurring')).text, /netflix/);
      assert.match(
        (await say(harness, 'asha', 'stop recurring gym')).text,
        /No recurring expense called "gym". Yours: rent/,
      );
      harness.clock.set('2027-02-21T12:00:00Z');
      await tick(harness, recordingSender());
      assert.deepEqual(await spentOn(harness, user.id, 'entertainment'), []);
      assert.deepEqual(await spentOn(harness, user.id, 'rent'), ['2027-02-01']);
    } finally {
      await harness.close();
    }
  });
});

describe('recurring occurrences of a terminal user', () => {
  test('are recorded like anyone’s, and no message waits for a chat the terminal does not have', async () => {
    const harness = await createCoreHarness('2027-01-02T06:30:00Z');
    try {
      await harness.say('me', 'rent 15000 every month on the 3rd');
      harness.clock.set('2027-01-03T06:30:00Z');
      const report = await tick(harness, recordingSender(), 'cli');
      assert.equal(report.recorded, 1);
      assert.deepEqual(report.notices, { sent: 0, retrying: 0, givenUp: 0 });
      assert.match((await harness.say('me', 'list')).text, /#1 · ₹15,000\.00 rent · 3 Jan/);
    } finally {
      await harness.close();
    }
  });
});

describe('recurring occurrences and budgets', () => {
  test('an occurrence that crosses a budget tells the alert in its message, once; today’s in the set-up reply', async () => {
    const harness = await createCoreHarness('2027-01-02T12:00:00Z');
    try {
      await userIn(harness, 'asha', 'Asia/Kolkata');
      assert.match((await say(harness, 'asha', 'budget rent 16000 monthly')).text, /rent/);
      const set = await say(harness, 'asha', 'rent 15000 every month on the 2nd');
      assert.match(set.text, /Added #1 for today/);
      assert.match(set.text, /Budget alert: 93 % of your rent budget/);
      await say(harness, 'asha', 'rent 1000 every month on the 3rd');
      harness.clock.set('2027-01-03T04:00:00Z');
      const sender = recordingSender();
      await tick(harness, sender);
      const [message] = sender.sent;
      assert.ok(message);
      assert.match(message.reply.text, /Recorded your recurring rent: #2 · ₹1,000\.00 · 3 Jan/);
      assert.match(
        message.reply.text,
        /Budget alert: your rent budget is used up this month — ₹16,000\.00 of ₹16,000\.00 \(100 %\)/,
      );
      harness.clock.advanceMinutes(60);
      await tick(harness, sender);
      assert.equal(sender.sent.length, 1);
    } finally {
      await harness.close();
    }
  });
});
