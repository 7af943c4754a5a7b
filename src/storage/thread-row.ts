/** Maps a `threads` row to the core's Thread; an unreadable context becomes `{}`. */
import type { Thread, ThreadContext } from '../core/domain/thread.ts';
import { readInteger } from './column-values.ts';
import type { ThreadRow } from './thread-table.ts';

export function threadFromRow(row: Pick<ThreadRow, 'id' | 'user_id' | 'context'>): Thread {
  return {
    id: readInteger(row.id, 'threads.id'),
    userId: readInteger(row.user_id, 'threads.user_id'),
    context: parseContext(row.context),
  };
}

function parseContext(text: string | null): ThreadContext {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as ThreadContext) : {};
  } catch {
    return {};
  }
}
