/** The expense table: filters, one page of rows each editable in place, delete with an undo notice, pages. */
import type { Expense } from '../../core/domain/expense.ts';
import type { User } from '../../core/domain/user.ts';
import { formatDay } from '../../core/format/date-label.ts';
import { formatMoney, minorToDecimal } from '../../core/money/money.ts';
import { type Html, html } from '../html.ts';

export interface ExpenseFilters {
  readonly from: string;
  readonly to: string;
  readonly category: string;
  readonly text: string;
}

export type ExpenseNotice =
  | { readonly kind: 'deleted'; readonly number: number }
  | { readonly kind: 'restored'; readonly number: number }
  | { readonly kind: 'edited'; readonly number: number }
  | { readonly kind: 'error'; readonly message: string };

export interface ExpensesView {
  readonly user: User;
  readonly today: string;
  readonly csrfToken: string;
  readonly filters: ExpenseFilters;
  readonly categories: ReadonlyArray<string>;
  readonly expenses: ReadonlyArray<Expense>;
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** This page's own address, where a form sends the browser back. */
  readonly returnTo: string;
  readonly notice?: ExpenseNotice;
}

export function expensesMain(view: ExpensesView): Html {
  const pages = Math.max(1, Math.ceil(view.total / view.pageSize));
  return html`<h1>Expenses</h1>
${filterForm(view)}
${noticeOf(view)}
<p class="count" id="expense-count">${view.total} expense${view.total === 1 ? '' : 's'}${pages > 1 ? `, page ${view.page} of ${pages}` : ''}</p>
${
  view.expenses.length === 0
    ? html`<p class="empty">No expenses match.</p>`
    : html`<div class="table-scroll"><table class="expenses">
<caption class="visually-hidden">Your expenses, newest first</caption>
<thead><tr><th scope="col">#</th><th scope="col">Date</th><th scope="col">Category</th><th scope="col">Note</th><th scope="col" class="num">Amount</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
<tbody>${view.expenses.map((expense) => expenseRow(view, expense))}</tbody>
</table></div>`
}
${pager(view, pages)}`;
}

function filterForm(view: ExpensesView): Html {
  const { filters } = view;
  return html`<form method="get" action="/dashboard/expenses" class="filters" role="search" aria-label="Filter expenses">
  <label>From <input type="date" name="from" value="${filters.from}"></label>
  <label>To <input type="date" name="to" value="${filters.to}"></label>
  <label>Category <select name="category">
    <option value="">All</option>
    ${view.categories.map((category) => html`<option value="${category}"${category.toLowerCase() === filters.category.toLowerCase() && filters.category !== '' ? html` selected` : ''}>${category}</option>`)}
  </select></label>
  <label>Text <input type="search" name="q" value="${filters.text}" maxlength="100"></label>
  <button type="submit">Filter</button>
</form>`;
}

function noticeOf(view: ExpensesView): Html | string {
  const notice = view.notice;
  if (!notice) return '';
  if (notice.kind === 'error') return html`<p class="notice error" role="alert">${notice.message}</p>`;
  if (notice.kind === 'deleted') {
    return html`<div class="notice" role="status">Deleted #${notice.number}.
<form method="post" action="/dashboard/expenses/${notice.number}/restore" class="inline">
  <input type="hidden" name="_csrf" value="${view.csrfToken}">
  <input type="hidden" name="return" value="${view.returnTo}">
  <button type="submit" class="primary">Undo</button>
</form></div>`;
  }
  return html`<p class="notice" role="status">${notice.kind === 'edited' ? 'Saved' : 'Restored'} #${notice.number}.</p>`;
}

function expenseRow(view: ExpensesView, expense: Expense): Html {
  const { user, today, csrfToken, returnTo } = view;
  const n = expense.number;
  return html`<tr id="expense-${n}">
<td>${n}</td>
<td><time datetime="${expense.spentOn}">${formatDay(expense.spentOn, user.locale, today)}</time></td>
<td class="category">${expense.category}</td>
<td class="note">${expense.note ?? ''}</td>
<td class="num amount">${formatMoney(expense.amount, user.locale)}</td>
<td class="actions">
<details class="edit">
  <summary>Edit<span class="visually-hidden"> #${n}</span></summary>
  <form method="post" action="/dashboard/expenses/${n}/edit" class="edit-form">
    <input type="hidden" name="_csrf" value="${csrfToken}">
    <input type="hidden" name="return" value="${returnTo}">
    <label>Amount <input name="amount" inputmode="decimal" required value="${minorToDecimal(expense.amount.minor, expense.amount.currency)}"></label>
    <label>Currency <input name="currency" required maxlength="3" size="4" value="${expense.amount.currency}"></label>
    <label>Category <input name="category" required maxlength="60" value="${expense.category}"></label>
    <label>Date <input type="date" name="spent_on" required value="${expense.spentOn}"></label>
    <label>Note <input name="note" maxlength="200" value="${expense.note ?? ''}"></label>
    <button type="submit" class="primary">Save #${n}</button>
  </form>
</details>
<form method="post" action="/dashboard/expenses/${n}/delete" class="inline">
  <input type="hidden" name="_csrf" value="${csrfToken}">
  <input type="hidden" name="return" value="${returnTo}">
  <button type="submit" class="danger">Delete<span class="visually-hidden"> #${n}</span></button>
</form>
</td>
</tr>`;
}

function pager(view: ExpensesView, pages: number): Html | string {
  if (pages <= 1) return '';
  const link = (page: number) => {
    const query = new URLSearchParams();
    if (view.filters.from) query.set('from', view.filters.from);
    if (view.filters.to) query.set('to', view.filters.to);
    if (view.filters.category) query.set('category', view.filters.category);
    if (view.filters.text) query.set('q', view.filters.text);
    query.set('page', String(page));
    return `/dashboard/expenses?${query}`;
  };
  return html`<nav class="pager" aria-label="Pages">
${view.page > 1 ? html`<a href="${link(view.page - 1)}" rel="prev">Previous page</a>` : ''}
<span>Page ${view.page} of ${pages}</span>
${view.page < pages ? html`<a href="${link(view.page + 1)}" rel="next">Next page</a>` : ''}
</nav>`;
}
