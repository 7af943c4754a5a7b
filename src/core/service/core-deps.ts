/** What the core's services need from outside: storage, time, defaults. Built once by the composition root. */
import type { DigestChartRenderer } from '../digest/digest-chart-renderer.ts';
import type { DigestSendAt } from '../digest/digest-send-at.ts';
import type { UserSettings } from '../domain/user.ts';
import type { FileScheduler } from '../ports/file-scheduler.ts';
import type { LedgerStore } from '../ports/ledger-store.ts';
import type { RunScheduler } from '../ports/run-scheduler.ts';
import type { Clock } from '../time/clock.ts';

export interface CoreSettings {
  /** Settings a new user starts with. */
  readonly defaults: UserSettings;
  /** Largest accepted expense, in major units. */
  readonly maxAmountMajor: number;
  /** How far back a plain "undo" reaches. */
  readonly undoWindowMinutes: number;
  /** When weekly digests go out for users who did not choose a time (DIGEST_SEND_AT). */
  readonly digestSendAt: DigestSendAt;
  /** Public address of the web dashboard (PUBLIC_URL + /dashboard); without it "dashboard" says it is off. */
  readonly dashboardUrl?: string;
}

export interface CoreDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly settings: CoreSettings;
  /** Present when a model is configured: questions the core cannot answer become runs. */
  readonly runScheduler?: RunScheduler;
  /** Makes and sends requested files (exports, reports); without it they wait for the file sweep. */
  readonly fileScheduler?: FileScheduler;
  /** Draws the chart of a "digest now" for adapters that show charts; without it the digest is text only. */
  readonly digestChart?: DigestChartRenderer;
  /**
   * Told about failures that must not fail the message (the queue was unreachable and the sweep retries; a chart
   * could not be drawn and the digest went as text).
   */
  readonly onError?: (error: unknown) => void;
}
