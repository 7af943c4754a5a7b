import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { type CoreHarness, createCoreHarness, message } from '../support/core-harness.ts';

describe('handling chat messages', () => {
  let core: CoreHarness;
  beforeEach(async () => {
    core = await createCoreHarness();
  });
  afterEach(() => core.close());

  test('a quick-add is confirmed and the question after it quotes the SQL total exactly', async () => {
    const added = await core.say('asha', 'add ₹250 groceries today');
    assert.equal(added.kind, 'expense_added');
    assert.match(added.text, /Added #1: ₹250\.00 · groceries · today/);
    assert.deepEqual(added.buttons, [{ label: 'Undo', command: 'undo #1' }]);
    await core.say('asha', 'spent 1,250.50 on fuel');
    const answer = await core.say('asha', 'how much on groceries this week?');
    assert.equal(answer.kind, 'summary');
    assert.match(answer.text, /₹250\.00 \(1 expense\)/);
    const all = await core.say('asha', 'summarize my expenses for this week');
    assert.match(all.text, /₹1,500\.50 \(2 expenses\)/);
    assert.match(all.text, /fuel: ₹1,250\.50/);
  });

  test('a follow-up keeps the period, and "and last week?" keeps the category', async () => {
    await core.say('asha', '₹400 groceries');
    await core.say('asha', '₹100 snacks');
    await core.say('asha', '₹70 groceries on 17 Nov');
    await core.say('asha', '₹999 fuel on 17 Nov');
    assert.match((await core.say('asha', 'summarize this week')).text, /₹500\.00 \(2 expenses\)/);
    const groceries = await core.say('asha', 'how about just groceries?');
    assert.match(groceries.text, /^Groceries this week .*: ₹400\.00 \(1 expense\)$/);
    const lastWeek = await core.say('asha', 'and last week?');
    assert.match(lastWeek.text, /^Groceries last week .*: ₹70\.00 \(1 expense\)$/);
  });

  test('a redelivered message stores one expense and repeats the first reply', async () => {
    const first = await core.handle(message('asha', '250 groceries', 'telegram:update:7'));
    const again = await core.handle(message('asha', '250 groceries', 'telegram:update:7'));
    assert.equal(again.text, first.text);
    assert.equal(again.repeated, true);
    const user = await core.store.findUser('cli', 'asha');
    assert.ok(user);
    assert.equal((await core.store.listExpenses(user.id, {})).length, 1);
  });

  test('the same message delivered twice at once still stores one expense', async () => {
    const replies = await Promise.all([
      core.handle(message('asha', '250 groceries', 'k1')),
      core.handle(message('asha', '250 groceries', 'k1')),
    ]);
    assert.equal(replies.filter((reply) => reply.repeated).length, 1);
    const user = await core.store.findUser('cli', 'asha');
    assert.equal((await core.store.listExpenses(user?.id ?? 0, {})).length, 1);
  });

  test('undo removes the latest expense within the window, and only then', async () => {
    await core.say('asha', '250 groceries');
    await core.say('asha', '40 tea');
    const undone = await core.say('asha', 'undo');
    assert.equal(undone.kind, 'expense_undone');
    assert.match(undone.text, /#2 · ₹40\.00 tea/);
    core.clock.advanceMinutes(61);
    const late = await core.say('asha', 'undo');
    assert.equal(late.kind, 'not_found');
    assert.match(late.text, /last 60 minutes/);
    assert.match((await core.say('asha', 'summary')).text, /₹250\.00 \(1 expense\)/);
  });

  test('an Undo button names its expense, so an old button never removes a newer one', async () => {
    await core.say('asha', '250 groceries');
    await core.say('asha', '40 tea');
    const undone = await core.say('asha', 'undo #1');
    assert.match(undone.text, /#1 · ₹250\.00 groceries/);
    const twice = await core.say('asha', 'undo #1');
    assert.equal(twice.kind, 'not_found');
    assert.match((await core.say('asha', 'list')).text, /#2 · ₹40\.00 tea/);
  });

  test('one user can never see, change or remove another user’s expenses', async () => {
    await core.say('asha', '900 rent');
    const ravi = await core.say('ravi', 'summarize my expenses for this week');
    assert.match(ravi.text, /No expenses/);
    assert.equal((await core.say('ravi', 'delete 1')).kind, 'not_found');
    assert.equal((await core.say('ravi', 'edit 1 5')).kind, 'not_found');
    assert.match((await core.say('ravi', 'list')).text, /No expenses/);
    assert.match((await core.say('asha', 'list')).text, /#1 · ₹900\.00 rent/);
  });

  test('bad amounts get a friendly reply and store nothing', async () => {
    for (const text of ['0 groceries', '₹10.505 groceries', '99999999999 groceries', '250 XYZ groceries']) {
      const reply = await core.say('asha', text);
      assert.equal(reply.kind, 'invalid', text);
    }
    const user = await core.store.findUser('cli', 'asha');
    assert.equal((await core.store.listExpenses(user?.id ?? 0, {})).length, 0);
  });

  test('an expense is dated by the user’s own calendar, east or west of UTC', async () => {
    core.clock.set('2026-11-24T20:00:00Z'); // 25 Nov 01:30 in Kolkata, 24 Nov 12:00 in Los Angeles
    await core.say('asha', '100 chai');
    await core.say('lee', 'set timezone America/Los_Angeles');
    await core.say('lee', '$5 coffee');
    const asha = await core.store.findUser('cli', 'asha');
    const lee = await core.store.findUser('cli', 'lee');
    assert.equal((await core.store.listExpenses(asha?.id ?? 0, {}))[0]?.spentOn, '2026-11-25');
    assert.equal((await core.store.listExpenses(lee?.id ?? 0, {}))[0]?.spentOn, '2026-11-24');
  });

  test('edit changes an expense and list shows it', async () => {
    await core.say('asha', '250 groceries');
    const edited = await core.say('asha', 'edit 1 300');
    assert.equal(edited.kind, 'expense_edited');
    assert.match(edited.text, /#1 · ₹300\.00 groceries/);
    assert.match((await core.say('asha', 'summary')).text, /₹300\.00/);
  });

  test('messages, replies and expense events are kept in the thread in order', async () => {
    await core.say('asha', '250 groceries');
    const user = await core.store.findUser('cli', 'asha');
    const thread = await core.store.getThread(user?.id ?? 0);
    const messages = await core.store.recentThreadMessages(thread.id, 10);
    assert.deepEqual(
      messages.map((entry) => entry.role),
      ['user', 'event', 'assistant'],
    );
    assert.equal(messages[0]?.content, '250 groceries');
    assert.match(messages[1]?.content ?? '', /expense #1 added: ₹250\.00 groceries on 2026-11-25/);
  });

  test('text that is not understood gets the help with examples', async () => {
    const reply = await core.say('asha', 'tell me a joke');
    assert.equal(reply.kind, 'not_understood');
    assert.match(reply.text, /250 groceries/);
  });
});

describe('when storage fails mid-message', () => {
  test('nothing is half-written and the same message can be retried', async () => {
    let failing = true;
    const failOnThreadWrite = (store: LedgerStore): LedgerStore => {
      const wrap = (inner: LedgerStore): LedgerStore =>
        Object.assign(Object.create(inner) as LedgerStore, {
          transaction: <T>(work: (tx: LedgerStore) => Promise<T>) => inner.transaction((tx) => work(wrap(tx))),
          appendThreadMessages: async (...args: Parameters<LedgerStore['appendThreadMessages']>) => {
            if (failing) throw new Error('disk full');
            return inner.appendThreadMessages(...args);
          },
        });
      return wrap(store);
    };
    const core = await createCoreHarness(undefined, undefined, failOnThreadWrite);
    try {
      await assert.rejects(core.handle(message('asha', '250 groceries', 'k1')), /disk full/);
      const user = await core.store.findUser('cli', 'asha');
      assert.equal((await core.store.listExpenses(user?.id ?? 0, {})).length, 0);
      failing = false;
      const retried = await core.handle(message('asha', '250 groceries', 'k1'));
      assert.equal(retried.kind, 'expense_added');
      assert.equal((await core.store.listExpenses(user?.id ?? 0, {})).length, 1);
    } finally {
      await core.close();
    }
  });
});
