/** A user's November across three currencies (INR, JPY with no decimals, BHD with three), entered through the store. */
import type { User } from '../../src/core/domain/user.ts';
import { type CoreHarness, createCoreHarness } from '../support/core-harness.ts';
import { type LedgerRow, seedLedger } from '../support/seed-ledger.ts';

export const novemberRows: ReadonlyArray<LedgerRow> = [
  ['2026-11-01', 'rent', 1500000, 'INR', 'flat, November'],
  ['2026-11-03', 'groceries', 125050, 'INR', null],
  ['2026-11-03', 'tea', 4000, 'INR', '=cmd'],
  ['2026-11-10', 'groceries', 80025, 'INR', 'weekly shop'],
  ['2026-11-12', 'ramen', 1200, 'JPY', 'Tokyo'],
  ['2026-11-13', 'taxi', 3400, 'JPY', null],
  ['2026-11-20', 'hotel', 45250, 'BHD', 'Manama'],
  // Another month: never in November's files.
  ['2026-10-31', 'groceries', 99900, 'INR', null],
];

export interface ReportFixture {
  readonly core: CoreHarness;
  readonly user: User;
}

export async function createReportFixture(): Promise<ReportFixture> {
  const core = await createCoreHarness('2026-12-02T06:30:00Z');
  const id = await seedLedger(core, 'meera', novemberRows, '2026-12-01T06:30:00.000Z', 'report');
  const user = await core.store.findUserById(id);
  if (!user) throw new Error('the seeded user is missing');
  // Plans set before November: an overall one kept, groceries overspent, a weekly one for tea.
  for (const [category, minor, period] of [
    [null, 2000000, 'month'],
    ['groceries', 150000, 'month'],
    ['tea', 3000, 'week'],
  ] as const) {
    await core.store.setBudget({
      userId: id,
      category,
      amount: { minor, currency: 'INR' },
      period,
      createdAt: '2026-10-20T06:30:00.000Z',
    });
  }
  return { core, user };
}
