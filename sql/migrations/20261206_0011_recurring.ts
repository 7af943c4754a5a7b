/** Recurring expenses: the rules, and one occurrence row per rule and local date (the exactly-once key). */
import type { Kysely } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  await db.schema
    .createTable('recurring_rules')
    .addColumn('id', 'integer', type.id)
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    .addColumn('amount_minor', 'bigint', (col) => col.notNull())
    .addColumn('currency', type.code3(), (col) => col.notNull())
    .addColumn('category', type.text(100), (col) => col.notNull())
    .addColumn('category_key', type.text(100), (col) => col.notNull())
    .addColumn('note', type.text(500))
    // monthly | weekly
    .addColumn('cadence', type.text(16), (col) => col.notNull())
    // Day of the month (1–31, 31 being the last day) or ISO weekday (1–7).
    .addColumn('day', 'smallint', (col) => col.notNull())
    .addColumn('starts_on', 'date', (col) => col.notNull())
    // The next local date not yet recorded: the scheduler's claim moves it forward in the occurrences' transaction.
    .addColumn('next_on', 'date', (col) => col.notNull())
    .addColumn('active', 'integer', (col) => col.notNull().defaultTo(1))
    // The message that set the rule up: a redelivery finds its rule instead of making a second one.
    .addColumn('source_key', type.text(200), (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addColumn('stopped_at', type.timestamp())
    .addUniqueConstraint('recurring_rules_source_key_unique', ['source_key'])
    .execute();
  // The scheduler's page: active rules whose next date has come.
  await db.schema
    .createIndex('recurring_rules_due_idx')
    .on('recurring_rules')
    .columns(['active', 'next_on', 'id'])
    .execute();
  await db.schema
    .createIndex('recurring_rules_user_idx')
    .on('recurring_rules')
    .columns(['user_id', 'active'])
    .execute();

  await db.schema
    .createTable('recurring_occurrences')
    .addColumn('id', 'integer', type.id)
    .addColumn('rule_id', 'integer', (col) => col.notNull().references('recurring_rules.id'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // The rule's local date: the key that makes an occurrence happen once, whatever restarts or zone changes.
    .addColumn('occurs_on', 'date', (col) => col.notNull())
    .addColumn('expense_id', 'integer', (col) => col.notNull().references('expenses.id'))
    .addColumn('expense_number', 'integer', (col) => col.notNull())
    // none | pending | sending | sent | unreachable | refused | failed
    .addColumn('notice_status', type.text(16), (col) => col.notNull())
    .addColumn('notice_token', type.text(100))
    .addColumn('notice_attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('notice_next_at', type.timestamp(), (col) => col.notNull())
    .addColumn('notice_claimed_at', type.timestamp())
    .addColumn('notice_error', type.text(500))
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addUniqueConstraint('recurring_occurrences_rule_id_occurs_on_unique', ['rule_id', 'occurs_on'])
    .execute();
  // Messages waiting to go out.
  await db.schema
    .createIndex('recurring_occurrences_notice_idx')
    .on('recurring_occurrences')
    .columns(['notice_status', 'notice_next_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recurring_occurrences').execute();
  await db.schema.dropTable('recurring_rules').execute();
}
