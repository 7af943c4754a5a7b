/** Downloads: the expenses of a period as CSV, and the other formats finbot has (XLSX, PDF) when it has them. */
import type { DownloadFormat } from '../dashboard-deps.ts';
import { type Html, html } from '../html.ts';

export interface DownloadsView {
  readonly from: string;
  readonly to: string;
  readonly formats: ReadonlyArray<DownloadFormat>;
  readonly error?: string;
}

export function downloadsMain(view: DownloadsView): Html {
  const buttons = [
    html`<button type="submit" name="format" value="csv" class="primary">Download CSV</button>`,
    ...view.formats.map(
      (format) =>
        html`<button type="submit" name="format" value="${format.extension}">Download ${format.label}</button>`,
    ),
  ];
  return html`<h1>Downloads</h1>
${view.error ? html`<p class="notice error" role="alert">${view.error}</p>` : ''}
<form method="get" action="/dashboard/downloads/file" class="download-form">
  <fieldset>
    <legend>Expenses from a period</legend>
    <label>From <input type="date" name="from" value="${view.from}" required></label>
    <label>To <input type="date" name="to" value="${view.to}" required></label>
  </fieldset>
  <div class="buttons">${buttons}</div>
</form>
<p class="hint">CSV has one row per expense: number, date, amount, currency, amount in minor units, category, note.</p>`;
}
