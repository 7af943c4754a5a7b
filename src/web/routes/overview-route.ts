/** GET /dashboard: the overview of a period (this week unless the query names another); GET /dashboard/period: choosing one. */
import { getPeriodOverview } from '../../core/stats/period-overview.ts';
import { resolvePeriod } from '../../core/time/period.ts';
import { budgetProgress } from '../budget-progress.ts';
import { html } from '../html.ts';
import { signedInPage } from '../pages/layout.ts';
import { overviewMain } from '../pages/overview-page.ts';
import { periodMain } from '../pages/period-page.ts';
import { readPeriod } from '../period-query.ts';
import { sendHtml } from '../web-response.ts';
import { pageFrame } from './page-frame.ts';
import type { SignedInContext } from './route-context.ts';

export async function showOverview(ctx: SignedInContext): Promise<void> {
  const { user } = ctx.signedIn;
  const chosen = readPeriod(ctx.url.searchParams, ctx.today, user.weekStart);
  if (!chosen.ok) {
    return sendHtml(
      ctx.response,
      400,
      signedInPage(
        pageFrame(
          ctx,
          'overview',
          'Overview',
          html`<h1>Overview</h1><p class="notice error" role="alert">${chosen.error}</p><p><a href="/dashboard">Back to this week</a></p>`,
        ),
      ),
    );
  }
  const overview = await getPeriodOverview(ctx.deps.store, user, chosen.value.period);
  const budgets = await budgetProgress(ctx.deps.store, user, ctx.today);
  const main = overviewMain({ user, today: ctx.today, overview, chosen: chosen.value.chosen, budgets });
  sendHtml(ctx.response, 200, signedInPage(pageFrame(ctx, 'overview', 'Overview', main)));
}

/** The date inputs, filled with the period in the query (the overview's own), or this week. */
export function showPeriodChooser(ctx: SignedInContext): void {
  const { user } = ctx.signedIn;
  const chosen = readPeriod(ctx.url.searchParams, ctx.today, user.weekStart);
  const shown = chosen.ok ? chosen.value.period : resolvePeriod({ kind: 'this_week' }, ctx.today, user.weekStart);
  const main = periodMain(shown, chosen.ok ? undefined : chosen.error);
  sendHtml(ctx.response, chosen.ok ? 200 : 400, signedInPage(pageFrame(ctx, 'overview', 'Other dates', main)));
}
