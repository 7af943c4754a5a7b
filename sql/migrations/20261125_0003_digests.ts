/** Weekly digests: one delivery row per user and ISO week (the exactly-once claim), and per-user digest settings. */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const timestamp = dialect === 'postgres' ? 'timestamptz' : dialect === 'mssql' ? sql`datetime2(3)` : 'text';
  const text = (n: number) => (dialect === 'mssql' ? sql`nvarchar(${sql.raw(String(n))})` : `varchar(${n})`);

  // The primary key (user_id, week) is what makes a digest go out at most once per user and week: every sender
  // inserts this row (or takes over a released one) before it sends, whatever Redis or the scheduler did.
  await db.schema
    .createTable('digest_deliveries')
    .addColumn('user_id', 'integer', (column) => column.notNull().references('users.id'))
    .addColumn('week', text(8) as 'text', (column) => column.notNull())
    // claimed | sending | sent | released | failed | unreachable | uncertain
    .addColumn('status', text(16) as 'text', (column) => column.notNull())
    .addColumn('claim_token', text(100) as 'text', (column) => column.notNull())
    .addColumn('claimed_at', timestamp as 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('sent_at', timestamp as 'text')
    .addColumn('error', text(500) as 'text')
    .addPrimaryKeyConstraint('digest_deliveries_pk', ['user_id', 'week'])
    .execute();
  // The operator's view of a week ("who failed in 2026-W47?").
  await db.schema
    .createIndex('digest_deliveries_week_status_idx')
    .on('digest_deliveries')
    .columns(['week', 'status'])
    .execute();

  await db.schema
    .createTable('digest_recipients')
    .addColumn('user_id', 'integer', (column) => column.primaryKey().references('users.id'))
    // "MON 09:00" in the user's zone; null: the deployment's DIGEST_SEND_AT.
    .addColumn('send_at', text(16) as 'text')
    // 0/1: the platform refused for good (bot blocked, account gone); digests skip the user until it is cleared.
    .addColumn('unreachable', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('unreachable_at', timestamp as 'text')
    .addColumn('unreachable_reason', text(500) as 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('digest_recipients').execute();
  await db.schema.dropTable('digest_deliveries').execute();
}
