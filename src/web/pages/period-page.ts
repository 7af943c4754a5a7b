/** "Other dates": the first and last day of the period the overview shows, chosen with the browser's date inputs. */
import type { Period } from '../../core/time/period.ts';
import { type Html, html } from '../html.ts';
import { maxRangeDays } from '../period-query.ts';

export function periodMain(shown: Period, error?: string): Html {
  return html`<h1>Other dates</h1>
${error ? html`<p class="notice error" role="alert">${error}</p>` : ''}
<form method="get" action="/dashboard" class="range-form">
  <label>From <input type="date" name="from" value="${shown.from}" min="2000-01-01" max="2100-12-31" required></label>
  <label>To <input type="date" name="to" value="${shown.to}" min="2000-01-01" max="2100-12-31" required></label>
  <button type="submit">Show</button>
</form>
<p class="hint">Up to ${maxRangeDays} days. <a href="/dashboard">Back to this week</a></p>`;
}
