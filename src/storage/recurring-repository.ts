/** Queries on `recurring_rules` and `recurring_occurrences`: rules per user, due pages, occurrences and their messages. */
import type { Kysely } from 'kysely';
import { categoryKey } from '../core/domain/category.ts';
import type { RecurringCadence, RecurringRule } from '../core/domain/recurring-rule.ts';
import type { Platform } from '../core/domain/user.ts';
import type { NoticeStatus, RecurringStore } from '../core/ports/recurring-store.ts';
import { readDate, readInteger, readTimestamp, writeDate, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { insertExpense } from './expense-repository.ts';
import type { RecurringRuleRow } from './recurring-rule-table.ts';
import { takeRows } from './take-rows.ts';
import { isUniqueViolation } from './unique-violation.ts';

/** Longest error text kept on an occurrence (the column's width). */
const errorLength = 500;

export function createRecurringStore(db: Kysely<Database>, dialect: DialectName): RecurringStore {
  const ruleBySourceKey = (sourceKey: string) =>
    db.selectFrom('recurring_rules').selectAll().where('source_key', '=', sourceKey).executeTakeFirst();
  const staleBefore = (now: string, staleSendingMs: number) =>
    writeTimestamp(new Date(Date.parse(now) - staleSendingMs).toISOString(), dialect);

  return {
    async saveRecurringRule(rule) {
      const saved = await ruleBySourceKey(rule.sourceKey);
      if (saved) return ruleFromRow(saved);
      try {
        await db
          .insertInto('recurring_rules')
          .values({
            user_id: rule.userId,
            amount_minor: rule.amount.minor,
            currency: rule.amount.currency,
            category: rule.category,
            category_key: categoryKey(rule.category),
            note: rule.note,
            cadence: rule.cadence,
            day: rule.day,
            starts_on: writeDate(rule.startsOn),
            next_on: writeDate(rule.nextOn),
            active: 1,
            source_key: rule.sourceKey,
            created_at: writeTimestamp(rule.createdAt, dialect),
          })
          .execute();
      } catch (error) {
        if (!isUniqueViolation(error, dialect, 'source_key')) throw error;
      }
      const row = await ruleBySourceKey(rule.sourceKey);
      if (!row) throw new Error(`recurring rule ${rule.sourceKey} was saved but cannot be read back`);
      return ruleFromRow(row);
    },

    async listRecurringRules(userId) {
      const rows = await db
        .selectFrom('recurring_rules')
        .selectAll()
        .where('user_id', '=', userId)
        .where('active', '=', 1)
        .orderBy('next_on')
        .orderBy('id')
        .execute();
      return rows.map(ruleFromRow);
    },

    async stopRecurringRules(userId, ids, stoppedAt) {
      if (ids.length === 0) return 0;
      const result = await db
        .updateTable('recurring_rules')
        .set({ active: 0, stopped_at: writeTimestamp(stoppedAt, dialect) })
        .where('user_id', '=', userId)
        .where('id', 'in', [...ids])
        .where('active', '=', 1)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async dueRuleCandidates({ horizon, afterId, limit }) {
      const rows = await takeRows(
        db
          .selectFrom('recurring_rules')
          .innerJoin('users', 'users.id', 'recurring_rules.user_id')
          .selectAll('recurring_rules')
          .select(['users.time_zone', 'users.platform'])
          .where('recurring_rules.active', '=', 1)
          .where('recurring_rules.next_on', '<=', writeDate(horizon))
          .where('recurring_rules.id', '>', afterId)
          .orderBy('recurring_rules.id'),
        dialect,
        limit,
      ).execute();
      return rows.map((row) => ({
        rule: ruleFromRow(row),
        timeZone: row.time_zone,
        platform: row.platform as Platform,
      }));
    },

    async advanceRecurringRule(ruleId, from, to) {
      const result = await db
        .updateTable('recurring_rules')
        .set({ next_on: writeDate(to) })
        .where('id', '=', ruleId)
        .where('active', '=', 1)
        .where('next_on', '=', writeDate(from))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async recordOccurrence(occurrence) {
      const expense = await insertExpense(db, dialect, occurrence.expense);
      await db
        .insertInto('recurring_occurrences')
        .values({
          rule_id: occurrence.ruleId,
          user_id: occurrence.expense.userId,
          occurs_on: writeDate(occurrence.occursOn),
          expense_id: expense.id,
          expense_number: expense.number,
          notice_status: occurrence.notice,
          notice_attempts: 0,
          notice_next_at: writeTimestamp(occurrence.noticeFrom, dialect),
          created_at: writeTimestamp(occurrence.createdAt, dialect),
        })
        .execute();
      return { ruleId: occurrence.ruleId, occursOn: occurrence.occursOn, expense };
    },

    async pendingNotices({ now, staleSendingMs, platforms, limit }) {
      if (platforms.length === 0) return [];
      const at = writeTimestamp(now, dialect);
      const rows = await takeRows(
        db
          .selectFrom('recurring_occurrences as o')
          .innerJoin('recurring_rules', 'recurring_rules.id', 'o.rule_id')
          .innerJoin('users', 'users.id', 'o.user_id')
          .selectAll('recurring_rules')
          .select([
            'o.id as occurrence_id',
            'o.occurs_on',
            'o.expense_number',
            'o.notice_attempts',
            'users.platform',
            'users.platform_user_id',
          ])
          .where('users.platform', 'in', [...platforms])
          .where((eb) =>
            eb.or([
              eb.and([eb('o.notice_status', '=', 'pending'), eb('o.notice_next_at', '<=', at)]),
              eb.and([
                eb('o.notice_status', '=', 'sending'),
                eb('o.notice_claimed_at', '<=', staleBefore(now, staleSendingMs)),
              ]),
            ]),
          )
          .orderBy('o.id'),
        dialect,
        limit,
      ).execute();
      return rows.map((row) => ({
        occurrenceId: readInteger(row.occurrence_id, 'recurring_occurrences.id'),
        rule: ruleFromRow(row),
        occursOn: readDate(row.occurs_on),
        expenseNumber: readInteger(row.expense_number, 'recurring_occurrences.expense_number'),
        attempts: readInteger(row.notice_attempts, 'recurring_occurrences.notice_attempts'),
        userId: readInteger(row.user_id, 'recurring_rules.user_id'),
        platform: row.platform as Platform,
        platformUserId: row.platform_user_id,
      }));
    },

    async claimNotice(occurrenceId, token, now, staleSendingMs) {
      const at = writeTimestamp(now, dialect);
      const result = await db
        .updateTable('recurring_occurrences')
        .set((eb) => ({
          notice_status: 'sending',
          notice_token: token,
          notice_claimed_at: at,
          notice_attempts: eb('notice_attempts', '+', 1),
        }))
        .where('id', '=', occurrenceId)
        .where((eb) =>
          eb.or([
            eb.and([eb('notice_status', '=', 'pending'), eb('notice_next_at', '<=', at)]),
            eb.and([
              eb('notice_status', '=', 'sending'),
              eb('notice_claimed_at', '<=', staleBefore(now, staleSendingMs)),
            ]),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async settleNotice(occurrenceId, token, outcome) {
      const status: NoticeStatus = outcome.status;
      await db
        .updateTable('recurring_occurrences')
        .set({
          notice_status: status,
          notice_error: outcome.error === undefined ? null : outcome.error.slice(0, errorLength),
          ...(outcome.status === 'pending' ? { notice_next_at: writeTimestamp(outcome.retryAt, dialect) } : {}),
        })
        .where('id', '=', occurrenceId)
        .where('notice_token', '=', token)
        .where('notice_status', '=', 'sending')
        .execute();
    },
  };
}

function ruleFromRow(row: RecurringRuleRow): RecurringRule {
  return {
    id: readInteger(row.id, 'recurring_rules.id'),
    userId: readInteger(row.user_id, 'recurring_rules.user_id'),
    amount: { minor: readInteger(row.amount_minor, 'recurring_rules.amount_minor'), currency: row.currency.trim() },
    category: row.category,
    note: row.note,
    cadence: row.cadence as RecurringCadence,
    day: readInteger(row.day, 'recurring_rules.day'),
    startsOn: readDate(row.starts_on),
    nextOn: readDate(row.next_on),
    active: readInteger(row.active, 'recurring_rules.active') === 1,
    createdAt: readTimestamp(row.created_at),
  };
}
