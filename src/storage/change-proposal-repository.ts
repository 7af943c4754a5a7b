/** Queries on `change_proposals`: saved once per run, read by their user, decided once. */
import type { Kysely } from 'kysely';
import type { ChangeProposal, ProposalStatus, ProposedChange } from '../core/domain/change-proposal.ts';
import type { ProposalStore } from '../core/ports/proposal-store.ts';
import type { ChangeProposalRow } from './change-proposal-table.ts';
import { readInteger, readTimestamp, writeTimestamp } from './column-values.ts';
import type { Database } from './database.ts';
import type { DialectName } from './dialect-name.ts';
import { takeRows } from './take-rows.ts';
import { isUniqueViolation } from './unique-violation.ts';

export function createProposalStore(db: Kysely<Database>, dialect: DialectName): ProposalStore {
  const bySourceKey = async (sourceKey: string) =>
    db.selectFrom('change_proposals').selectAll().where('source_key', '=', sourceKey).executeTakeFirst();
  return {
    async saveProposal(proposal) {
      const saved = await bySourceKey(proposal.sourceKey);
      if (saved) return proposalFromRow(saved);
      try {
        await db
          .insertInto('change_proposals')
          .values({
            user_id: proposal.userId,
            source_key: proposal.sourceKey,
            changes: JSON.stringify(proposal.changes),
            status: 'open',
            created_at: writeTimestamp(proposal.createdAt, dialect),
            expires_at: writeTimestamp(proposal.expiresAt, dialect),
            decided_at: null,
          })
          .execute();
      } catch (error) {
        // Two attempts of one run raced: the other one's proposal stands. (Runs write outside any transaction.)
        if (!isUniqueViolation(error, dialect)) throw error;
      }
      const row = await bySourceKey(proposal.sourceKey);
      if (!row) throw new Error(`proposal ${proposal.sourceKey} was saved but cannot be read back`);
      return proposalFromRow(row);
    },

    async findProposal(userId, id) {
      const row = await db
        .selectFrom('change_proposals')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row ? proposalFromRow(row) : undefined;
    },

    async latestOpenProposal(userId, now) {
      const row = await takeRows(
        db
          .selectFrom('change_proposals')
          .selectAll()
          .where('user_id', '=', userId)
          .where('status', '=', 'open')
          .where('expires_at', '>', writeTimestamp(now, dialect))
          .orderBy('id', 'desc'),
        dialect,
        1,
      ).executeTakeFirst();
      return row ? proposalFromRow(row) : undefined;
    },

    async decideProposal(userId, id, decision, now) {
      const at = writeTimestamp(now, dialect);
      const result = await db
        .updateTable('change_proposals')
        .set({ status: decision, decided_at: at })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('status', '=', 'open')
        .where('expires_at', '>', at)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}

function proposalFromRow(row: ChangeProposalRow): ChangeProposal {
  return {
    id: readInteger(row.id, 'change_proposals.id'),
    userId: readInteger(row.user_id, 'change_proposals.user_id'),
    status: row.status as ProposalStatus,
    changes: JSON.parse(row.changes) as ProposedChange[],
    createdAt: readTimestamp(row.created_at),
    expiresAt: readTimestamp(row.expires_at),
    decidedAt: row.decided_at === null ? null : readTimestamp(row.decided_at),
  };
}
