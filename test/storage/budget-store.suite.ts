/**
 * The BudgetStore contract with the core's budget status and alerts on top, registered once per database: one live
 * budget per category and currency, sums within the user's week or month, and each alert recorded exactly once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BudgetWindows } from '../../src/core/budgets/budget.ts';
import { budgetStatuses } from '../../src/core/budgets/budget-status.ts';
import { checkBudgetAlerts, recordedBudgetAlerts } from '../../src/core/budgets/check-budget-alerts.ts';
import type { NewExpense } from '../../src/core/domain/expense.ts';
import type { User } from '../../src/core/domain/user.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import type { FreshDatabase } from './ledger-store.suite.ts';
import { openStoreForSuite, userFactory } from './store-suite-fixture.ts';

const now = '2026-12-04T06:30:00.000Z';
/** Friday 4 December 2026: the week from Monday 30 November, the month of December. */
const today = '2026-12-04';
const windows: BudgetWindows = {
  week: { from: '2026-11-30', to: '2026-12-06' },
  month: { from: '2026-12-01', to: '2026-12-31' },
};

/** Registers the suite under `name`; `openFresh` is called once, before the first test. */
export function budgetStoreSuite(name: string, openFresh: () => Promise<FreshDatabase>): void {
  describe(`${name}: budgets`, () => {
    let store: LedgerStore;
    let keySequence = 0;
    openStoreForSuite(openFresh, (opened) => {
      store = opened;
    });

    const newUser = userFactory(() => store, 'budget-');
    const expense = (user: User, changes: Partial<NewExpense> = {}): NewExpense => ({
      userId: user.id,
      amount: { minor: 100_00, currency: 'INR' },
      category: 'groceries',
      note: null,
      spentOn: today,
      sourceKey: `budget-source:${++keySequence}`,
      createdAt: now,
      ...changes,
    });
    const setBudget = (
      user: User,
      category: string | null,
      minor: number,
      period: 'week' | 'month',
      currency = 'INR',
    ) => store.setBudget({ userId: user.id, category, amount: { minor, currency }, period, createdAt: now });

    test('a set budget is listed; the same again changes nothing; another amount replaces it', async () => {
      const user = await newUser();
      const first = await setBudget(user, 'Groceries', 5000_00, 'month');
      assert.equal(first.unchanged, false);
      assert.equal(first.replaced, undefined);
      assert.deepEqual(first.budget.amount, { minor: 5000_00, currency: 'INR' });
      const again = await setBudget(user, 'groceries', 5000_00, 'month');
      assert.equal(again.unchanged, true);
      assert.equal(again.budget.id, first.budget.id);
      const replaced = await setBudget(user, 'groceries', 1500_00, 'week');
      assert.equal(replaced.unchanged, false);
      assert.equal(replaced.replaced?.id, first.budget.id);
      assert.notEqual(replaced.budget.id, first.budget.id);
      const listed = await store.listBudgets(user.id);
      assert.deepEqual(
        listed.map((budget) => [budget.category, budget.amount.minor, budget.period]),
        [['groceries', 1500_00, 'week']],
      );
    });

    test('budgets are per currency and per category; overall comes first; another user sees none', async () => {
      const user = await newUser();
      await setBudget(user, 'transport', 1500_00, 'week');
      await setBudget(user, null, 20000_00, 'month');
      await setBudget(user, 'transport', 40_00, 'week', 'USD');
      const listed = await store.listBudgets(user.id);
      assert.deepEqual(
        listed.map((budget) => [budget.category, budget.amount.currency]),
        [
          [null, 'INR'],
          ['transport', 'INR'],
          ['transport', 'USD'],
        ],
      );
      const other = await newUser();
      assert.deepEqual(await store.listBudgets(other.id), []);
      assert.deepEqual(await store.removeBudgets(other.id, 'transport', now), []);
    });

    test('removing a category removes it in every currency and leaves the rest', async () => {
      const user = await newUser();
      await setBudget(user, null, 20000_00, 'month');
      await setBudget(user, 'transport', 1500_00, 'week');
      await setBudget(user, 'Transport', 40_00, 'week', 'USD');
      const removed = await store.removeBudgets(user.id, 'TRANSPORT', now);
      assert.deepEqual(removed.map((budget) => budget.amount.currency).sort(), ['INR', 'USD']);
      assert.deepEqual(
        (await store.listBudgets(user.id)).map((budget) => budget.category),
        [null],
      );
      assert.equal((await store.removeBudgets(user.id, null, now)).length, 1);
      assert.deepEqual(await store.listBudgets(user.id), []);
      assert.deepEqual(await store.removeBudgets(user.id, null, now), []);
    });

    test('spending counts live expenses of the currency and category within the week or the month', async () => {
      const user = await newUser();
      const groceries = await setBudget(user, 'groceries', 5000_00, 'month');
      const overall = await setBudget(user, null, 20000_00, 'month');
      const transport = await setBudget(user, 'transport', 1500_00, 'week');
      await store.insertExpense(expense(user, { amount: { minor: 1200_00, currency: 'INR' } }));
      await store.insertExpense(expense(user, { amount: { minor: 300_50, currency: 'INR' }, spentOn: '2026-12-01' }));
      // Last month, another currency, another user, a deleted one: none count.
      await store.insertExpense(expense(user, { spentOn: '2026-11-30' }));
      await store.insertExpense(expense(user, { amount: { minor: 9_99, currency: 'USD' } }));
      const other = await newUser();
      await store.insertExpense(expense(other));
      const gone = await store.insertExpense(expense(user));
      await store.deleteExpense(user.id, gone.number, now);
      // Transport: 30 Nov is in this week (from Monday), 29 Nov is not.
      await store.insertExpense(expense(user, { category: 'Transport', spentOn: '2026-11-30' }));
      await store.insertExpense(expense(user, { category: 'transport', spentOn: '2026-11-29' }));

      const spent = new Map(
        (await store.sumBudgetSpending(user.id, windows)).map((row) => [row.budgetId, row.spentMinor]),
      );
      assert.equal(spent.get(groceries.budget.id), 1500_50);
      assert.equal(spent.get(overall.budget.id), 1500_50);
      assert.equal(spent.get(transport.budget.id), 100_00);
    });

    test('a budget with nothing spent stands at zero, with the days left in its period', async () => {
      const user = await newUser({ weekStart: 7 });
      await setBudget(user, 'fuel', 1000_00, 'week');
      const [status] = await budgetStatuses(store, user, today);
      assert.ok(status);
      // Weeks starting on Sunday: 29 Nov to 5 Dec; Friday the 4th leaves the 4th and the 5th.
      assert.deepEqual(status.period, { from: '2026-11-29', to: '2026-12-05' });
      assert.deepEqual(status.spent, { minor: 0, currency: 'INR' });
      assert.deepEqual(status.remaining, { minor: 1000_00, currency: 'INR' });
      assert.equal(status.percent, 0);
      assert.equal(status.daysLeft, 2);
    });

    test('the budgets live at an instant: replaced and removed plans for reports of past periods', async () => {
      const user = await newUser();
      const at = (iso: string, minor: number) =>
        store.setBudget({
          userId: user.id,
          category: 'groceries',
          amount: { minor, currency: 'INR' },
          period: 'month',
          createdAt: iso,
        });
      await at('2026-10-15T10:00:00.000Z', 4000_00);
      await at('2026-11-10T10:00:00.000Z', 5000_00);
      await store.removeBudgets(user.id, 'groceries', '2026-12-02T10:00:00.000Z');
      const amounts = async (liveAt?: string) =>
        (await store.listBudgets(user.id, liveAt)).map((budget) => budget.amount.minor);
      assert.deepEqual(await amounts('2026-10-01T00:00:00.000Z'), []);
      assert.deepEqual(await amounts('2026-10-31T18:29:59.999Z'), [4000_00]);
      assert.deepEqual(await amounts('2026-11-30T18:29:59.999Z'), [5000_00]);
      assert.deepEqual(await amounts(), []);
      await store.insertExpense(expense(user, { amount: { minor: 4500_00, currency: 'INR' }, spentOn: '2026-11-20' }));
      await store.insertExpense(expense(user, { spentOn: '2026-12-01' }));
      // November as it ended (the last instant of 30 November in Kolkata): its plan, its spending.
      const [november] = await budgetStatuses(store, user, '2026-11-30', {
        liveAt: '2026-11-30T18:29:59.999Z',
        countThrough: '2026-11-30',
      });
      assert.equal(november?.budget.amount.minor, 5000_00);
      assert.deepEqual(november?.spent, { minor: 4500_00, currency: 'INR' });
      assert.equal(november?.percent, 90);
    });

    test('an alert is recorded once per budget, period and threshold', async () => {
      const user = await newUser();
      const { budget } = await setBudget(user, 'groceries', 1000_00, 'month');
      const alert = {
        budgetId: budget.id,
        periodStart: '2026-12-01',
        threshold: 80 as const,
        userId: user.id,
        sourceKey: 'first',
        text: 'alert',
        createdAt: now,
      };
      assert.equal(await store.recordBudgetAlert(alert), true);
      assert.equal(await store.recordBudgetAlert({ ...alert, sourceKey: 'second' }), false);
      assert.equal(await store.recordBudgetAlert({ ...alert, threshold: 100 }), true);
      assert.equal(await store.recordBudgetAlert({ ...alert, periodStart: '2027-01-01' }), true);
      assert.deepEqual(
        (await store.listBudgetAlertsBySource(user.id, 'first')).map((row) => [row.periodStart, row.threshold]),
        [
          ['2026-12-01', 80],
          ['2026-12-01', 100],
          ['2027-01-01', 80],
        ],
      );
      assert.deepEqual(await store.listBudgetAlertsBySource(user.id, 'second'), []);
      assert.equal((await store.listBudgetAlerts(user.id, '2027-01-01')).length, 1);
    });

    test('concurrent recorders of one alert: exactly one records it', async () => {
      const user = await newUser();
      const { budget } = await setBudget(user, 'groceries', 1000_00, 'month');
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          store.transaction((tx) =>
            tx.recordBudgetAlert({
              budgetId: budget.id,
              periodStart: '2026-12-01',
              threshold: 100,
              userId: user.id,
              sourceKey: `racer-${index}`,
              text: `racer ${index}`,
              createdAt: now,
            }),
          ),
        ),
      );
      assert.equal(outcomes.filter(Boolean).length, 1);
    });

    test('checkBudgetAlerts tells a crossing once; a retry of the same change reads it back', async () => {
      const user = await newUser();
      await setBudget(user, 'groceries', 1000_00, 'month');
      await setBudget(user, null, 100000_00, 'month');
      const crossing = await store.insertExpense(expense(user, { amount: { minor: 850_00, currency: 'INR' } }));
      const check = await checkBudgetAlerts(store, user, { expense: crossing, sourceKey: 'crossing', today, now });
      assert.deepEqual(check.standingLines, [
        'overall: ₹850.00 of ₹1,00,000.00 this month · 0 %',
        'groceries: ₹850.00 of ₹1,000.00 this month · 85 %',
      ]);
      assert.equal(check.alerts.length, 1);
      assert.match(check.alerts[0] ?? '', /85 % of your groceries budget used this month/);
      const again = await checkBudgetAlerts(store, user, { expense: crossing, sourceKey: 'crossing', today, now });
      assert.deepEqual(again.alerts, []);
      assert.deepEqual(await recordedBudgetAlerts(store, user.id, 'crossing'), check.alerts);
      // Past 100 % at once from under 80 % on another budget: one alert, the higher one.
      await setBudget(user, 'fuel', 100_00, 'week');
      const fuel = await store.insertExpense(
        expense(user, { category: 'fuel', amount: { minor: 120_00, currency: 'INR' } }),
      );
      const over = await checkBudgetAlerts(store, user, { expense: fuel, sourceKey: 'fuel', today, now });
      assert.equal(over.alerts.length, 1);
      assert.match(over.alerts[0] ?? '', /fuel budget is used up this week .*120 %.*₹20\.00 over/);
    });
  });
}
