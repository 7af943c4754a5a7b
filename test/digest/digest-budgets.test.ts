/** The weekly digest shows budgets as they stood at the end of its week; "digest now" shows them today. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DigestMessage, DigestSender } from '../../src/core/digest/digest-sender.ts';
import { sendDigest } from '../../src/core/digest/send-digest.ts';
import type { User } from '../../src/core/domain/user.ts';
import { fixedClock } from '../../src/core/time/clock.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';

describe('budgets in the weekly digest', () => {
  let harness: CoreHarness;
  before(async () => {
    // Thursday 3 December 2026 in Kolkata.
    harness = await createCoreHarness('2026-12-03T06:30:00Z');
  });
  after(() => harness.close());

  test('"digest now" ends with each budget: spent, amount, period, percent, left or over', async () => {
    await harness.say('nila', 'budget groceries 5000 monthly');
    await harness.say('nila', 'budget transport 500 weekly');
    await harness.say('nila', '4200 groceries');
    await harness.say('nila', '600 uber');
    const digest = await harness.say('nila', 'digest now');
    assert.equal(digest.kind, 'digest');
    const budgetPart = digest.text.slice(digest.text.indexOf('Budgets on'));
    assert.equal(
      budgetPart,
      [
        'Budgets on 3 Dec:',
        '• groceries: ₹4,200.00 of ₹5,000.00 (December) · 84 % · ₹800.00 left',
        '• transport: ₹600.00 of ₹500.00 (week from 30 Nov) · 120 % · ₹100.00 over',
      ].join('\n'),
    );
  });

  test('the digest sent on Monday for the week before counts each budget up to that Sunday', async () => {
    // Sunday 6 December, then Monday 7 December: Monday's spending is not the reviewed week's.
    harness.clock.set('2026-12-06T06:30:00Z');
    await harness.say('nila', '300 groceries');
    harness.clock.set('2026-12-07T03:30:00Z');
    await harness.say('nila', '999 groceries');
    const user = (await harness.store.findUser('cli', 'nila')) as User;
    const sent: DigestMessage[] = [];
    const sender: DigestSender = {
      async send(_recipient, message, pace) {
        await pace();
        sent.push(message);
      },
    };
    const outcome = await sendDigest(
      {
        store: harness.store,
        clock: fixedClock(new Date('2026-12-07T03:30:00Z')),
        senders: { cli: sender },
        pace: async () => {},
        staleClaimMs: 120_000,
        staleSendingMs: 600_000,
      },
      { userId: user.id, week: '2026-W49', token: 'monday', lastAttempt: false },
    );
    assert.equal(outcome.status, 'sent');
    const text = sent[0]?.text ?? '';
    assert.match(text, /^Your week 2026-W49/);
    assert.match(
      text,
      /\n\nBudgets on 6 Dec:\n• groceries: ₹4,500\.00 of ₹5,000\.00 \(December\) · 90 % · ₹500\.00 left\n• transport: ₹600\.00 of ₹500\.00 \(week from 30 Nov\) · 120 % · ₹100\.00 over$/,
    );
  });

  test('a user without budgets gets the digest as before', async () => {
    const digest = await harness.say('kabir', 'digest now');
    assert.doesNotMatch(digest.text, /Budgets/);
  });
});
