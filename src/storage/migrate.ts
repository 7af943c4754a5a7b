/** Applies the migrations in sql/migrations with Kysely's Migrator and reports what ran. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Kysely } from 'kysely';
import { FileMigrationProvider, Migrator } from 'kysely/migration';

export const migrationFolder = path.resolve(import.meta.dirname, '../../sql/migrations');

export interface MigrationReport {
  /** Migrations applied by this call, in order; empty when the database was up to date. */
  readonly applied: ReadonlyArray<string>;
}

/**
 * Brings the schema up to date. Safe to run on every start and from several processes at once: the
 * Migrator takes a database lock and skips what ran before. Throws an Error naming the failed migration.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: new FileMigrationProvider({
      fs,
      path,
      migrationFolder,
      import: (file: string) => import(pathToFileURL(file).href),
    }),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (failed) {
    throw new Error(`Migration "${failed.migrationName}" failed: ${describe(error)}`, { cause: error });
  }
  if (error) throw new Error(`Database migration failed: ${describe(error)}`, { cause: error });
  return {
    applied: (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName),
  };
}

function describe(error: unknown): string {
  if (Array.isArray(error)) return error.map(describe).join('; ');
  return error instanceof Error ? error.message : String(error);
}
