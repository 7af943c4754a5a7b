/** The downloads page and its files: CSV from the ledger, and whatever other formats the deps bring (XLSX, PDF). */
import { monthEnd, monthStart } from '../../core/time/calendar-date.ts';
import { expensesCsv } from '../../reports/expenses-csv.ts';
import { downloadsMain } from '../pages/downloads-page.ts';
import { signedInPage } from '../pages/layout.ts';
import { readPeriod } from '../period-query.ts';
import { sendBody, sendHtml } from '../web-response.ts';
import { pageFrame } from './page-frame.ts';
import type { SignedInContext } from './route-context.ts';

export function showDownloads(ctx: SignedInContext, status = 200, error?: string): void {
  const main = downloadsMain({
    from: monthStart(ctx.today),
    to: monthEnd(ctx.today),
    formats: ctx.deps.downloads ?? [],
    ...(error ? { error } : {}),
  });
  sendHtml(ctx.response, status, signedInPage(pageFrame(ctx, 'downloads', 'Downloads', main)));
}

export async function sendDownload(ctx: SignedInContext): Promise<void> {
  const { user } = ctx.signedIn;
  const chosen = readPeriod(ctx.url.searchParams, ctx.today, user.weekStart, 'month');
  if (!chosen.ok) return showDownloads(ctx, 400, chosen.error);
  const { period } = chosen.value;
  const format = ctx.url.searchParams.get('format') ?? 'csv';
  const fileName = `finbot-expenses-${period.from}-to-${period.to}.${format}`;
  const disposition = `attachment; filename="${fileName}"`;
  if (format === 'csv') {
    const expenses = (await ctx.deps.store.listExpenses(user.id, { from: period.from, to: period.to })).reverse();
    return sendBody(ctx.response, 200, `${expensesCsv(expenses)}\n`, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': disposition,
      'cache-control': 'no-store',
    });
  }
  const other = ctx.deps.downloads?.find((candidate) => candidate.extension === format);
  if (!other) return showDownloads(ctx, 400, `There is no "${format}" download here.`);
  const file = await other.build(user, period);
  sendBody(ctx.response, 200, file.body, {
    'content-type': file.contentType,
    'content-disposition': disposition,
    'cache-control': 'no-store',
  });
}
