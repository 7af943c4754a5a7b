/**
 * Quick-add throughput through the same code path the bots use (the core's message handler: dedupe claim,
 * parse, insert, week total, thread messages), on SQLite, PostgreSQL and SQL Server (MSSQL_URL).
 *   node bench/quick-add.ts [--messages 5000] [--users 200] [--dialect sqlite|postgres|mssql|both|postgres,mssql] [--budgets]
 * With --budgets every user has an overall and a groceries budget, so each quick-add is confirmed with where its
 * budgets stand and checked for alerts (the slowest path a quick-add takes).
 * Target: ≥ 2,000 quick-adds/s on SQLite. With postgres and mssql in one run it prints the mssql/postgres ratio.
 */
import { parseArgs } from 'node:util';
import { createMessageHandler } from '../src/core/service/handle-message.ts';
import { systemClock } from '../src/core/time/clock.ts';
import { createLedgerStore } from '../src/storage/kysely-ledger-store.ts';
import { type BenchDialect, chosenBenchDialects, openBenchDatabase, percentile } from './support/bench-database.ts';
import { benchSettings } from './support/bench-settings.ts';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '5000' },
    users: { type: 'string', default: '200' },
    dialect: { type: 'string', default: 'both' },
    budgets: { type: 'boolean', default: false },
  },
});
const messageCount = Number(values.messages);
const userCount = Number(values.users);
const phrasings = [
  '₹250 groceries',
  'spent 120 on tea yesterday',
  'paid 40 for auto',
  '1,250.50 fuel',
  '55 snacks - office',
];
const target = 2000;

/** Quick-adds per second. */
async function run(dialect: BenchDialect): Promise<number> {
  const { database, drop } = await openBenchDatabase(dialect);
  try {
    const store = createLedgerStore(database.db, database.dialect);
    const handle = createMessageHandler({ store, clock: systemClock, settings: benchSettings });
    const send = (index: number) =>
      handle({
        platform: 'telegram',
        platformUserId: String(index % userCount),
        displayName: null,
        key: `bench:${index}`,
        text: phrasings[index % phrasings.length] as string,
      });
    // Warm-up: creates the users and warms caches and the JIT.
    for (let index = 0; index < userCount; index++) await send(1_000_000 + index);
    if (values.budgets) {
      for (const user of await store.listUsers({ afterId: 0, limit: userCount })) {
        for (const category of [null, 'groceries']) {
          const amount = { minor: 1_00_00_000_00, currency: user.currency };
          await store.setBudget({
            userId: user.id,
            category,
            amount,
            period: 'month',
            createdAt: new Date().toISOString(),
          });
        }
      }
    }

    const latencies: number[] = [];
    const started = performance.now();
    const cpuBefore = process.threadCpuUsage();
    for (let index = 0; index < messageCount; index++) {
      const t0 = performance.now();
      const reply = await send(index);
      latencies.push(performance.now() - t0);
      if (reply.kind !== 'expense_added') throw new Error(`message ${index}: ${reply.kind} ${reply.text}`);
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.threadCpuUsage(cpuBefore);
    latencies.sort((a, b) => a - b);
    const rate = messageCount / seconds;
    console.log(
      `${dialect.padEnd(8)} ${messageCount} quick-adds${values.budgets ? ' (with budgets)' : ''} in ${seconds.toFixed(2)} s: ${rate.toFixed(0)}/s` +
        ` (p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms)` +
        (dialect === 'sqlite' ? `; target ≥ ${target}/s, ratio ${(rate / target).toFixed(2)}` : '') +
        `; ${((cpu.user + cpu.system) / messageCount).toFixed(0)} µs CPU each on this thread`,
    );
    return rate;
  } finally {
    await drop();
  }
}

const rates = new Map<BenchDialect, number>();
for (const dialect of chosenBenchDialects(values.dialect)) rates.set(dialect, await run(dialect));
const postgresRate = rates.get('postgres');
const mssqlRate = rates.get('mssql');
if (postgresRate !== undefined && mssqlRate !== undefined)
  console.log(`mssql/postgres quick-add rate ratio ${(mssqlRate / postgresRate).toFixed(2)} (same run, same machine)`);
