/** Run modes: a run either answers a question or extracts one expense from an unclear message; replies keep their buttons. */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../../src/storage/dialect-name.ts';
import { columnTypes } from '../column-types.ts';

// biome-ignore lint/suspicious/noExplicitAny: a migration runs against whatever schema exists at its point in history
export async function up(db: Kysely<any>): Promise<void> {
  const type = columnTypes(dialectOf(db));
  // One column per statement: SQLite and SQL Server take no list of added columns in one ALTER TABLE.
  // 'answer' | 'extract_expense'; runs made before this migration were all answers.
  await db.schema
    .alterTable('runs')
    .addColumn('mode', type.text(20), (col) => col.notNull().defaultTo('answer'))
    .execute();
  // What to ask the user when an extraction gives no valid expense (the parser's question).
  await db.schema.alterTable('runs').addColumn('clarifying_question', type.longText()).execute();
  // JSON array of the reply's buttons (an extracted expense's Undo); null for none.
  await db.schema.alterTable('runs').addColumn('reply_buttons', type.longText()).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: as for up
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('runs').dropColumn('reply_buttons').execute();
  await db.schema.alterTable('runs').dropColumn('clarifying_question').execute();
  // SQL Server cannot drop a column its default constraint depends on, and that constraint's name was made up by
  // the server: look it up. Babelfish lists such a default but keeps no constraint to drop.
  if (dialectOf(db) === 'mssql') {
    await sql`declare @name sysname = (select d.name from sys.default_constraints d join sys.columns c on c.object_id = d.parent_object_id and c.column_id = d.parent_column_id where d.parent_object_id = object_id('runs') and c.name = 'mode');
if @name is not null and serverproperty('babelfish') is null exec('alter table runs drop constraint ' + @name)`.execute(
      db,
    );
  }
  await db.schema.alterTable('runs').dropColumn('mode').execute();
}
