/** What the core's services need from outside: storage, time, defaults. Built once by the composition root. */
import type { UserSettings } from '../domain/user.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { Clock } from '../time/clock.ts';

export interface CoreSettings {
  /** Settings a new user starts with. */
  readonly defaults: UserSettings;
  /** Largest accepted expense, in major units. */
  readonly maxAmountMajor: number;
  /** How far back a plain "undo" reaches. */
  readonly undoWindowMinutes: number;
}

export interface CoreDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly settings: CoreSettings;
}
