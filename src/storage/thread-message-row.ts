/** Maps a `thread_messages` row to the core's ThreadMessage. */
import type { ThreadMessage, ThreadRole } from '../core/domain/thread.ts';
import { readInteger, readTimestamp } from './column-values.ts';
import type { ThreadMessageRow } from './thread-message-table.ts';

export function threadMessageFromRow(row: ThreadMessageRow): ThreadMessage {
  return {
    id: readInteger(row.id, 'thread_messages.id'),
    threadId: readInteger(row.thread_id, 'thread_messages.thread_id'),
    role: row.role as ThreadRole,
    content: row.content,
    createdAt: readTimestamp(row.created_at),
  };
}
