/** "dashboard" in the chat: a single-use link (kept out of the thread), a Mini App button on Telegram over https, or why it is off. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { coreSettingsFrom } from '../../src/app/app-parts.ts';
import { parseConfig } from '../../src/app/config.ts';
import { renderReply } from '../../src/bots/telegram/render-reply.ts';
import { dashboardLinkCommand } from '../../src/cli/dashboard-link-command.ts';
import { CliError } from '../../src/cli/find-cli-user.ts';
import { createMessageHandler } from '../../src/core/service/handle-message.ts';
import { sha256Hex } from '../../src/core/service/login-link.ts';
import { createDashboardStore } from '../../src/storage/web/kysely-dashboard-store.ts';
import { type CoreHarness, createCoreHarness, testSettings } from '../support/core-harness.ts';

describe('the dashboard command', () => {
  let core: CoreHarness;
  before(async () => {
    core = await createCoreHarness('2026-12-03T06:30:00Z');
  });
  after(() => core.close());

  const handlerWith = (dashboardUrl: string | undefined) =>
    createMessageHandler({
      store: core.store,
      clock: core.clock,
      settings: { ...testSettings, ...(dashboardUrl ? { dashboardUrl } : {}) },
    });

  test('without PUBLIC_URL it says the dashboard is off and who can turn it on', async () => {
    const reply = await core.say('asha', 'dashboard');
    assert.equal(reply.kind, 'dashboard');
    assert.match(reply.text, /not turned on here.*PUBLIC_URL/);
  });

  test('a terminal or Slack user gets a 15-minute single-use link; the thread keeps only that one was sent', async () => {
    const handle = handlerWith('http://127.0.0.1:3000/dashboard');
    const reply = await handle({
      platform: 'slack',
      platformUserId: 'T1:U1',
      displayName: 'Ravi',
      key: 'k1',
      text: '/dashboard',
    });
    const url = /http:\/\/127\.0\.0\.1:3000\/dashboard\/login\?token=([\w-]{43})/.exec(reply.text);
    assert.ok(url, reply.text);
    assert.match(reply.text, /works once, within 15 minutes/);
    assert.equal(reply.webApp, undefined);
    const user = await core.store.findUser('slack', 'T1:U1');
    assert.ok(user);
    const dashboard = createDashboardStore(core.database.db, core.database.dialect);
    const state = await dashboard.peekLoginLink(await sha256Hex(url[1] ?? ''), core.clock.now().toISOString());
    assert.deepEqual(state, { state: 'usable', userId: user.id });
    const thread = await core.store.recentThreadMessages((await core.store.getThread(user.id)).id, 10);
    assert.ok(thread.every((message) => !message.content.includes(url[1] ?? '')));
    assert.match(thread.at(-1)?.content ?? '', /Sent a single-use dashboard link/);
  });

  test('on Telegram over https, /dashboard, /start and settings carry the Mini App button; over http, a link', async () => {
    const https = handlerWith('https://finbot.example/dashboard');
    const telegram = (key: string, text: string) =>
      https({ platform: 'telegram', platformUserId: '77', displayName: 'Meera', key, text, opensWebApps: true });
    for (const [key, text] of [
      ['t1', '/dashboard'],
      ['t2', '/start'],
      ['t3', '/settings'],
    ] as const) {
      const reply = await telegram(key, text);
      assert.deepEqual(
        reply.webApp,
        { label: '📊 Open dashboard', url: 'https://finbot.example/dashboard/telegram' },
        text,
      );
      const [message] = renderReply(reply);
      assert.deepEqual(message?.keyboard?.inline_keyboard[0], [
        { text: '📊 Open dashboard', web_app: { url: 'https://finbot.example/dashboard/telegram' } },
      ]);
    }
    const http = handlerWith('http://192.168.1.5:3000/dashboard');
    const reply = await http({
      platform: 'telegram',
      platformUserId: '77',
      displayName: 'Meera',
      key: 't4',
      text: '/dashboard',
      opensWebApps: true,
    });
    assert.equal(reply.webApp, undefined);
    assert.match(reply.text, /http:\/\/192\.168\.1\.5:3000\/dashboard\/login\?token=/);
    const start = await http({
      platform: 'telegram',
      platformUserId: '77',
      displayName: 'Meera',
      key: 't5',
      text: '/start',
      opensWebApps: true,
    });
    assert.match(start.text, /Charts and the expense table: send "dashboard"/);
  });

  test('finbot dashboard-link prints a link for a known user and refuses without PUBLIC_URL', async () => {
    await core.say('dev', 'help');
    const settings = { ...testSettings, dashboardUrl: 'https://finbot.example/dashboard' };
    const printed = await dashboardLinkCommand({ store: core.store, clock: core.clock, settings }, { user: 'dev' });
    assert.match(
      printed,
      /^https:\/\/finbot\.example\/dashboard\/login\?token=[\w-]{43}\nSigns dev in once, within 15 minutes/,
    );
    await assert.rejects(
      dashboardLinkCommand({ store: core.store, clock: core.clock, settings: testSettings }, { user: 'dev' }),
      CliError,
    );
    await assert.rejects(
      dashboardLinkCommand({ store: core.store, clock: core.clock, settings }, { user: 'nobody' }),
      /No user "nobody"/,
    );
  });

  test('PUBLIC_URL: an http(s) address without a query, its trailing slash dropped; the dashboard lives under it', () => {
    const config = parseConfig({ PUBLIC_URL: 'https://finbot.example.com/' });
    assert.equal(config.PUBLIC_URL, 'https://finbot.example.com');
    assert.equal(coreSettingsFrom(config).dashboardUrl, 'https://finbot.example.com/dashboard');
    assert.equal(coreSettingsFrom(parseConfig({})).dashboardUrl, undefined);
    for (const wrong of ['finbot.example.com', 'ftp://finbot.example.com', 'https://finbot.example.com/?a=1']) {
      assert.throws(
        () => parseConfig({ PUBLIC_URL: wrong }),
        /^ConfigError: Invalid configuration: PUBLIC_URL: must be an http\(s\) URL/,
      );
    }
  });
});
