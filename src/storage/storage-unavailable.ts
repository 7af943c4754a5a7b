/**
 * Whether an error from a store call means the database could not be reached or answered (a restart, a
 * failover, a cut network, a pool with no free connection) rather than that the request was wrong: work that
 * failed so can be tried again as it is. Drivers report it in their own ways, so each is recognised here, the
 * one place that knows them; the error's causes (pg wraps, AggregateError for several addresses) are looked into.
 */

/** Node's own network errors, and tedious's socket and timeout codes. */
const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ESOCKET',
  'ETIMEOUT',
  'ECLOSE',
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), the server shutting down or starting (57P01-57P03),
 * too many connections (53300), and the conflicts a retry resolves (40001 serialization, 40P01 deadlock).
 */
const retryableStates = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);

/** pg, pg-pool and tarn report these as plain errors with no code. */
const unavailableMessages = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /connection error and is not queryable/,
  /^Timeout acquiring a connection/,
  /database is locked/,
];

export function isStorageUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (networkCodes.has(code) || code.startsWith('08') || retryableStates.has(code))) {
    return true;
  }
  if (unavailableMessages.some((pattern) => pattern.test(error.message))) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isStorageUnavailable(inner, depth + 1))) {
    return true;
  }
  return isStorageUnavailable(error.cause, depth + 1);
}
