/**
 * getWeeklyStats latency with 1,000,000 expenses across 10,000 users, on SQLite, PostgreSQL and SQL Server
 * (MSSQL_URL).
 *   node bench/weekly-stats.ts [--users 10000] [--expenses 1000000] [--samples 2000]
 *     [--dialect sqlite|postgres|mssql|both|postgres,mssql]
 * Target: p50 under 5 ms. With postgres and mssql in one run it prints the mssql/postgres ratio of the p50.
 */
import { parseArgs } from 'node:util';
import { getWeeklyStats } from '../src/core/stats/weekly-stats.ts';
import { createLedgerStore } from '../src/storage/kysely-ledger-store.ts';
import { type BenchDialect, chosenBenchDialects, percentile } from './support/bench-database.ts';
import { openSeededDatabase } from './support/seeded-database.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '10000' },
    expenses: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '2000' },
    dialect: { type: 'string', default: 'both' },
  },
});
const userCount = Number(values.users);
const expenseCount = Number(values.expenses);
const samples = Number(values.samples);
// 70 days of expenses ending Sunday 2030-11-17: about 10 per user in each week asked about.
const shape = { userCount, expenseCount, firstDay: '2030-09-09', days: 70 };
const weeks = ['2030-W44', '2030-W45', '2030-W46'];
const targetMs = 5;

/** The p50 in milliseconds. */
async function run(dialect: BenchDialect): Promise<number> {
  const seedStarted = performance.now();
  const { database, drop } = await openSeededDatabase(dialect, shape);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  try {
    const store = createLedgerStore(database.db, database.dialect);
    const users = await store.listUsers({ afterId: 0, limit: userCount });
    let rowsSeen = 0;
    // Warm-up, then the measured samples, each a different user and week.
    for (let index = 0; index < 200; index++)
      await getWeeklyStats(store, users[index % users.length] as never, weeks[0] as string);
    const latencies: number[] = [];
    for (let index = 0; index < samples; index++) {
      const user = users[(index * 7919) % users.length];
      if (!user) throw new Error('no users');
      const started = performance.now();
      const stats = await getWeeklyStats(store, user, weeks[index % weeks.length] as string);
      latencies.push(performance.now() - started);
      rowsSeen += stats.currencies.reduce((sum, currency) => sum + currency.total.count, 0);
    }
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    console.log(
      `${dialect.padEnd(8)} ${expenseCount.toLocaleString('en')} expenses, ${userCount.toLocaleString('en')} users (seeded in ${seedSeconds.toFixed(1)} s): ` +
        `getWeeklyStats p50 ${p50.toFixed(2)} ms, p90 ${percentile(latencies, 90).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms ` +
        `over ${samples} calls (${(rowsSeen / samples).toFixed(1)} expenses per week on average); target p50 < ${targetMs} ms, ratio ${(p50 / targetMs).toFixed(2)}`,
    );
    return p50;
  } finally {
    await drop();
  }
}

const p50s = new Map<BenchDialect, number>();
for (const dialect of chosenBenchDialects(values.dialect)) p50s.set(dialect, await run(dialect));
const postgresP50 = p50s.get('postgres');
const mssqlP50 = p50s.get('mssql');
if (postgresP50 !== undefined && mssqlP50 !== undefined)
  console.log(
    `mssql/postgres getWeeklyStats p50 ratio ${(mssqlP50 / postgresP50).toFixed(2)} (same run, same machine)`,
  );
