/** The web dashboard's parts from the app: its store over the app's database, and the features it shows. */
import { createDashboardStore } from '../storage/web/kysely-dashboard-store.ts';
import type { DashboardDeps } from '../web/dashboard-deps.ts';
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
    // The XLSX and PDF downloads (downloads) join here when reports land.
  };
}
