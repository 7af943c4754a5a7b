/** Budgets (overall or per category, weekly or monthly, per currency) and the alerts their thresholds raised. */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  // A row is one version of a plan: setting a budget again with another amount or period removes the row and
  // inserts a new one, so the new plan's thresholds alert afresh while the old plan's alerts stay recorded.
  await db.schema
    .createTable('budgets')
    .addColumn('id', 'integer', (col) => type.id(col))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // Lower-case key of the category, '' for the overall budget (never NULL: a unique index must see it).
    .addColumn('category_key', type.text(100), (col) => col.notNull())
    // The spelling shown; NULL for the overall budget.
    .addColumn('category', type.text(100))
    .addColumn('currency', type.code3(), (col) => col.notNull())
    .addColumn('amount_minor', 'bigint', (col) => col.notNull())
    // 'week' or 'month'.
    .addColumn('period', type.text(10), (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addColumn('removed_at', type.timestamp())
    .execute();
  // One live budget per user, category and currency: a filtered unique index (partial on SQLite and pg).
  await db.schema
    .createIndex('budgets_live_unique')
    .on('budgets')
    .columns(['user_id', 'category_key', 'currency'])
    .unique()
    .where(sql.ref('removed_at'), 'is', null)
    .execute();

  // One alert per budget, period and threshold, ever: the primary key is what makes an alert exactly-once.
  await db.schema
    .createTable('budget_alerts')
    .addColumn('budget_id', 'integer', (col) => col.notNull().references('budgets.id'))
    // The first day of the budget's period the alert belongs to.
    .addColumn('period_start', 'date', (col) => col.notNull())
    // 80 or 100 (percent of the amount).
    .addColumn('threshold', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id'))
    // The change that crossed it (a message key, a model call's key, a recurring occurrence's key): a retried
    // change reads its alerts back by this key and says them again in its reply.
    .addColumn('source_key', type.text(300), (col) => col.notNull())
    .addColumn('text', type.text(500), (col) => col.notNull())
    .addColumn('created_at', type.timestamp(), (col) => col.notNull())
    .addPrimaryKeyConstraint('budget_alerts_pk', ['budget_id', 'period_start', 'threshold'])
    .execute();
  await db.schema.createIndex('budget_alerts_source').on('budget_alerts').columns(['user_id', 'source_key']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_alerts').execute();
  await db.schema.dropTable('budgets').execute();
}
