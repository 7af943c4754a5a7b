/** What the store suites share: a fresh database, migrated before the first test and dropped after the last, and users. */
import { after, before } from 'node:test';
import type { NewUser, User } from '../../src/core/domain/user.ts';
import type { LedgerStore } from '../../src/core/ports/ledger-store.ts';
import { createLedgerStore } from '../../src/storage/kysely-ledger-store.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import type { FreshDatabase } from './ledger-store.suite.ts';

/** Call inside the suite's `describe`: `opened` gets the store before the first test. */
export function openStoreForSuite(openFresh: () => Promise<FreshDatabase>, opened: (store: LedgerStore) => void): void {
  let fresh: FreshDatabase | undefined;
  before(async () => {
    fresh = await openFresh();
    await migrateToLatest(fresh.database.db);
    opened(createLedgerStore(fresh.database.db, fresh.database.dialect));
  });
  after(() => fresh?.drop());
}

/** Makes a new Telegram user per call (`${prefix}1`, `${prefix}2`, …): Kolkata and INR unless `defaults` say otherwise. */
export function userFactory(
  store: () => LedgerStore,
  prefix: string,
  defaults: Partial<NewUser> = {},
): (changes?: Partial<NewUser>) => Promise<User> {
  let sequence = 0;
  return (changes = {}) =>
    store().createUser({
      platform: 'telegram',
      platformUserId: `${prefix}${++sequence}`,
      displayName: null,
      timeZone: 'Asia/Kolkata',
      currency: 'INR',
      locale: 'en-IN',
      weekStart: 1,
      digestEnabled: true,
      ...defaults,
      ...changes,
    });
}
