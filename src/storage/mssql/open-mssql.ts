/** Opens a SQL Server connection pool (tedious + tarn) from an `mssql://` or `sqlserver://` URL. */
import { Kysely, MssqlDialect } from 'kysely';
import * as tarn from 'tarn';
import * as tedious from 'tedious';
import type { Database } from '../database.ts';
import { mssqlConnectionConfig } from './mssql-connection-config.ts';

export function openMssql(url: string): Kysely<Database> {
  const config = mssqlConnectionConfig(url);
  return new Kysely<Database>({
    dialect: new MssqlDialect({
      tarn: { ...tarn, options: { min: 0, max: 10 } },
      tedious: { ...tedious, connectionFactory: () => new tedious.Connection(config) },
    }),
  });
}
