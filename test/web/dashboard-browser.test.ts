/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core, which never downloads one):
 * signing in by Telegram initData and by link, the week's totals, an edit that moves the chart, delete and undo,
 * one user never seeing another's data, and refused sign-ins. Also takes the README's screenshots.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, withoutChromium } from '../support/chromium.ts';
import { initDataFor } from '../support/sign-init-data.ts';
import { createDashboardHarness, type DashboardHarness, testBotToken } from './dashboard-harness.ts';

const skip = withoutChromium;

// Thursday 3 December 2026, noon in Kolkata: the week is Monday 30 Nov – Sunday 6 Dec.
const now = '2026-12-03T06:30:00Z';
const telegramUser = { id: 777001, first_name: 'Meera' };

/** Asha's week (#1–#4) and one expense the week before (#5). */
const ashaWeek = [
  '250 groceries on monday',
  '120 coffee on tuesday',
  '300 cab to office on wednesday - metro strike',
  '430.50 groceries today',
  '500 food on 25 nov',
];

/**
 * What the overview's charts show, read from the drawn page (the test runs without DOM types, so as a script):
 * the category bars' labels, amounts and lengths in percent of the longest (to 0.1); each day column's tooltip and height in pixels.
 */
async function categoryChart(page: Page): Promise<{ labels: string[]; amounts: string[]; lengths: number[] }> {
  return page.evaluate(`(() => {
    const rows = [...document.querySelectorAll('#category-chart-inr .bar-row')];
    return {
      labels: rows.map((row) => row.querySelector('.bar-label').textContent),
      amounts: rows.map((row) => row.querySelector('.bar-value').textContent),
      lengths: rows.map((row) => {
        const bar = row.querySelector('rect.bar').getBoundingClientRect().width;
        return Math.round((1000 * bar) / row.querySelector('svg').getBoundingClientRect().width) / 10;
      }),
    };
  })()`);
}

async function dayChart(page: Page): Promise<{ titles: string[]; heights: number[] }> {
  return page.evaluate(`(() => {
    const columns = [...document.querySelectorAll('#day-chart-inr rect.column')];
    return {
      titles: columns.map((column) => column.querySelector('title').textContent),
      heights: columns.map((column) => column.getBoundingClientRect().height),
    };
  })()`);
}

describe('the dashboard in a browser', { skip }, () => {
  let harness: DashboardHarness;
  let browser: Browser;

  before(async () => {
    harness = await createDashboardHarness(now);
    for (const text of ashaWeek) await harness.say('asha', text);
    assert.equal((await harness.say('asha', 'budget groceries 1000 monthly')).kind, 'budget');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  async function signedInByLink(
    user: string,
    viewport = { width: 1280, height: 800 },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(await harness.linkFor(user));
    await page.waitForURL(`${harness.base}/dashboard`);
    return { context, page };
  }

  test('a link signs in once: the overview shows the seeded week, and the same link a second time is refused', async () => {
    const link = await harness.linkFor('asha');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await page.waitForURL(`${harness.base}/dashboard`);
    assert.equal(await page.locator('.total[data-currency="INR"]').textContent(), '₹1,100.50');
    assert.match((await page.locator('.count').first().textContent()) ?? '', /^4 expenses$/);
    assert.match((await page.locator('.comparison').first().textContent()) ?? '', /120 % more than .*₹500\.00/);
    assert.deepEqual(await categoryChart(page), {
      labels: ['groceries', 'transport', 'coffee'],
      amounts: ['₹680.50', '₹300.00', '₹120.00'],
      // 300 / 680.50 and 120 / 680.50 of the longest bar.
      lengths: [100, 44.1, 17.6],
    });
    const days = await dayChart(page);
    assert.deepEqual(days.titles, [
      'Mon 30 Nov: ₹250.00',
      'Tue 1 Dec: ₹120.00',
      'Wed 2 Dec: ₹300.00',
      'Thu 3 Dec: ₹430.50',
      'Fri 4 Dec: nothing',
      'Sat 5 Dec: nothing',
      'Sun 6 Dec: nothing',
    ]);
    const tallest = days.heights[3] ?? 0;
    assert.ok(tallest > 100, `the largest day's column is drawn tall (${tallest} px)`);
    // Each column's height against the tallest is its day's sum against 430.50 (to the markup's 0.1 px).
    const drawnMinor = days.heights.map((height) => (43050 * height) / tallest);
    for (const [index, minor] of [25000, 12000, 30000, 43050, 0, 0, 0].entries()) {
      assert.ok(Math.abs((drawnMinor[index] ?? -1) - minor) < 100, `day ${index}: ${drawnMinor[index]} for ${minor}`);
    }
    // December's groceries so far: 430.50 of the 1,000 budget (30 Nov's belong to November).
    assert.match(
      (await page.locator('.budget-list li').first().textContent())?.replace(/\s+/g, ' ') ?? '',
      /groceries ₹430\.50 of ₹1,000\.00 this month .*43 %/,
    );
    const cookie = (await context.cookies()).find((entry) => entry.name === 'finbot_session');
    assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
    assert.equal(cookie?.sameSite, 'Lax');
    await context.close();

    const again = await browser.newContext();
    const second = await again.newPage();
    const response = await second.goto(link);
    assert.equal(response?.status(), 410);
    assert.match((await second.locator('h1').textContent()) ?? '', /already been used/);
    assert.match((await second.locator('main').textContent()) ?? '', /\/expense dashboard/);
    await again.close();
  });

  test('"Other dates" shows the overview of the days chosen in the date inputs', async () => {
    const { context, page } = await signedInByLink('asha');
    await page.getByRole('link', { name: 'Other dates…' }).click();
    await page.getByLabel('From').fill('2026-11-25');
    await page.getByLabel('To').fill('2026-11-30');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/from=2026-11-25&to=2026-11-30/);
    assert.match((await page.locator('h1').textContent()) ?? '', /25 Nov – 30 Nov/);
    // 500 food on 25 Nov and 250 groceries on Monday 30 Nov.
    assert.equal(await page.locator('.total[data-currency="INR"]').textContent(), '₹750.00');
    assert.equal(await page.getByRole('link', { name: 'Other dates…' }).getAttribute('aria-current'), 'true');
    await context.close();
  });

  test('a link older than 15 minutes is refused with a page that says how to get a new one', async () => {
    const link = await harness.linkFor('asha');
    harness.clock.advanceMinutes(16);
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(link);
      assert.equal(response?.status(), 410);
      assert.match((await page.locator('h1').textContent()) ?? '', /expired/);
      assert.match((await page.locator('main').textContent()) ?? '', /finbot dashboard-link --user NAME/);
      await page.goto(`${harness.base}/dashboard`);
      assert.match((await page.locator('h1').textContent()) ?? '', /not signed in/);
      await context.close();
    } finally {
      harness.clock.set(now);
    }
  });

  test('Telegram initData signed with the bot token opens the Mini App in Telegram’s colours; the other user sees only their own', async () => {
    const meera = await harness.handle({
      platform: 'telegram',
      platformUserId: String(telegramUser.id),
      displayName: 'Meera',
      key: 'tg:1',
      text: '999 shoes yesterday',
    });
    assert.equal(meera.kind, 'expense_added');
    const initData = initDataFor(telegramUser, testBotToken, harness.clock.now().getTime());
    const theme = JSON.stringify({
      bg_color: '#1c1c1d',
      text_color: '#ffffff',
      button_color: '#3e88f7',
      hint_color: '#aaaaaa',
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(
      `${harness.base}/dashboard/telegram#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0&tgWebAppThemeParams=${encodeURIComponent(theme)}`,
    );
    await page.waitForURL(`${harness.base}/dashboard`);
    assert.equal(await page.locator('.total[data-currency="INR"]').textContent(), '₹999.00');
    const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    assert.equal(background, 'rgb(28, 28, 29)');
    await page.goto(`${harness.base}/dashboard/expenses`);
    const table = (await page.locator('main').textContent()) ?? '';
    assert.match(table, /shoes/);
    assert.doesNotMatch(table, /groceries|coffee|metro strike/);
    assert.match((await page.locator('#expense-count').textContent()) ?? '', /^1 expense$/);
    // Meera's #1 is her shoes: a number names her own expense, never Asha's #1.
    const csrf = await page.locator('meta[name="csrf-token"]').getAttribute('content');
    const csv = await page.request.get(
      `${harness.base}/dashboard/downloads/file?from=2026-11-01&to=2026-12-31&format=csv`,
    );
    assert.doesNotMatch(await csv.text(), /groceries|coffee/);
    assert.ok(csrf);
    await context.close();
  });

  test('tampered or stale initData is refused and no session starts', async () => {
    const signed = initDataFor(telegramUser, testBotToken, harness.clock.now().getTime());
    const tampered = signed.replace(encodeURIComponent('777001'), encodeURIComponent('777002'));
    assert.notEqual(tampered, signed);
    const stale = initDataFor(telegramUser, testBotToken, harness.clock.now().getTime(), 2 * 3600);
    const otherBot = initDataFor(telegramUser, '999:another-bot', harness.clock.now().getTime());
    for (const initData of [tampered, stale, otherBot]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const answered = page.waitForResponse((response) => response.url().endsWith('/dashboard/telegram/session'));
      await page.goto(`${harness.base}/dashboard/telegram#tgWebAppData=${encodeURIComponent(initData)}`);
      assert.equal((await answered).status(), 401);
      await page.locator('#telegram-status', { hasText: 'did not sign you in' }).waitFor();
      assert.equal((await context.cookies()).length, 0);
      await context.close();
    }
  });

  test('changing one expense’s category moves it in the chart', async () => {
    const { context, page } = await signedInByLink('asha');
    await page.getByRole('link', { name: 'Expenses' }).click();
    const row = page.locator('#expense-2');
    assert.match((await row.textContent()) ?? '', /coffee/);
    await row.getByText('Edit').click();
    await row.getByLabel('Category').fill('groceries');
    await row.getByRole('button', { name: 'Save #2' }).click();
    await page.waitForURL(/edited=2/);
    assert.match((await page.getByRole('status').textContent()) ?? '', /Saved #2/);
    assert.match((await page.locator('#expense-2 .category').textContent()) ?? '', /groceries/);
    await page.getByRole('link', { name: 'Overview' }).click();
    const categories = await categoryChart(page);
    assert.deepEqual(categories.labels, ['groceries', 'transport']);
    assert.deepEqual(categories.amounts, ['₹800.50', '₹300.00']);
    assert.deepEqual(categories.lengths, [100, 37.5]);
    // An amount the chat would refuse is refused here too, with its reason.
    await page.goto(`${harness.base}/dashboard/expenses`);
    await page.locator('#expense-1').getByText('Edit').click();
    await page.locator('#expense-1').getByLabel('Amount').fill('12.345');
    await page.locator('#expense-1').getByRole('button', { name: 'Save #1' }).click();
    assert.match(
      (await page.getByRole('alert').textContent()) ?? '',
      /#1 was not saved: INR amounts have at most 2 decimals/,
    );
    // The edit went through the chat's own command: the thread records it for later questions.
    const asha = await harness.store.findUser('cli', 'asha');
    assert.ok(asha);
    const thread = await harness.store.getThread(asha.id);
    const events = await harness.store.recentThreadMessages(thread.id, 50);
    assert.ok(
      events.some((message) => message.role === 'event' && /#2 edited.*in the dashboard/.test(message.content)),
    );
    assert.ok(!events.some((message) => /token=/.test(message.content)), 'no login link is kept in the thread');
    await context.close();
  });

  test('a deleted expense leaves the total and comes back with Undo', async () => {
    const { context, page } = await signedInByLink('asha');
    await page.goto(`${harness.base}/dashboard/expenses`);
    await page.locator('#expense-3').getByRole('button', { name: 'Delete #3' }).click();
    await page.waitForURL(/deleted=3/);
    assert.equal(await page.locator('#expense-3').count(), 0);
    await page.goto(`${harness.base}/dashboard`);
    assert.equal(await page.locator('.total[data-currency="INR"]').textContent(), '₹800.50');
    await page.goBack();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForURL(/restored=3/);
    assert.equal(await page.locator('#expense-3').count(), 1);
    await page.goto(`${harness.base}/dashboard`);
    assert.equal(await page.locator('.total[data-currency="INR"]').textContent(), '₹1,100.50');
    await context.close();
  });

  test('a form without the session’s CSRF token changes nothing, and signing out ends the session', async () => {
    const { context, page } = await signedInByLink('asha');
    const forged = await page.request.post(`${harness.base}/dashboard/expenses/1/delete`, {
      form: { _csrf: 'not-the-token', return: '/dashboard/expenses' },
      maxRedirects: 0,
    });
    assert.equal(forged.status(), 403);
    await page.goto(`${harness.base}/dashboard/expenses`);
    assert.equal(await page.locator('#expense-1').count(), 1);
    await page.getByRole('button', { name: /Sign out/ }).click();
    assert.match((await page.locator('h1').textContent()) ?? '', /signed out/);
    const afterwards = await page.goto(`${harness.base}/dashboard`);
    assert.equal(afterwards?.status(), 401);
    await context.close();
  });

  test('the overview on a phone and on a desktop (docs/dashboard-phone.png, docs/dashboard-desktop.png)', async () => {
    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 800 }],
    ] as const) {
      const { context, page } = await signedInByLink('asha', viewport);
      await page.locator('svg#day-chart-inr').waitFor();
      const path = new URL(`../../docs/dashboard-${name}.png`, import.meta.url);
      const png = await page.screenshot({ path: path.pathname, fullPage: false });
      assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
      assert.equal(png.readUInt32BE(16), viewport.width);
      await context.close();
    }
  });
});
