/** What the dashboard needs from the composition root: the stores, the clock, the core's settings, where it is served. */
import type { User } from '../core/domain/user.ts';
import type { DashboardStore } from '../core/ports/dashboard-store.ts';
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import type { CoreSettings } from '../core/service/core-deps.ts';
import type { Clock } from '../core/time/clock.ts';
import type { Period } from '../core/time/period.ts';
import type { Logger } from '../infra/logger.ts';

/** One budget's state for the overview, as the budgets feature reports it (amounts already formatted). */
export interface BudgetProgressView {
  readonly label: string;
  readonly spent: string;
  readonly limit: string;
  /** Spent as a whole percentage of the limit (may pass 100). */
  readonly percent: number;
  /** "this month", "this week": the budget's own period. */
  readonly periodLabel: string;
}

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
  /** Budgets' progress for the overview, once budgets exist; without it the overview has no budgets section. */
  readonly budgetProgress?: (user: User, today: string) => Promise<ReadonlyArray<BudgetProgressView>>;
  /** Downloads beside CSV. */
  readonly downloads?: ReadonlyArray<DownloadFormat>;
}
