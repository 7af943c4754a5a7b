/** Structured logs (one JSON event per line) on stderr, so stdout stays the product's own output. */
import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'finbot' } }, pino.destination(2));
}
