/**
 * The Mini App as Telegram Web shows it: in a frame of https://web.telegram.org, a site other than finbot's, in a
 * browser that blocks third-party cookies. finbot is reached over https (a TLS relay in front of the dashboard,
 * with a certificate made for the test) at https://finbot.test; Telegram Web's page is served by the browser's
 * request routing, so the frame is truly cross-site and the dashboard's frame-ancestors policy applies.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createServer, type Server } from 'node:tls';
import type { Browser } from 'playwright-core';
import { launchChromium, withoutChromium } from '../support/chromium.ts';
import { initDataFor } from '../support/sign-init-data.ts';
import { createDashboardHarness, type DashboardHarness, testBotToken } from './dashboard-harness.ts';

const skip = withoutChromium
  ? withoutChromium
  : !hasOpenssl()
    ? 'no openssl to make the test certificate (apt-get install -y openssl)'
    : false;
const now = '2026-12-03T06:30:00Z';
const telegramUser = { id: 777002, first_name: 'Ravi' };

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A TLS server that relays each connection to the dashboard's plain HTTP port. */
async function tlsRelay(
  certificateFolder: string,
  targetPort: () => number,
): Promise<{ server: Server; port: number }> {
  const key = join(certificateFolder, 'key.pem');
  const cert = join(certificateFolder, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=finbot.test',
      '-addext',
      'subjectAltName=DNS:finbot.test',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (socket) => {
    const upstream = connect(targetPort(), '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

describe('the Mini App in Telegram Web’s frame', { skip }, () => {
  let folder: string;
  let relay: { server: Server; port: number };
  let harness: DashboardHarness;
  let browser: Browser;
  let finbot: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'finbot-tls-'));
    let dashboardPort = 0;
    relay = await tlsRelay(folder, () => dashboardPort);
    finbot = `https://finbot.test:${relay.port}`;
    harness = await createDashboardHarness(now, { extra: { publicUrl: finbot } });
    dashboardPort = Number(new URL(harness.base).port);
    const ravi = await harness.handle({
      platform: 'telegram',
      platformUserId: String(telegramUser.id),
      displayName: 'Ravi',
      key: 'tg-web:1',
      text: '300 books yesterday',
    });
    assert.equal(ravi.kind, 'expense_added');
    browser = await launchChromium([
      '--ignore-certificate-errors',
      '--host-resolver-rules=MAP finbot.test 127.0.0.1',
      // finbot.test is this machine; a real finbot is a public site, which a public page may frame.
      '--disable-features=LocalNetworkAccessChecks',
    ]);
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
    await new Promise((closed) => relay?.server.close(closed));
    rmSync(folder, { recursive: true, force: true });
  });

  test('signs in inside the frame, stays signed in from page to page there, and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCookieControls', { enableThirdPartyCookieRestriction: true });
    const initData = initDataFor(telegramUser, testBotToken, harness.clock.now().getTime());
    const miniApp = `${finbot}/dashboard/telegram#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0`;
    await context.route('https://web.telegram.org/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Telegram Web</title><iframe id="mini-app" src="${miniApp}" width="400" height="800"></iframe>`,
      }),
    );
    await page.goto('https://web.telegram.org/k/');
    const frame = page.frameLocator('#mini-app');
    assert.equal(await frame.locator('.total[data-currency="INR"]').textContent(), '₹300.00');

    const [cookie] = (await context.cookies(`${finbot}/dashboard`)).filter((entry) => entry.name === 'finbot_session');
    assert.equal(cookie?.sameSite, 'None');
    assert.ok(cookie?.secure && cookie.httpOnly);
    // Kept under Telegram's site (a partition key is a site: scheme and registrable domain).
    assert.equal(cookie.partitionKey, 'https://telegram.org');

    // The next page in the frame is still signed in: the cookie went with the frame's own navigation.
    await frame.getByRole('link', { name: 'Expenses' }).click();
    assert.match((await frame.locator('#expense-count').textContent()) ?? '', /^1 expense$/);
    assert.match((await frame.locator('main').textContent()) ?? '', /books/);

    await frame.getByRole('button', { name: /Sign out/ }).click();
    assert.match((await frame.locator('h1').textContent()) ?? '', /signed out/);
    assert.equal(
      (await context.cookies(`${finbot}/dashboard`)).filter((entry) => entry.name === 'finbot_session').length,
      0,
    );
    await context.close();
  });
});
