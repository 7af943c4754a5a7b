/**
 * Databases for benchmarks: a fresh SQLite file, or a fresh PostgreSQL or SQL Server database dropped afterwards;
 * and which of them a `--dialect` option asks for.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type OpenedDatabase, openDatabase } from '../../src/storage/open-database.ts';

export type BenchDialect = 'sqlite' | 'postgres' | 'mssql';

const benchDialects: ReadonlyArray<BenchDialect> = ['sqlite', 'postgres', 'mssql'];

export const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The SQL Server the mssql runs create their databases on; `../shared/babelfish/start.sh` prints one. */
export const mssqlServerUrl = process.env.MSSQL_URL;

/**
 * `both` (SQLite then PostgreSQL, as before SQL Server joined), one dialect, or a comma list such as
 * `postgres,mssql`. An mssql run without MSSQL_URL is dropped with a message rather than failing the others.
 */
export function chosenBenchDialects(option: string): BenchDialect[] {
  const names = option === 'both' ? ['sqlite', 'postgres'] : option.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!benchDialects.includes(name as BenchDialect))
      throw new Error(`unknown dialect "${name}": use ${benchDialects.join(', ')}, a comma list of them, or both`);
  }
  if (names.includes('mssql') && !mssqlServerUrl)
    console.log('mssql    skipped: MSSQL_URL is not set (../shared/babelfish/start.sh starts a server and prints it)');
  return (names as BenchDialect[]).filter((name) => name !== 'mssql' || mssqlServerUrl);
}

export async function openBenchDatabase(
  dialect: BenchDialect,
): Promise<{ database: OpenedDatabase; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return openSqliteBenchDatabase();
  if (dialect === 'mssql') return openMssqlBenchDatabase();
  const name = `finbot_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase(url.toString());
  await migrateToLatest(database.db);
  return {
    database,
    async drop() {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function openSqliteBenchDatabase(): Promise<{ database: OpenedDatabase; drop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'finbot-bench-'));
  const database = await openDatabase(`sqlite:${join(dir, 'bench.db')}`);
  await migrateToLatest(database.db);
  return {
    database,
    async drop() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * CREATE DATABASE through the server's own database; dropped once the bench's connections are closed, which
 * needs no ALTER DATABASE … SET SINGLE_USER (the Babelfish test server has no ALTER DATABASE).
 */
async function openMssqlBenchDatabase(): Promise<{ database: OpenedDatabase; drop(): Promise<void> }> {
  if (!mssqlServerUrl) throw new Error('MSSQL_URL is not set: no SQL Server to benchmark on');
  const name = `finbot_bench_${randomBytes(4).toString('hex')}`;
  const server = await openDatabase(mssqlServerUrl);
  await sql`create database ${sql.id(name)}`.execute(server.db);
  const url = new URL(mssqlServerUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase(url.toString());
  const drop = async () => {
    await database.close();
    try {
      await sql`drop database ${sql.id(name)}`.execute(server.db);
    } finally {
      await server.close();
    }
  };
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await drop();
    throw error;
  }
  return { database, drop };
}

/** Percentile of sorted milliseconds. */
export function percentile(sorted: ReadonlyArray<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
