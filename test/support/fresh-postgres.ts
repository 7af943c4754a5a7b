/** A PostgreSQL database of its own for a test, on the server CI guarantees, dropped afterwards. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** When this server is unreachable, tests that need it fail rather than skip. */
export const testPostgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface FreshPostgresDatabase {
  readonly url: string;
  /** Drops the database, closing whatever connections are left. */
  drop(): Promise<void>;
}

export async function createFreshPostgresDatabase(prefix = 'finbot_test'): Promise<FreshPostgresDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onPostgresServer(`create database ${name}`);
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onPostgresServer(`drop database if exists ${name} with (force)`) };
}

/** Runs one statement on the server's own database (creating and dropping databases, ending backends). */
export async function onPostgresServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
