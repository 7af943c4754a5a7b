/** The `runs` table: one row per question handed to the model. */
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<string | Date, string, string>;
type NullableTimestamp = ColumnType<string | Date | null, string | null | undefined, string | null>;

export interface RunTable {
  id: Generated<number>;
  thread_id: number;
  user_id: number;
  message_key: string;
  status: string;
  user_message: string;
  context_until_message_id: number;
  reply: string | null;
  reply_kind: string | null;
  /** JSON array of the model's response ids. */
  response_ids: string;
  /** JSON array of model responses, replayed when a run is retried. */
  model_responses: string;
  error: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  input_tokens: ColumnType<number, number | undefined, number>;
  output_tokens: ColumnType<number, number | undefined, number>;
  /** JSON ReplyTarget, or null when the asker reads the reply inline (terminal chat). */
  reply_target: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  available_at: Timestamp;
  started_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  lease_until: NullableTimestamp;
  delivered_at: NullableTimestamp;
  /** 'answer' or 'extract_expense'. */
  mode: ColumnType<string, string | undefined, string>;
  /** What to ask when an extraction gives no valid expense. */
  clarifying_question: string | null;
  /** JSON array of the reply's buttons, or null. */
  reply_buttons: string | null;
  /** Random, part of the run's job ids; null for runs made before the column existed. */
  queue_token: string | null;
  /** Why the reply's platform refused it for good (blocked, chat gone); the sweep leaves these alone. */
  delivery_refused: ColumnType<string | null, string | null | undefined, string | null>;
}

export type RunRow = Selectable<RunTable>;
