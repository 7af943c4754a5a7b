/**
 * The dashboard overview's first load for a user with 10,000 expenses (a year of them), on SQLite and PostgreSQL.
 *   node bench/dashboard-first-load.ts [--expenses 10000] [--samples 50] [--dialect sqlite|postgres|both]
 * Prints, per dialect: the server's answer to GET /dashboard (this week, this month, the last 365 days) as
 * p50/p90 over `samples` requests plus the very first one; and, when /usr/bin/chromium exists, the browser's
 * first load (HTML, styles, both charts painted) of the same three pages, opened by a login link (this week's), in
 * a browser already open on finbot, and in a fresh profile, as p50 over 10 loads each.
 * Target: the first load under 300 ms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { categoryKey } from '../src/core/domain/category.ts';
import { issueLoginLink } from '../src/core/service/login-link.ts';
import { addDays } from '../src/core/time/calendar-date.ts';
import { chromiumPath, launchChromium } from '../test/support/chromium.ts';
import { createDashboardHarness } from '../test/web/dashboard-harness.ts';
import { type BenchDialect, chosenBenchDialects, openBenchDatabase, percentile } from './support/bench-database.ts';

const { values } = parseArgs({
  options: {
    expenses: { type: 'string', default: '10000' },
    samples: { type: 'string', default: '50' },
    dialect: { type: 'string', default: 'both' },
  },
});
const expenseCount = Number(values.expenses);
const samples = Number(values.samples);
const targetMs = 300;
const now = '2026-12-03T06:30:00.000Z';
const today = '2026-12-03';
const categories = [
  'groceries',
  'food',
  'coffee',
  'transport',
  'fuel',
  'rent',
  'bills',
  'health',
  'shopping',
  'entertainment',
  'gifts',
  'travel',
];

async function run(dialect: BenchDialect): Promise<void> {
  const { database, drop } = await openBenchDatabase(dialect);
  // The dashboard as the browser tests serve it, on the bench's database.
  const harness = await createDashboardHarness(now, { database, signInsPerMinute: 1_000 });
  try {
    const store = harness.store;
    const user = await store.createUser({
      platform: 'cli',
      platformUserId: 'bench',
      displayName: 'Bench',
      timeZone: 'Asia/Kolkata',
      currency: 'INR',
      locale: 'en-IN',
      weekStart: 1,
      digestEnabled: true,
    });
    const seedStarted = performance.now();
    for (let first = 0; first < expenseCount; first += 500) {
      const rows = [];
      for (let index = first; index < Math.min(first + 500, expenseCount); index++) {
        const category = categories[(index * 7) % categories.length] ?? 'food';
        rows.push({
          user_id: user.id,
          number: index + 1,
          amount_minor: 5_000 + ((index * 7919) % 500_000),
          currency: 'INR',
          category,
          category_key: categoryKey(category),
          note: index % 3 === 0 ? `note ${index}` : null,
          spent_on: addDays(today, -(index % 365)),
          created_at: now,
          source_key: `bench:${index}`,
        });
      }
      await database.db.insertInto('expenses').values(rows).execute();
    }
    await database.db
      .updateTable('users')
      .set({ last_expense_number: expenseCount })
      .where('id', '=', user.id)
      .execute();
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const base = harness.base;
    const dashboardUrl = `${base}/dashboard`;
    const signIn = async (): Promise<string> => {
      const link = await issueLoginLink(store, user.id, now, dashboardUrl);
      const token = new URL(link.url).searchParams.get('token') ?? '';
      const response = await fetch(`${base}/dashboard/login`, {
        method: 'POST',
        body: new URLSearchParams({ token }),
        redirect: 'manual',
      });
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    };
    const cookie = await signIn();
    const label = `${dialect.padEnd(8)} ${expenseCount.toLocaleString('en')} expenses (seeded in ${seedSeconds.toFixed(1)} s)`;
    for (const [name, query] of [
      ['this week', ''],
      ['this month', '?period=month'],
      ['the last 365 days', `?from=${addDays(today, -364)}&to=${today}`],
    ] as const) {
      const latencies: number[] = [];
      let bytes = 0;
      for (let index = 0; index <= samples; index++) {
        const started = performance.now();
        const response = await fetch(`${base}/dashboard${query}`, { headers: { cookie } });
        bytes = (await response.text()).length;
        if (response.status !== 200) throw new Error(`GET /dashboard${query} answered ${response.status}`);
        latencies.push(performance.now() - started);
      }
      const first = latencies.shift() ?? 0;
      latencies.sort((a, b) => a - b);
      console.log(
        `${label}: GET /dashboard, ${name}: first ${first.toFixed(1)} ms, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
          `p90 ${percentile(latencies, 90).toFixed(1)} ms over ${samples} (${(bytes / 1024).toFixed(0)} KiB of HTML)`,
      );
    }
    if (!existsSync(chromiumPath)) {
      console.log(`${label}: browser first load skipped: no ${chromiumPath}`);
      return;
    }
    const browser = await launchChromium();
    try {
      // Three ways the overview is first loaded, 10 of each, nothing cached:
      // - by link: a fresh profile opens a login link, whose page posts it and is sent on to the overview, as a
      //   tap on the link in Slack or the terminal does (only for this week's overview, the one a link opens);
      // - signed in, in a tab the browser already has open on finbot, cache off (another period, a revisit);
      // - signed in, from a fresh profile (a bookmark): the browser first starts a renderer for the page, whose
      //   Cross-Origin-Opener-Policy puts it in a process of its own.
      // The page's own clock gives navigation start (for a link: the sign-in form's post) to the last of the load
      // event and the largest paint. Beside each, the same load of finbot's barest page (the "link is not valid"
      // page: a heading, a list and the stylesheet, no script): what any page costs this browser on this machine.
      const bare = `${base}/dashboard/login?token=${'x'.repeat(43)}`;
      type Way = 'by link' | 'signed in, browser open on finbot' | 'signed in, fresh profile';
      const loadOnce = async (url: string, way: Way): Promise<PageLoad> => {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
        if (way !== 'by link') {
          const [name, value] = (await signIn()).split('=');
          await context.addCookies([{ name: name ?? '', value: value ?? '', url: `${base}/dashboard` }]);
        }
        const page = await context.newPage();
        if (way === 'signed in, browser open on finbot') {
          await page.goto(bare);
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        }
        const opened =
          way === 'by link' && url !== bare ? (await issueLoginLink(store, user.id, now, dashboardUrl)).url : url;
        const cpuBefore = chromiumCpuMs();
        const started = performance.now();
        await page.goto(opened, { waitUntil: 'load' });
        if (opened !== url) await page.waitForURL(url, { waitUntil: 'load' });
        const timing = (await page.evaluate(browserTimingScript)) as BrowserTiming;
        const wallMs = performance.now() - started;
        const cpuMs = chromiumCpuMs() - cpuBefore;
        if (url !== bare && (await page.locator('svg.column-chart rect.column').count()) === 0) {
          throw new Error(`${url} drew no day columns`);
        }
        await context.close();
        return { wallMs, cpuMs, ...timing };
      };
      const p50 = (values: number[]) =>
        percentile(
          [...values].sort((a, b) => a - b),
          50,
        );
      const pages = [
        ["this week's overview", `${base}/dashboard`],
        ["this month's overview", `${base}/dashboard?period=month`],
        ['the last 365 days', `${base}/dashboard?from=${addDays(today, -364)}&to=${today}`],
      ] as const;
      for (const [pageName, url] of pages) {
        const ways: Way[] = ['signed in, browser open on finbot', 'signed in, fresh profile'];
        if (url === `${base}/dashboard`) ways.unshift('by link');
        for (const way of ways) {
          const runs = { overview: [] as PageLoad[], bare: [] as PageLoad[] };
          for (let index = 0; index < 10; index++) {
            runs.overview.push(await loadOnce(url, way));
            runs.bare.push(await loadOnce(bare, way));
          }
          const median = (loads: PageLoad[], key: keyof PageLoad) => p50(loads.map((load) => load[key])).toFixed(0);
          const painted = p50(runs.overview.map((load) => load.paintedMs));
          console.log(
            `${label}: browser, ${pageName}, ${way}: painted ${painted.toFixed(0)} ms p50 of 10 ` +
              `(first paint ${median(runs.overview, 'firstPaintMs')}, load event ${median(runs.overview, 'loadedMs')}; ` +
              `bench's wall clock ${median(runs.overview, 'wallMs')}, max ${Math.max(...runs.overview.map((load) => load.wallMs)).toFixed(0)}; ` +
              `chromium CPU ${median(runs.overview, 'cpuMs')}); the bare page: painted ${median(runs.bare, 'paintedMs')} ms, ` +
              `CPU ${median(runs.bare, 'cpuMs')}. Target < ${targetMs} ms, ratio ${(painted / targetMs).toFixed(2)}`,
          );
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await harness.close();
    await drop();
  }
}

interface BrowserTiming {
  /** From navigation start, by the page's own clock: its first contentful paint. */
  readonly firstPaintMs: number;
  /** The load event's end. */
  readonly loadedMs: number;
  /** The later of the load event's end and the largest contentful paint: the page, charts included, on screen. */
  readonly paintedMs: number;
}

interface PageLoad extends BrowserTiming {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Navigation and paint timing, read in the page (as a script: the bench has no DOM types). */
const browserTimingScript = `new Promise((done) => {
  new PerformanceObserver((list) => {
    const largest = list.getEntries().at(-1).startTime;
    const navigation = performance.getEntriesByType('navigation')[0];
    const firstPaint = performance.getEntriesByName('first-contentful-paint')[0];
    done({
      firstPaintMs: firstPaint ? firstPaint.startTime : NaN,
      loadedMs: navigation.loadEventEnd,
      paintedMs: Math.max(navigation.loadEventEnd, largest),
    });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;

/**
 * CPU time (user + system, ms) of every chromium process this benchmark started, from /proc: what loading the
 * page cost the machine, apart from the time spent waiting for a core on a busy machine.
 */
function chromiumCpuMs(): number {
  const ticksPerMs = 100 / 1000;
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while the list was read.
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at))
      if (at === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, used] of cpu) if (descends(pid)) ticks += used;
  return ticks / ticksPerMs;
}

for (const dialect of chosenBenchDialects(values.dialect)) await run(dialect);
