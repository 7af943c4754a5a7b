/** Limits a select to n rows: `limit` on SQLite and pg, `top(n)` on SQL Server, which has no LIMIT. */
import type { SelectQueryBuilder } from 'kysely';
import type { DialectName } from './dialect-name.ts';

export function takeRows<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  dialect: DialectName,
  limit: number,
): SelectQueryBuilder<DB, TB, O> {
  // Kysely writes top(n) into the SQL text rather than as a parameter, so n must be a plain integer.
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`Row limit must be a whole number ≥ 0: ${limit}`);
  return dialect === 'mssql' ? query.top(limit) : query.limit(limit);
}
