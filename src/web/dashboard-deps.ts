/** What the dashboard needs from the composition root: the stores, the clock, the core's settings, where it is served. */
import type { User } from '../core/domain/user.ts';
import type { DashboardStore } from '../core/ports/dashboard-store.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import type { CoreSettings } from '../core/service/core-deps.ts';
import type { Clock } from '../core/time/clock.ts';
import type { Period } from '../core/time/period.ts';
import type { Logger } from '../infra/logger.ts';

/** A download beside CSV (XLSX, PDF) that another feature builds; the dashboard offers it as it is. */
export interface DownloadFormat {
  /** The file extension and the path segment: "xlsx", "pdf". */
  readonly extension: string;
  readonly label: string;
  build(user: User, period: Period): Promise<{ readonly body: Buffer; readonly contentType: string }>;
}

export interface DashboardDeps {
  readonly store: LedgerStore;
  readonly dashboardStore: DashboardStore;
  readonly clock: Clock;
  readonly settings: CoreSettings;
  /** PUBLIC_URL, without a trailing slash: https there makes the cookie Secure. */
  readonly publicUrl: string;
  /** Telegram's bot token: checks Mini App initData; without it the Mini App sign-in is off. */
  readonly telegramBotToken: string | undefined;
  readonly log: Logger;
  /** Downloads beside CSV. */
  readonly downloads?: ReadonlyArray<DownloadFormat>;
}
