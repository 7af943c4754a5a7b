/**
 * A month report for one user with 2,000 expenses that month: gathering it from SQL, and writing it as a PDF
 * (with its charts) and as an XLSX workbook.
 *   node bench/report-month.ts [--expenses 2000] [--runs 5] [--dialect sqlite|postgres|mssql|both|postgres,mssql]
 * Target: the PDF report (gathered and written) under 2 s once the process has loaded its renderers; the first
 * run, which also compiles resvg's WebAssembly and loads pdfkit and the font, is printed apart.
 */
import { parseArgs } from 'node:util';
import type { User } from '../src/core/domain/user.ts';
import { buildMonthReport } from '../src/core/reports/build-month-report.ts';
import { fixedClock } from '../src/core/time/clock.ts';
import { createReportRenderer } from '../src/reports/create-report-renderer.ts';
import { createLedgerStore } from '../src/storage/kysely-ledger-store.ts';
import { type BenchDialect, chosenBenchDialects, openBenchDatabase, percentile } from './support/bench-database.ts';

const { values } = parseArgs({
  options: {
    expenses: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '5' },
    dialect: { type: 'string', default: 'sqlite' },
  },
});
const expenseCount = Number(values.expenses);
const runs = Number(values.runs);
const month = '2026-11';
const targetMs = 2000;
const clock = fixedClock(new Date('2026-12-02T06:30:00Z'));
const categories = [
  'groceries',
  'rent',
  'fuel',
  'tea',
  'dining',
  'transport',
  'utilities',
  'health',
  'books',
  'gifts',
  'travel',
  'clothes',
  'phone',
  'internet',
  'snacks',
  'gym',
  'movies',
  'music',
  'pets',
  'kids',
];

/** The user's month: mostly INR, some USD and JPY, over every day and twenty categories. */
async function seed(store: ReturnType<typeof createLedgerStore>): Promise<User> {
  const user = await store.createUser({
    platform: 'cli',
    platformUserId: 'bench-reader',
    displayName: 'Bench Reader',
    timeZone: 'Asia/Kolkata',
    currency: 'INR',
    locale: 'en-IN',
    weekStart: 1,
    digestEnabled: true,
  });
  await store.transaction(async (trx) => {
    for (let index = 0; index < expenseCount; index++) {
      const currency = index % 10 === 0 ? 'USD' : index % 25 === 1 ? 'JPY' : 'INR';
      await trx.insertExpense({
        userId: user.id,
        amount: { minor: 1000 + ((index * 7919) % 500_000), currency },
        category: categories[(index * 31) % categories.length] as string,
        note: index % 3 === 0 ? `note ${index}` : null,
        spentOn: `${month}-${String((index % 30) + 1).padStart(2, '0')}`,
        sourceKey: `bench:report:${index}`,
        createdAt: '2026-12-01T06:30:00.000Z',
      });
    }
  });
  return user;
}

async function run(dialect: BenchDialect): Promise<number> {
  const { database, drop } = await openBenchDatabase(dialect);
  try {
    const store = createLedgerStore(database.db, database.dialect);
    const seedStarted = performance.now();
    const user = await seed(store);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const renderer = createReportRenderer(clock);
    const totals: number[] = [];
    const parts: Array<{ gather: number; pdf: number; xlsx: number; pages: number }> = [];
    for (let index = 0; index < runs; index++) {
      const started = performance.now();
      const report = await buildMonthReport(store, user, month, clock.now().toISOString());
      const gathered = performance.now();
      const pdf = await renderer.monthReport(report, 'pdf');
      const written = performance.now();
      const xlsx = await renderer.monthReport(report, 'xlsx');
      const done = performance.now();
      if (report.expenses.length !== expenseCount) throw new Error(`${report.expenses.length} expenses in the report`);
      if (pdf.bytes.length < 10_000 || xlsx.bytes.length < 10_000) throw new Error('a file came out empty');
      totals.push(written - started);
      parts.push({
        gather: gathered - started,
        pdf: written - gathered,
        xlsx: done - written,
        pages: Number(/\/Count (\d+)/.exec(Buffer.from(pdf.bytes).toString('latin1'))?.[1] ?? 0),
      });
    }
    const first = parts[0];
    const warm = totals.slice(1).sort((a, b) => a - b);
    const median = warm.length > 0 ? percentile(warm, 50) : (totals[0] ?? Number.NaN);
    const warmParts = parts.slice(1);
    const mean = (pick: (part: (typeof parts)[number]) => number) =>
      warmParts.reduce((sum, part) => sum + pick(part), 0) / Math.max(1, warmParts.length);
    console.log(
      `${dialect.padEnd(8)} ${expenseCount.toLocaleString('en')} expenses in ${month} (seeded in ${seedSeconds.toFixed(1)} s): ` +
        `PDF report (gather + write) first run ${totals[0]?.toFixed(0)} ms (gather ${first?.gather.toFixed(0)}, pdf ${first?.pdf.toFixed(0)}), ` +
        `then median ${median.toFixed(0)} ms over ${warm.length} runs (gather ${mean((part) => part.gather).toFixed(0)} ms, ` +
        `pdf ${mean((part) => part.pdf).toFixed(0)} ms, ${first?.pages} pages); XLSX report ${mean((part) => part.xlsx).toFixed(0)} ms; ` +
        `target < ${targetMs} ms (ratio ${(median / targetMs).toFixed(2)}), slowest warm run ${Math.max(...warm).toFixed(0)} ms`,
    );
    return median;
  } finally {
    await drop();
  }
}

for (const dialect of chosenBenchDialects(values.dialect)) {
  if ((await run(dialect)) >= targetMs) process.exitCode = 1;
}
