/**
 * Seeded benchmark databases: users and expenses generated in SQL, fast enough for a million rows, the same rows
 * on every dialect.
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../../src/storage/dialect-name.ts';
import type { OpenedDatabase } from '../../src/storage/open-database.ts';
import { type BenchDialect, openBenchDatabase } from './bench-database.ts';

export interface SeedShape {
  readonly userCount: number;
  readonly expenseCount: number;
  /** First day expenses fall on; they spread evenly over `days` days from it. */
  readonly firstDay: string;
  readonly days: number;
}

/** A fresh database with `shape.userCount` Telegram users (Europe/London) and their expenses. */
export async function openSeededDatabase(
  dialect: BenchDialect,
  shape: SeedShape,
): Promise<{ database: OpenedDatabase; drop(): Promise<void> }> {
  const opened = await openBenchDatabase(dialect);
  await seed(opened.database.db, opened.database.dialect, shape);
  return opened;
}

// biome-ignore lint/suspicious/noExplicitAny: seeding writes raw SQL against the schema
async function seed(db: Kysely<any>, dialect: DialectName, shape: SeedShape): Promise<void> {
  const { userCount, expenseCount, firstDay, days } = shape;
  // Literals, not parameters: SQLite would bind a JS number as REAL and divide in floating point.
  const lit = (value: number) => sql.lit(Math.trunc(value));
  const categories = ['groceries', 'fuel', 'rent', 'eating out', 'snacks', 'transport', 'utilities', 'health'];
  const category = (i: string) =>
    sql.raw(`case ${i} % 8 ${categories.map((name, index) => `when ${index} then '${name}'`).join(' ')} end`);
  if (dialect === 'sqlite') {
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${lit(userCount)})
      insert into users (platform, platform_user_id, display_name, time_zone, currency, locale, week_start, digest_enabled, last_expense_number, created_at)
      select 'telegram', cast(100000 + i as text), 'user ' || i, 'Europe/London', 'INR', 'en-IN', 1, 1, ${lit(expenseCount / userCount)}, '2030-01-01T00:00:00.000Z' from n`.execute(
      db,
    );
    await sql`with recursive n(i) as (select 0 union all select i + 1 from n where i < ${lit(expenseCount - 1)})
      insert into expenses (user_id, number, amount_minor, currency, category, category_key, note, spent_on, created_at, source_key)
      select (i % ${lit(userCount)}) + 1, (i / ${lit(userCount)}) + 1, 1000 + (i * 7919) % 250000,
        case when i % 20 = 0 then 'USD' else 'INR' end, ${category('(i / 7)')}, ${category('(i / 7)')}, null,
        date(${firstDay}, '+' || ((i / ${lit(userCount)}) * ${lit(days)} / ${lit(expenseCount / userCount)}) || ' days'),
        '2030-01-01T00:00:00.000Z', 'bench:' || i from n`.execute(db);
  } else if (dialect === 'mssql') {
    await sql`with ${mssqlNumbers(1, userCount)}
      insert into users (platform, platform_user_id, display_name, time_zone, currency, locale, week_start, digest_enabled, last_expense_number, created_at)
      select 'telegram', cast(100000 + i as nvarchar(20)), 'user ' + cast(i as nvarchar(20)), 'Europe/London', 'INR', 'en-IN', 1, 1, ${lit(expenseCount / userCount)}, '2030-01-01T00:00:00.000' from n`.execute(
      db,
    );
    await sql`with ${mssqlNumbers(0, expenseCount)}
      insert into expenses (user_id, number, amount_minor, currency, category, category_key, note, spent_on, created_at, source_key)
      select (i % ${lit(userCount)}) + 1, (i / ${lit(userCount)}) + 1, 1000 + (i * 7919) % 250000,
        case when i % 20 = 0 then 'USD' else 'INR' end, ${category('(i / 7)')}, ${category('(i / 7)')}, null,
        dateadd(day, (i / ${lit(userCount)}) * ${lit(days)} / ${lit(expenseCount / userCount)}, cast(${sql.lit(firstDay)} as date)),
        '2030-01-01T00:00:00.000', 'bench:' + cast(i as nvarchar(20)) from n`.execute(db);
    // T-SQL has no VACUUM; statistics at least are current, as after PostgreSQL's analyze.
    await sql`exec sp_updatestats`.execute(db);
  } else {
    await sql`insert into users (platform, platform_user_id, display_name, time_zone, currency, locale, week_start, digest_enabled, last_expense_number, created_at)
      select 'telegram', (100000 + i)::text, 'user ' || i, 'Europe/London', 'INR', 'en-IN', 1, 1, ${lit(expenseCount / userCount)}, timestamptz '2030-01-01T00:00:00Z'
      from generate_series(1, ${lit(userCount)}) as i`.execute(db);
    await sql`insert into expenses (user_id, number, amount_minor, currency, category, category_key, note, spent_on, created_at, source_key)
      select (i % ${lit(userCount)}) + 1, (i / ${lit(userCount)}) + 1, 1000 + (i::bigint * 7919) % 250000,
        case when i % 20 = 0 then 'USD' else 'INR' end, ${category('(i / 7)')}, ${category('(i / 7)')}, null,
        date ${sql.lit(firstDay)} + ((i / ${lit(userCount)}) * ${lit(days)} / ${lit(expenseCount / userCount)}),
        timestamptz '2030-01-01T00:00:00Z', 'bench:' || i from generate_series(0, ${lit(expenseCount - 1)}) as i`.execute(
      db,
    );
    // As a long-running database would be: statistics current, visibility map set (index-only scans).
    await sql`vacuum analyze`.execute(db);
  }
}

/**
 * `n(i)`: `count` consecutive bigints from `first`, from a cross join of digits; GENERATE_SERIES needs SQL Server
 * 2022 at compatibility level 160, this runs on every version.
 */
function mssqlNumbers(first: number, count: number) {
  const digits = sql.raw('(values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as v(d)');
  const joins = Math.max(1, Math.ceil(Math.log10(Math.max(count, 2))));
  const crossed = sql.raw(Array.from({ length: joins }, (_, index) => `digits d${index}`).join(' cross join '));
  return sql`digits(d) as (select d from ${digits}),
    n(i) as (select top (${sql.lit(Math.trunc(count))}) ${sql.lit(Math.trunc(first))} - 1 + row_number() over (order by (select null)) from ${crossed})`;
}
