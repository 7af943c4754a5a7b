/** Maps a `runs` row to the core's Run. */
import type { ModelResponse } from '../../core/assistant/model-client.ts';
import type { ReplyTarget } from '../../core/domain/reply-target.ts';
import type { Run, RunMode, RunRef, RunStatus } from '../../core/runs/run.ts';
import type { ReplyButton } from '../../core/service/inbound-message.ts';
import { readInteger, readTimestamp } from '../column-values.ts';
import type { RunRow } from './run-table.ts';

export function runFromRow(row: RunRow): Run {
  return {
    id: readInteger(row.id, 'runs.id'),
    threadId: readInteger(row.thread_id, 'runs.thread_id'),
    userId: readInteger(row.user_id, 'runs.user_id'),
    messageKey: row.message_key,
    status: row.status as RunStatus,
    mode: row.mode === 'extract_expense' ? 'extract_expense' : ('answer' satisfies RunMode),
    clarifyingQuestion: row.clarifying_question,
    userMessage: row.user_message,
    contextUntilMessageId: readInteger(row.context_until_message_id, 'runs.context_until_message_id'),
    reply: row.reply,
    replyKind: row.reply_kind,
    replyButtons: row.reply_buttons === null ? [] : parseJson<ReplyButton[]>(row.reply_buttons, []),
    responseIds: parseJson<string[]>(row.response_ids, []),
    modelResponses: parseJson<ModelResponse[]>(row.model_responses, []),
    error: row.error,
    attempts: readInteger(row.attempts, 'runs.attempts'),
    inputTokens: readInteger(row.input_tokens, 'runs.input_tokens'),
    outputTokens: readInteger(row.output_tokens, 'runs.output_tokens'),
    replyTarget: row.reply_target === null ? null : parseJson<ReplyTarget | null>(row.reply_target, null),
    createdAt: readTimestamp(row.created_at),
    availableAt: readTimestamp(row.available_at),
    startedAt: row.started_at === null ? null : readTimestamp(row.started_at),
    completedAt: row.completed_at === null ? null : readTimestamp(row.completed_at),
    leaseUntil: row.lease_until === null ? null : readTimestamp(row.lease_until),
    deliveredAt: row.delivered_at === null ? null : readTimestamp(row.delivered_at),
    queueToken: queueTokenOf(row),
  };
}

export function runRefFromRow(row: Pick<RunRow, 'id' | 'queue_token' | 'created_at'>): RunRef {
  return { id: readInteger(row.id, 'runs.id'), queueToken: queueTokenOf(row) };
}

/** Runs made before tokens existed use their creation instant, which a later run with the same id cannot share. */
function queueTokenOf(row: Pick<RunRow, 'queue_token' | 'created_at'>): string {
  return row.queue_token ?? `c${Date.parse(readTimestamp(row.created_at))}`;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
