/** RunStore on Kysely: claims are conditional UPDATEs, so two workers can never both hold one run. */
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { RunStore } from '../../core/ports/run-store.ts';
import type { NewRun, Run, RunClaim, RunOutcome } from '../../core/runs/run.ts';
import { readInteger, writeTimestamp } from '../column-values.ts';
import type { Database } from '../database.ts';
import type { DialectName } from '../dialect-name.ts';
import { takeRows } from '../take-rows.ts';
import { loadDeploymentId } from './deployment-repository.ts';
import { runFromRow, runRefFromRow } from './run-row.ts';

const unfinished = ['queued', 'in_progress'];

export function createRunRepository(db: Kysely<Database>, dialect: DialectName): RunStore {
  const ts = (iso: string) => writeTimestamp(iso, dialect);
  // Queue bookkeeping (when a run is due, when it last changed) is wall-clock time: the run's createdAt may come
  // from a pinned business clock (FINBOT_NOW), and leases and the sweep compare with the wall clock.
  const wallNow = () => ts(new Date().toISOString());

  async function findRun(id: number): Promise<Run | undefined> {
    const row = await db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? runFromRow(row) : undefined;
  }

  return {
    findRun,

    deploymentId: () => loadDeploymentId(db),

    async createRun(run: NewRun) {
      await db
        .insertInto('runs')
        .values({
          thread_id: run.threadId,
          user_id: run.userId,
          message_key: run.messageKey,
          status: 'queued',
          mode: run.mode ?? 'answer',
          clarifying_question: run.clarifyingQuestion ?? null,
          user_message: run.userMessage,
          context_until_message_id: run.contextUntilMessageId,
          reply: null,
          reply_kind: null,
          response_ids: '[]',
          model_responses: '[]',
          error: null,
          reply_target: run.replyTarget ? JSON.stringify(run.replyTarget) : null,
          created_at: ts(run.createdAt),
          updated_at: wallNow(),
          available_at: wallNow(),
          queue_token: newQueueToken(),
        })
        .execute();
      const row = await db
        .selectFrom('runs')
        .selectAll()
        .where('message_key', '=', run.messageKey)
        .executeTakeFirstOrThrow();
      return runFromRow(row);
    },

    async claimNextRun(threadId, now, leaseUntil): Promise<RunClaim> {
      const next = await takeRows(
        db
          .selectFrom('runs')
          .selectAll()
          .where('thread_id', '=', threadId)
          .where('status', 'in', unfinished)
          .orderBy('id'),
        dialect,
        1,
      ).executeTakeFirst();
      if (!next) return { kind: 'idle' };
      const run = runFromRow(next);
      if (run.status === 'in_progress' && run.leaseUntil && run.leaseUntil > now)
        return { kind: 'wait', until: run.leaseUntil };
      if (run.status === 'queued' && run.availableAt > now) return { kind: 'wait', until: run.availableAt };
      const result = await db
        .updateTable('runs')
        .set({
          status: 'in_progress',
          attempts: sql<number>`attempts + 1`,
          lease_until: ts(leaseUntil),
          started_at: sql<string>`coalesce(started_at, ${ts(now)})`,
          updated_at: ts(now),
        })
        .where('id', '=', run.id)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'queued'), eb('available_at', '<=', ts(now))]),
            eb.and([eb('status', '=', 'in_progress'), eb('lease_until', '<=', ts(now))]),
          ]),
        )
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        // Another worker took it between our read and our update: let the caller come back shortly.
        return { kind: 'wait', until: new Date(Date.parse(now) + 1000).toISOString() };
      }
      const claimed = await findRun(run.id);
      if (!claimed) throw new Error(`run ${run.id} vanished while claimed`);
      return { kind: 'claimed', run: claimed };
    },

    async extendLease(runId, attempt, leaseUntil) {
      // The attempt count names the claim: a worker whose lease ran out and was taken over renews nothing.
      const result = await db
        .updateTable('runs')
        .set({ lease_until: ts(leaseUntil) })
        .where('id', '=', runId)
        .where('status', '=', 'in_progress')
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async saveModelResponse(runId, response) {
      // Only the worker holding the run's lease writes here, so read-modify-write is safe.
      const row = await db.selectFrom('runs').select('model_responses').where('id', '=', runId).executeTakeFirst();
      const saved = row ? (JSON.parse(row.model_responses) as unknown[]) : [];
      await db
        .updateTable('runs')
        .set({ model_responses: JSON.stringify([...saved, response]) })
        .where('id', '=', runId)
        .execute();
    },

    async requeueRun(runId, availableAt, error) {
      await db
        .updateTable('runs')
        .set({
          status: 'queued',
          available_at: ts(availableAt),
          error,
          lease_until: null,
          updated_at: wallNow(),
        })
        .where('id', '=', runId)
        .execute();
    },

    async finishRun(runId, outcome: RunOutcome) {
      await db
        .updateTable('runs')
        .set({
          status: outcome.status,
          reply: outcome.reply,
          reply_kind: outcome.replyKind,
          reply_buttons: outcome.buttons && outcome.buttons.length > 0 ? JSON.stringify(outcome.buttons) : null,
          response_ids: JSON.stringify(outcome.responseIds),
          error: outcome.error,
          input_tokens: outcome.inputTokens,
          output_tokens: outcome.outputTokens,
          completed_at: ts(outcome.completedAt),
          // findUndeliveredRuns waits from here, on the wall clock.
          updated_at: wallNow(),
          lease_until: null,
        })
        .where('id', '=', runId)
        .execute();
    },

    async markDelivered(runId, at) {
      await db
        .updateTable('runs')
        .set({ delivered_at: ts(at) })
        .where('id', '=', runId)
        .where('delivered_at', 'is', null)
        .execute();
    },

    async findOrphanedThreads(now, staleBefore, limit) {
      const rows = await takeRows(
        db
          .selectFrom('runs')
          .select('thread_id')
          .where((eb) =>
            eb.or([
              eb.and([eb('status', '=', 'queued'), eb('available_at', '<=', ts(staleBefore))]),
              eb.and([eb('status', '=', 'in_progress'), eb('lease_until', '<=', ts(now))]),
            ]),
          )
          .groupBy('thread_id')
          .orderBy('thread_id'),
        dialect,
        limit,
      ).execute();
      return rows.map((row) => readInteger(row.thread_id, 'runs.thread_id'));
    },

    async findUndeliveredRuns(staleBefore, limit) {
      const rows = await takeRows(
        db
          .selectFrom('runs')
          .select(['id', 'queue_token', 'created_at'])
          .where('status', 'in', ['completed', 'failed', 'expired'])
          .where('delivered_at', 'is', null)
          .where('delivery_refused', 'is', null)
          .where('updated_at', '<=', ts(staleBefore))
          .orderBy('id'),
        dialect,
        limit,
      ).execute();
      return rows.map(runRefFromRow);
    },

    async markDeliveryRefused(runId, reason) {
      await db
        .updateTable('runs')
        .set({ delivery_refused: reason.slice(0, 500) })
        .where('id', '=', runId)
        .where('delivered_at', 'is', null)
        .execute();
    },

    async renewQueueToken(runId, previousToken) {
      const stored = await db
        .selectFrom('runs')
        .select(['id', 'queue_token', 'created_at'])
        .where('id', '=', runId)
        .executeTakeFirst();
      if (!stored || runRefFromRow(stored).queueToken !== previousToken) return undefined;
      const queueToken = newQueueToken();
      // Conditional on the token read (null for runs made before tokens existed): of two sweeps renewing at
      // once, one wins and queues the job.
      const result = await db
        .updateTable('runs')
        .set({ queue_token: queueToken })
        .where('id', '=', runId)
        .where((eb) =>
          stored?.queue_token ? eb('queue_token', '=', stored.queue_token) : eb('queue_token', 'is', null),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? { id: runId, queueToken } : undefined;
    },

    async countRunsByStatus() {
      const rows = await db
        .selectFrom('runs')
        .select(['status', (eb) => eb.fn.countAll<number | string>().as('count')])
        .groupBy('status')
        .execute();
      return Object.fromEntries(rows.map((row) => [row.status, readInteger(row.count, 'count')]));
    },
  };
}

function newQueueToken(): string {
  return randomBytes(12).toString('base64url');
}
