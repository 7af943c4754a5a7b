/** The web dashboard's parts from the app: its store over the app's database, and the features it shows. */

import type { LedgerStore } from '../core/ports/ledger-store.ts';
import { readExpenseExport } from '../core/reports/build-expense-export.ts';
import { buildMonthReport } from '../core/reports/build-month-report.ts';
import type { Clock } from '../core/time/clock.ts';
import { createReportRenderer } from '../reports/create-report-renderer.ts';
import { createDashboardStore } from '../storage/web/kysely-dashboard-store.ts';
import type { DashboardDeps, DownloadFormat } from '../web/dashboard-deps.ts';
import type { App } from './app-parts.ts';

export function dashboardDeps(app: App, publicUrl: string): DashboardDeps {
  return {
    store: app.store,
    dashboardStore: createDashboardStore(app.database.db, app.database.dialect),
    clock: app.clock,
    settings: app.settings,
    publicUrl,
    telegramBotToken: app.config.TELEGRAM_BOT_TOKEN,
    log: app.log.child({ component: 'dashboard' }),
    downloads: reportDownloads(app.store, app.clock),
  };
}

/** The chat's own files: the period's expenses as a workbook, and the month report of the month it starts in. */
export function reportDownloads(store: LedgerStore, clock: Clock): DownloadFormat[] {
  const renderer = createReportRenderer(clock);
  const asBody = (file: { bytes: Uint8Array; mimeType: string }) => ({
    body: Buffer.from(file.bytes),
    contentType: file.mimeType,
  });
  return [
    {
      extension: 'xlsx',
      label: 'Excel workbook (XLSX)',
      build: async (user, period) =>
        asBody(await renderer.expenses(await readExpenseExport(store, user, period), 'xlsx')),
    },
    {
      extension: 'pdf',
      label: 'Month report (PDF) of the month the period starts in',
      build: async (user, period) =>
        asBody(
          await renderer.monthReport(
            await buildMonthReport(store, user, period.from.slice(0, 7), clock.now().toISOString()),
            'pdf',
          ),
        ),
    },
  ];
}
