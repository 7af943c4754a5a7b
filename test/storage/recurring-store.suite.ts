/**
 * The RecurringStore contract with the core's recording on top, registered once per database: rules per user,
 * the due page, the (rule, date) key, concurrent ticks, and the claim on each occurrence's message.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NewRecurringRule } from '../../src/core/domain/recurring-rule.ts';
import type { User } from '../../src/core/domain/user.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { recordDueOccurrences } from '../../src/core/recurring/record-due-occurrences.ts';
import type { FreshDatabase } from './ledger-store.suite.ts';
import { openStoreForSuite, userFactory } from './store-suite-fixture.ts';

const createdAt = '2030-01-02T10:00:00.000Z';

/** Registers the suite under `name`; `openFresh` is called once, before the first test. */
export function recurringStoreSuite(name: string, openFresh: () => Promise<FreshDatabase>): void {
  describe(`${name}: recurring expenses`, () => {
    let store: LedgerStore;
    let sequence = 0;
    openStoreForSuite(openFresh, (opened) => {
      store = opened;
    });

    const newUser = userFactory(() => store, 'recurring-');
    const newRule = (user: User, changes: Partial<NewRecurringRule> = {}): NewRecurringRule => ({
      userId: user.id,
      amount: { minor: 1_500_000, currency: 'INR' },
      category: 'rent',
      note: null,
      cadence: 'monthly',
      day: 31,
      startsOn: '2030-01-02',
      nextOn: '2030-01-31',
      sourceKey: `rule-${++sequence}`,
      createdAt,
      ...changes,
    });

    test('a rule is saved once per source key, read back exactly, and seen only by its user', async () => {
      const asha = await newUser();
      const ravi = await newUser();
      const wanted = newRule(asha, { amount: { minor: 9_007_199_254_740, currency: 'INR' }, note: 'flat 4B' });
      const first = await store.saveRecurringRule(wanted);
      const again = await store.saveRecurringRule(wanted);
      assert.deepEqual(again, first);
      assert.deepEqual(first, {
        id: first.id,
        userId: asha.id,
        amount: { minor: 9_007_199_254_740, currency: 'INR' },
        category: 'rent',
        note: 'flat 4B',
        cadence: 'monthly',
        day: 31,
        startsOn: '2030-01-02',
        nextOn: '2030-01-31',
        active: true,
        createdAt,
      });
      assert.deepEqual(await store.listRecurringRules(asha.id), [first]);
      assert.deepEqual(await store.listRecurringRules(ravi.id), []);
      assert.equal(await store.stopRecurringRules(ravi.id, [first.id], createdAt), 0);
      assert.equal(await store.stopRecurringRules(asha.id, [first.id], createdAt), 1);
      assert.equal(await store.stopRecurringRules(asha.id, [first.id], createdAt), 0);
      assert.deepEqual(await store.listRecurringRules(asha.id), []);
    });

    test('the due page holds active rules up to the horizon, in id order, page by page', async () => {
      const user = await newUser();
      const due = await store.saveRecurringRule(newRule(user, { nextOn: '2031-05-01' }));
      const later = await store.saveRecurringRule(newRule(user, { nextOn: '2031-05-03' }));
      const stopped = await store.saveRecurringRule(newRule(user, { nextOn: '2031-05-01' }));
      await store.stopRecurringRules(user.id, [stopped.id], createdAt);
      const ids = async (afterId: number, limit: number) =>
        (await store.dueRuleCandidates({ horizon: '2031-05-02', afterId, limit }))
          .filter((candidate) => candidate.rule.userId === user.id)
          .map((candidate) => candidate.rule.id);
      assert.deepEqual(await ids(0, 1000), [due.id]);
      assert.deepEqual(await ids(due.id, 1000), []);
      assert.ok(!(await ids(0, 1000)).includes(later.id));
      const [candidate] = await store.dueRuleCandidates({ horizon: '2031-05-02', afterId: due.id - 1, limit: 1 });
      assert.equal(candidate?.rule.id, due.id);
      assert.equal(candidate?.timeZone, 'Asia/Kolkata');
    });

    test('one rule and date is recorded once: a second recording fails on the key and leaves no expense behind', async () => {
      const user = await newUser();
      const rule = await store.saveRecurringRule(newRule(user));
      const occurrence = (sourceKey: string) => ({
        ruleId: rule.id,
        occursOn: '2030-01-31',
        notice: 'pending' as const,
        createdAt,
        noticeFrom: createdAt,
        expense: {
          userId: user.id,
          amount: rule.amount,
          category: rule.category,
          note: null,
          spentOn: '2030-01-31',
          sourceKey,
          createdAt,
        },
      });
      const recorded = await store.transaction((trx) => trx.recordOccurrence(occurrence('first')));
      assert.equal(recorded.ruleId, rule.id);
      assert.equal(recorded.occursOn, '2030-01-31');
      assert.deepEqual(
        [recorded.expense.number, recorded.expense.spentOn, recorded.expense.amount, recorded.expense.sourceKey],
        [1, '2030-01-31', rule.amount, 'first'],
      );
      await assert.rejects(store.transaction((trx) => trx.recordOccurrence(occurrence('second'))));
      assert.deepEqual(
        (await store.listExpenses(user.id, {})).map((expense) => expense.sourceKey),
        ['first'],
      );
      // Its next date was never moved past that day: the scheduler would keep failing on the key, so it ends here.
      await store.stopRecurringRules(user.id, [rule.id], createdAt);
    });

    test('eight ticks at once over a month end record each occurrence once, dated Jan 31, Feb 28, Mar 31', async () => {
      const user = await newUser();
      await store.saveRecurringRule(newRule(user));
      const now = new Date('2030-04-01T05:00:00Z');
      const reports = await Promise.all(
        Array.from({ length: 8 }, () => recordDueOccurrences({ store, pageSize: 3 }, now)),
      );
      assert.equal(
        reports.reduce((sum, report) => sum + report.failed, 0),
        0,
      );
      const expenses = await store.listExpenses(user.id, {});
      assert.deepEqual(expenses.map((expense) => expense.spentOn).sort(), ['2030-01-31', '2030-02-28', '2030-03-31']);
      const [rule] = await store.listRecurringRules(user.id);
      assert.equal(rule?.nextOn, '2030-04-30');
    });

    test('a message is claimed by one attempt, settled by its token only, and taken over once stale', async () => {
      const user = await newUser({ platform: 'slack', platformUserId: `T1:U${++sequence}` });
      await store.saveRecurringRule(newRule(user, { nextOn: '2030-01-31' }));
      await recordDueOccurrences({ store }, new Date('2030-02-01T05:00:00Z'));
      const now = '2030-02-01T05:00:00.000Z';
      const pending = (at = now, platforms: ReadonlyArray<'slack' | 'telegram'> = ['slack']) =>
        store
          .pendingNotices({ now: at, staleSendingMs: 60_000, platforms, limit: 1000 })
          .then((all) => all.filter((notice) => notice.userId === user.id));
      assert.deepEqual(await pending(now, ['telegram']), []);
      const [notice] = await pending();
      assert.ok(notice);
      assert.equal(notice.occursOn, '2030-01-31');
      assert.equal(notice.platformUserId, user.platformUserId);
      assert.equal(notice.rule.nextOn, '2030-02-28');
      const claims = await Promise.all(
        ['a', 'b', 'c'].map((token) => store.claimNotice(notice.occurrenceId, token, now, 60_000)),
      );
      assert.equal(claims.filter(Boolean).length, 1);
      assert.deepEqual(await pending(), []);
      // A minute later the claim is stale: its holder is taken to be dead, and the message is tried again.
      const later = '2030-02-01T05:01:30.000Z';
      assert.equal((await pending(later)).length, 1);
      assert.equal(await store.claimNotice(notice.occurrenceId, 'd', later, 60_000), true);
      await store.settleNotice(notice.occurrenceId, 'a', { status: 'sent' });
      assert.equal((await pending('2030-02-01T05:03:00.000Z')).length, 1, 'an old token settles nothing');
      await store.settleNotice(notice.occurrenceId, 'd', {
        status: 'pending',
        retryAt: '2030-02-01T06:00:00.000Z',
        error: 'Bad Gateway',
      });
      assert.deepEqual(await pending('2030-02-01T05:59:59.000Z'), []);
      const [retry] = await pending('2030-02-01T06:00:00.000Z');
      assert.equal(retry?.attempts, 2);
      assert.equal(await store.claimNotice(notice.occurrenceId, 'e', '2030-02-01T06:00:00.000Z', 60_000), true);
      await store.settleNotice(notice.occurrenceId, 'e', { status: 'sent' });
      assert.deepEqual(await pending('2030-02-02T00:00:00.000Z'), []);
    });
  });
}
