/** `finbot dashboard-link --user NAME`: a single-use link that signs NAME in to the web dashboard for 15 minutes. */
import type { LedgerStore } from '../core/ports/ledger-store.ts';
import type { CoreSettings } from '../core/service/core-deps.ts';
import { issueLoginLink, loginLinkMinutes } from '../core/service/login-link.ts';
import type { Clock } from '../core/time/clock.ts';
import { CliError, findCliUser } from './find-cli-user.ts';

export interface DashboardLinkDeps {
  readonly store: LedgerStore;
  readonly clock: Clock;
  readonly settings: CoreSettings;
}

export async function dashboardLinkCommand(
  deps: DashboardLinkDeps,
  options: { readonly user: string },
): Promise<string> {
  const base = deps.settings.dashboardUrl;
  if (!base)
    throw new CliError('The dashboard is off: set PUBLIC_URL (e.g. https://finbot.example.com) to turn it on.');
  const user = await findCliUser(deps.store, options.user);
  const link = await issueLoginLink(deps.store, user.id, deps.clock.now().toISOString(), base);
  return `${link.url}\nSigns ${options.user} in once, within ${loginLinkMinutes} minutes (until ${link.expiresAt}).`;
}
