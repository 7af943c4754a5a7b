/** Tells whether a driver error is a unique-constraint violation, in each dialect's own words. */
import type { DialectName } from './dialect-name.ts';

const sqliteConstraintUnique = 2067;
const sqliteConstraintPrimaryKey = 1555;
/** Violation of a UNIQUE/PRIMARY KEY constraint (2627) or of a unique index (2601). */
const mssqlDuplicateKeyNumbers = new Set([2627, 2601]);

/**
 * True for a unique violation; with `column`, only when the error names that column or a constraint named
 * after it (the constraints in the migrations are named `<table>_<columns>_unique`).
 */
export function isUniqueViolation(error: unknown, dialect: DialectName, column?: string): boolean {
  // Kysely's mssql driver can reject with tedious' array of errors; causes may wrap the driver error.
  if (Array.isArray(error)) return error.some((item) => isUniqueViolation(item, dialect, column));
  if (error === null || typeof error !== 'object') return false;
  const fields = error as {
    code?: unknown;
    errcode?: unknown;
    number?: unknown;
    message?: unknown;
    constraint?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  const violated =
    dialect === 'sqlite'
      ? fields.errcode === sqliteConstraintUnique ||
        fields.errcode === sqliteConstraintPrimaryKey ||
        (typeof fields.message === 'string' && fields.message.includes('UNIQUE constraint failed'))
      : dialect === 'postgres'
        ? fields.code === '23505'
        : typeof fields.number === 'number' && mssqlDuplicateKeyNumbers.has(fields.number);
  if (violated && (column === undefined || `${fields.message} ${fields.constraint}`.includes(column))) return true;
  if (fields.errors !== undefined && isUniqueViolation(fields.errors, dialect, column)) return true;
  return fields.cause !== undefined && fields.cause !== error && isUniqueViolation(fields.cause, dialect, column);
}
