/**
 * Every dashboard page checked by axe-core (WCAG 2.1 A and AA: names, labels, landmarks, contrast) in a real
 * browser, in the light and dark colour schemes and in Telegram's colours, on a phone and a desktop; and the
 * overview used from the keyboard alone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, withoutChromium } from '../support/chromium.ts';
import { initDataFor } from '../support/sign-init-data.ts';
import { createDashboardHarness, type DashboardHarness, testBotToken } from './dashboard-harness.ts';

const skip = withoutChromium;
const now = '2026-12-03T06:30:00Z';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Telegram's dark theme as its apps send it. */
const telegramDark = {
  bg_color: '#212121',
  text_color: '#ffffff',
  hint_color: '#aaaaaa',
  link_color: '#8774e1',
  button_color: '#8774e1',
  button_text_color: '#ffffff',
  secondary_bg_color: '#181818',
  destructive_text_color: '#ff595a',
};

/** The page's WCAG violations as "rule: element — why" lines (empty when there are none). */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(wcagTags)} } })
    .then((result) => result.violations.flatMap((rule) => rule.nodes.map((node) =>
      rule.id + ': ' + node.target.join(' ') + ' — ' + node.failureSummary.replace(/\\s+/g, ' '))))`);
}

describe('the dashboard’s accessibility', { skip }, () => {
  let harness: DashboardHarness;
  let browser: Browser;

  before(async () => {
    harness = await createDashboardHarness(now, { signInsPerMinute: 1000 });
    for (const text of [
      '250 groceries on monday',
      '120 coffee on tuesday',
      '300 cab to office on wednesday - metro strike',
      '430.50 groceries today',
      '18 lunch in eur yesterday',
    ])
      await harness.say('asha', text);
    await harness.say('asha', 'budget groceries 1000 monthly');
    await harness.say('asha', 'budget coffee 100 weekly');
    await harness.handle({
      platform: 'telegram',
      platformUserId: '777003',
      displayName: 'Tara',
      key: 'a11y:1',
      text: '640 books yesterday',
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  const pages = [
    '/dashboard',
    '/dashboard?period=month',
    '/dashboard/period?from=2026-11-01&to=2026-11-30',
    '/dashboard/expenses',
    '/dashboard/downloads',
    '/dashboard/settings',
  ];

  async function byLink(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(await harness.linkFor('asha'));
    await page.waitForURL(`${harness.base}/dashboard`);
    return page;
  }

  async function byTelegram(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    const initData = initDataFor({ id: 777003, first_name: 'Tara' }, testBotToken, harness.clock.now().getTime());
    await page.goto(
      `${harness.base}/dashboard/telegram#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppThemeParams=${encodeURIComponent(JSON.stringify(telegramDark))}`,
    );
    await page.waitForURL(`${harness.base}/dashboard`);
    return page;
  }

  for (const [scheme, viewport] of [
    ['light', { width: 390, height: 844 }],
    ['dark', { width: 1280, height: 800 }],
  ] as const) {
    test(`every page passes WCAG 2.1 AA checks in the ${scheme} scheme (${viewport.width} px wide)`, async () => {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await byLink(context);
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(`${harness.base}${path}`);
        found.push(...(await violations(page)).map((line) => `${path} ${line}`));
      }
      // An expense open for editing, and the message after a delete with its Undo.
      await page.goto(`${harness.base}/dashboard/expenses`);
      await page.locator('#expense-2').getByText('Edit').click();
      found.push(...(await violations(page)).map((line) => `editing ${line}`));
      await page.locator('#expense-3').getByRole('button', { name: 'Delete #3' }).click();
      await page.waitForURL(/deleted=3/);
      found.push(...(await violations(page)).map((line) => `after a delete ${line}`));
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.waitForURL(/restored=3/);
      assert.deepEqual(found, []);
      await context.close();
    });
  }

  test('every page passes in Telegram’s dark colours', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await byTelegram(context);
    const found: string[] = [];
    for (const path of pages) {
      await page.goto(`${harness.base}${path}`);
      found.push(...(await violations(page)).map((line) => `${path} ${line}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });

  test('the pages for someone not signed in pass too', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of ['/dashboard', `/dashboard/login?token=${'x'.repeat(43)}`, '/dashboard/telegram']) {
      await page.goto(`${harness.base}${path}`);
      found.push(...(await violations(page)).map((line) => `${path} ${line}`));
    }
    assert.deepEqual(found, []);
    await context.close();
  });

  test('the overview works from the keyboard: the skip link first, then the navigation, with focus visible', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await byLink(context);
    const focused = () =>
      page.evaluate(`(() => { const element = document.activeElement;
        const style = getComputedStyle(element);
        return { text: element.textContent.trim(), tag: element.tagName, outline: style.outlineStyle + ' ' + style.outlineWidth,
          visible: element.getBoundingClientRect().height > 0 }; })()`) as Promise<{
        text: string;
        tag: string;
        outline: string;
        visible: boolean;
      }>;
    await page.keyboard.press('Tab');
    const skip = await focused();
    assert.equal(skip.text, 'Skip to the content');
    assert.ok(skip.visible, 'the skip link shows when it has focus');
    assert.doesNotMatch(skip.outline, /^none/);
    await page.keyboard.press('Enter');
    assert.equal((await focused()).tag, 'MAIN');
    await page.keyboard.press('Tab');
    const first = await focused();
    assert.equal(first.text, 'This week', 'after the skip, the period choices come first');
    assert.doesNotMatch(first.outline, /^none/);
    // Other dates… is reached by Tab and opens with Enter.
    for (let press = 0; press < 4; press++) await page.keyboard.press('Tab');
    assert.equal((await focused()).text, 'Other dates…');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/dashboard\/period/);
    await context.close();
  });
});
