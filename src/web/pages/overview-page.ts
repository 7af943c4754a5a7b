/** The overview: totals per currency against the period before, by-category and by-day charts with their tables, budgets. */
import type { User } from '../../core/domain/user.ts';
import { formatDay, formatPeriod } from '../../core/format/date-label.ts';
import { formatMoney } from '../../core/money/money.ts';
import type { CurrencyOverview, PeriodOverview } from '../../core/stats/period-overview.ts';
import type { BudgetProgressView } from '../budget-progress.ts';
import { categoryBars } from '../charts/category-bars.ts';
import { dayColumns } from '../charts/day-columns.ts';
import { type Html, html } from '../html.ts';
import { periodChoices } from '../period-query.ts';

export interface OverviewView {
  readonly user: User;
  readonly today: string;
  readonly overview: PeriodOverview;
  /** The period as chosen in the query (week, month, …, or range). */
  readonly chosen: string;
  /** The user's budgets (none: the section says how to set one). */
  readonly budgets: ReadonlyArray<BudgetProgressView>;
}

export function overviewMain(view: OverviewView): Html {
  const { overview, user, today } = view;
  const title = capitalize(formatPeriod(overview.period, user.locale, today));
  return html`<h1>${title}</h1>
${periodPicker(view)}
${
  overview.currencies.length === 0
    ? html`<p class="empty">Nothing spent in this period or the one before.</p>`
    : overview.currencies.map((currency) => currencySection(view, currency))
}
${budgetsSection(view.budgets)}`;
}

/**
 * The common periods as links, and "Other dates" to a page of its own: the overview carries no date inputs, whose
 * first use costs a browser most of the time the rest of the page takes to appear.
 */
function periodPicker(view: OverviewView): Html {
  const links = periodChoices.map(
    ([value, label]) =>
      html`<li><a href="/dashboard?period=${value}"${view.chosen === value ? html` aria-current="true"` : ''}>${label}</a></li>`,
  );
  const { from, to } = view.overview.period;
  return html`<nav class="period-picker" aria-label="Period">
<ul class="chips">${links}<li><a href="/dashboard/period?from=${from}&amp;to=${to}"${view.chosen === 'range' ? html` aria-current="true"` : ''}>Other dates…</a></li></ul>
</nav>`;
}

function currencySection(view: OverviewView, currency: CurrencyOverview): Html {
  const { user, today, overview } = view;
  const money = (minor: number) => formatMoney({ minor, currency: currency.currency }, user.locale);
  const id = currency.currency.toLowerCase();
  return html`<section class="currency" aria-labelledby="total-${id}">
<div class="total-card">
  <h2 id="total-${id}"><span class="visually-hidden">Total in ${currency.currency}: </span><span class="total" data-currency="${currency.currency}">${money(currency.total.minor)}</span></h2>
  <p class="count">${currency.total.count} expense${currency.total.count === 1 ? '' : 's'}</p>
  <p class="comparison">${comparison(currency, money, formatPeriod(overview.previous, user.locale, today))}</p>
</div>
<div class="charts">
  <figure class="chart">
    <figcaption>By category</figcaption>
    ${categoryBars(
      `category-chart-${id}`,
      `Spending by category, ${currency.currency}`,
      currency.byCategory.map((row) => ({ label: row.category, minor: row.minor, formatted: money(row.minor) })),
    )}
    <details><summary>Categories as a table</summary>
    ${amountTable(
      'Category',
      currency.byCategory.map((row) => [row.category, money(row.minor), row.count]),
      `category-table-${id}`,
    )}
    </details>
  </figure>
  <figure class="chart">
    <figcaption>By day</figcaption>
    ${dayColumns(
      `day-chart-${id}`,
      `Spending by day, ${currency.currency}`,
      currency.byDay.map((row) => ({ date: row.date, minor: row.minor, formatted: money(row.minor) })),
      user.locale,
      today,
    )}
    <details><summary>Days as a table</summary>
    ${amountTable(
      'Day',
      currency.byDay
        .filter((row) => row.count > 0)
        .map((row) => [formatDay(row.date, user.locale, today), money(row.minor), row.count]),
      `day-table-${id}`,
    )}
    </details>
  </figure>
</div>
</section>`;
}

/** "↑ 12 % more than last week (₹1,000.00)"; the percentage of two database totals, in whole numbers. */
function comparison(currency: CurrencyOverview, money: (minor: number) => string, previousLabel: string): Html {
  const now = currency.total.minor;
  const before = currency.previousTotal.minor;
  if (before === 0) return html`Nothing in ${previousLabel}.`;
  if (now === before) return html`The same as ${previousLabel} (${money(before)}).`;
  const percent = Math.round((Math.abs(now - before) * 100) / before);
  const more = now > before;
  return html`<span aria-hidden="true">${more ? '↑' : '↓'} </span>${percent} % ${more ? 'more' : 'less'} than ${previousLabel} (${money(before)}).`;
}

function amountTable(first: string, rows: ReadonlyArray<readonly [string, string, number]>, id: string): Html {
  return html`<table class="amounts" id="${id}">
<thead><tr><th scope="col">${first}</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Count</th></tr></thead>
<tbody>${rows.map(([name, amount, count]) => html`<tr><th scope="row">${name}</th><td class="num">${amount}</td><td class="num">${count}</td></tr>`)}</tbody>
</table>`;
}

function budgetsSection(budgets: ReadonlyArray<BudgetProgressView>): Html {
  return html`<section class="budgets" aria-labelledby="budgets-heading">
<h2 id="budgets-heading">Budgets</h2>
${
  budgets.length === 0
    ? html`<p class="empty">No budgets yet. Set one in the chat, e.g. "budget groceries 5000 monthly".</p>`
    : html`<ul class="budget-list">${budgets.map(
        (budget) => html`<li>
  <span class="budget-name">${budget.label}</span> <span class="budget-figures">${budget.spent} of ${budget.limit} ${budget.periodLabel}</span>
  <progress max="100" value="${Math.min(budget.percent, 100)}" aria-label="${budget.label}: ${budget.percent} %">${budget.percent} %</progress>
  <span class="budget-percent${budget.percent >= 100 ? ' over' : ''}">${budget.percent} %</span>
</li>`,
      )}</ul>`
}
</section>`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
