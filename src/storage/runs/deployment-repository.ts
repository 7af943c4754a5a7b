/** Reads the deployment id the migrations made; it is never written after that. */
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

export async function loadDeploymentId(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('deployment').select('id').where('slot', '=', 1).executeTakeFirst();
  // The migration inserts the row; without it the schema is not what this code expects.
  if (!row) throw new Error('the deployment table has no row: run the database migrations');
  return row.id;
}
