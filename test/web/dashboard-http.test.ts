/** The dashboard over HTTP, without a browser: headers, rate limits, escaping, paging, downloads and settings. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readPdfText, readWorkbook } from '../reports/read-files.ts';
import { createDashboardHarness, type DashboardHarness } from './dashboard-harness.ts';

const now = '2026-12-03T06:30:00Z';

describe('the dashboard over HTTP', () => {
  let harness: DashboardHarness;
  let cookie: string;
  let csrf: string;

  const signIn = async (user: string): Promise<string> => {
    const token = new URL(await harness.linkFor(user)).searchParams.get('token') ?? '';
    const response = await fetch(`${harness.base}/dashboard/login`, {
      method: 'POST',
      body: new URLSearchParams({ token }),
      redirect: 'manual',
    });
    assert.equal(response.status, 303);
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const get = (path: string, as = cookie) => fetch(`${harness.base}${path}`, { headers: { cookie: as } });
  const post = (path: string, fields: Record<string, string>, as = cookie) =>
    fetch(`${harness.base}${path}`, {
      method: 'POST',
      headers: { cookie: as },
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });

  before(async () => {
    harness = await createDashboardHarness(now, { signInsPerMinute: 1000 });
    const markup = async () => {
      const asha = await harness.store.findUser('cli', 'asha');
      assert.ok(asha);
      await harness.store.insertExpense({
        userId: asha.id,
        amount: { minor: 25000, currency: 'INR' },
        category: '<b>bold</b>',
        note: '<script>alert(1)</script>',
        spentOn: '2026-11-30',
        sourceKey: 'http-test:markup',
        createdAt: now,
      });
    };
    for (let day = 1; day <= 60; day++)
      await harness.say('asha', `${day} coffee on ${day <= 30 ? `${day} nov` : `${day - 30} oct`}`);
    await markup();
    cookie = await signIn('asha');
    const page = await (await get('/dashboard')).text();
    csrf = /name="csrf-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
    assert.ok(csrf);
  });
  after(() => harness.close());

  test('pages carry a strict Content-Security-Policy, no caching and no referrer to other sites; user text is escaped', async () => {
    const response = await get('/dashboard/expenses');
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers.get('referrer-policy'), 'same-origin');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const page = await response.text();
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(page.includes('&lt;b&gt;bold&lt;/b&gt;'));
    assert.ok(!page.includes('<script>alert') && !page.includes('<b>bold'));
    assert.doesNotMatch(page, /<script>[^<]/, 'no inline script');
  });

  test('"Other dates" offers the period shown in date inputs; its form opens the overview of any days, and bad days are refused', async () => {
    const lastMonth = await (await get('/dashboard?period=last-month')).text();
    assert.match(lastMonth, /href="\/dashboard\/period\?from=2026-11-01&amp;to=2026-11-30">Other dates/);
    assert.doesNotMatch(lastMonth, /type="date"/, 'the overview itself has no date inputs');
    const chooser = await get('/dashboard/period?from=2026-11-01&to=2026-11-30');
    assert.equal(chooser.status, 200);
    const form = await chooser.text();
    assert.match(form, /<form method="get" action="\/dashboard"/);
    assert.match(form, /name="from" value="2026-11-01"/);
    assert.match(form, /name="to" value="2026-11-30"/);
    // 1 + 2 + … + 30 coffees in November, and 250 on 30 Nov.
    const range = await (await get('/dashboard?from=2026-11-01&to=2026-11-30')).text();
    assert.match(range, /data-currency="INR">₹715\.00</);
    assert.match(range, /aria-current="true">Other dates/);
    const backwards = await get('/dashboard/period?from=2026-12-01&to=2026-11-01');
    assert.equal(backwards.status, 400);
    const refused = await backwards.text();
    assert.match(refused, /role="alert">The first day must not be after the last\./);
    assert.match(refused, /name="from" value="2026-11-30"/, 'the inputs fall back to this week');
  });

  test('the table pages 50 at a time, filtered by dates, category and text, with the count of all matches', async () => {
    const first = await (await get('/dashboard/expenses')).text();
    assert.match(first, /61 expenses, page 1 of 2/);
    assert.equal(first.match(/<tr id="expense-/g)?.length, 50);
    const second = await (await get('/dashboard/expenses?page=2')).text();
    assert.equal(second.match(/<tr id="expense-/g)?.length, 11);
    const october = await (await get('/dashboard/expenses?from=2026-10-01&to=2026-10-31&category=coffee')).text();
    assert.match(october, /30 expenses/);
    const text = await (await get('/dashboard/expenses?q=SCRIPT')).text();
    assert.match(text, /1 expense</);
  });

  test('a CSV download holds the period’s expenses, oldest first', async () => {
    const response = await get('/dashboard/downloads/file?from=2026-11-29&to=2026-11-30&format=csv');
    assert.equal(response.status, 200);
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /attachment; filename="finbot-expenses-2026-11-29-to-2026-11-30.csv"/,
    );
    const lines = (await response.text()).trim().split('\n');
    assert.equal(lines[0], 'number,spent_on,amount,currency,amount_minor,category,note,created_at');
    assert.deepEqual(
      lines.slice(1).map((line) => line.split(',').slice(1, 4).join(',')),
      ['2026-11-29,29.00,INR', '2026-11-30,30.00,INR', '2026-11-30,250.00,INR'],
    );
    const bad = await get('/dashboard/downloads/file?from=2026-12-01&to=2026-11-01');
    assert.equal(bad.status, 400);
  });

  test('XLSX and PDF downloads are the chat’s own files: a workbook of the period and the month’s report', async () => {
    const xlsx = await get('/dashboard/downloads/file?from=2026-11-29&to=2026-11-30&format=xlsx');
    assert.equal(xlsx.status, 200);
    assert.match(xlsx.headers.get('content-type') ?? '', /spreadsheetml/);
    const workbook = await readWorkbook(new Uint8Array(await xlsx.arrayBuffer()));
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values ?? []) as unknown[];
    const amountColumn = header.findIndex((name) => String(name).toLowerCase() === 'amount');
    assert.ok(amountColumn > 0, `an amount column in ${JSON.stringify(header)}`);
    const amounts: number[] = [];
    for (let index = 2; index <= (sheet?.rowCount ?? 0); index++) {
      const cell = ((sheet?.getRow(index).values ?? []) as unknown[])[amountColumn];
      if (typeof cell === 'number') amounts.push(cell);
    }
    assert.deepEqual(
      amounts.sort((a, b) => a - b),
      [29, 30, 250],
    );
    const pdf = await get('/dashboard/downloads/file?from=2026-11-01&to=2026-11-30&format=pdf');
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const text = await readPdfText(new Uint8Array(await pdf.arrayBuffer()));
    assert.ok(text.pages.length >= 1);
    assert.match(text.pages[0] ?? '', /November 2026/);
    const page = await (await get('/dashboard/downloads')).text();
    assert.match(page, /XLSX/);
    assert.match(page, /PDF/);
  });

  test('settings are saved through the chat’s settings command; a wrong time zone is refused with its reason', async () => {
    const saved = await post('/dashboard/settings', {
      _csrf: csrf,
      time_zone: 'Europe/London',
      currency: 'gbp',
      week_start: '7',
      digest_enabled: 'on',
      digest_day: '7',
      digest_time: '18:30',
    });
    assert.equal(saved.status, 200);
    assert.match(await saved.text(), /Saved\./);
    const asha = await harness.store.findUser('cli', 'asha');
    assert.equal(asha?.timeZone, 'Europe/London');
    assert.equal(asha?.currency, 'GBP');
    assert.equal(asha?.weekStart, 7);
    assert.deepEqual(await harness.store.findDigestSendAt(asha?.id ?? 0), { weekday: 7, hour: 18, minute: 30 });
    const refused = await post('/dashboard/settings', {
      _csrf: csrf,
      time_zone: 'Mars/Base',
      currency: 'GBP',
      week_start: '7',
      digest_day: '7',
      digest_time: '18:30',
    });
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /&quot;Mars\/Base&quot; is not a time zone/);
  });

  test('a login link’s page does not use it up (a link preview can open it); the form does', async () => {
    const link = await harness.linkFor('ravi');
    for (let look = 0; look < 3; look++) assert.equal((await fetch(link)).status, 200);
    const token = new URL(link).searchParams.get('token') ?? '';
    const used = await fetch(`${harness.base}/dashboard/login`, {
      method: 'POST',
      body: new URLSearchParams({ token }),
      redirect: 'manual',
    });
    assert.equal(used.status, 303);
    assert.equal((await fetch(link)).status, 410);
  });

  test('sign-in attempts beyond the limit wait, with Retry-After', async () => {
    const limited = await createDashboardHarness(now, { signInsPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        statuses.push((await fetch(`${limited.base}/dashboard/login?token=${'x'.repeat(43)}`)).status);
      }
      assert.deepEqual(statuses, [404, 404, 404, 429, 429]);
      const waited = await fetch(`${limited.base}/dashboard/telegram/session`, { method: 'POST', body: '{}' });
      assert.equal(waited.status, 429);
      assert.equal(waited.headers.get('retry-after'), '60');
    } finally {
      await limited.close();
    }
  });

  test('a form posted from another site is refused, even with the right token', async () => {
    const response = await fetch(`${harness.base}/dashboard/expenses/1/delete`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example' },
      body: new URLSearchParams({ _csrf: csrf }),
      redirect: 'manual',
    });
    assert.equal(response.status, 403);
    const asha = await harness.store.findUser('cli', 'asha');
    assert.ok(await harness.store.findExpenseByNumber(asha?.id ?? 0, 1));
  });

  test('without a session every page says how to sign in, and changes are refused', async () => {
    const page = await fetch(`${harness.base}/dashboard/expenses`);
    assert.equal(page.status, 401);
    assert.match(await page.text(), /You are not signed in/);
    const change = await post('/dashboard/expenses/1/delete', { _csrf: csrf }, `finbot_session=${'A'.repeat(43)}`);
    assert.equal(change.status, 401);
    assert.ok(await harness.store.findExpenseByNumber((await harness.store.findUser('cli', 'asha'))?.id ?? 0, 1));
  });
});
