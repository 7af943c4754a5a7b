/** Enters a fixed ledger for one user straight through the store, so question tests ask against known figures. */
import assert from 'node:assert/strict';
import type { CoreHarness } from './core-harness.ts';

/** spent on, category, amount in minor units, ISO currency, note. */
export type LedgerRow = readonly [string, string, number, string, string | null];

/** Creates `user` (through a first message) and inserts `rows` in order, so #1 is the first row; returns the user's id. */
export async function seedLedger(
  core: CoreHarness,
  user: string,
  rows: ReadonlyArray<LedgerRow>,
  createdAt: string,
  keyPrefix: string,
): Promise<number> {
  await core.say(user, 'help');
  const owner = await core.store.findUser('cli', user);
  assert.ok(owner);
  for (const [index, [spentOn, category, minor, currency, note]] of rows.entries()) {
    await core.store.insertExpense({
      userId: owner.id,
      amount: { minor, currency },
      category,
      note,
      spentOn,
      sourceKey: `${keyPrefix}:${index + 1}`,
      createdAt,
    });
  }
  return owner.id;
}
