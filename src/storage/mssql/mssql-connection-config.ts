/** Turns `mssql://user:pass@host:port/db?encrypt=true&trustServerCertificate=true` into tedious' connection config. */
import type { ConnectionConfiguration } from 'tedious';

export function mssqlConnectionConfig(url: string): ConnectionConfiguration {
  const parsed = new URL(url);
  if (parsed.protocol !== 'mssql:' && parsed.protocol !== 'sqlserver:') {
    throw new Error(`Not a SQL Server URL (mssql:// or sqlserver://): ${parsed.protocol}`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const flag = (name: string, fallback: boolean): boolean => {
    const value = parsed.searchParams.get(name);
    return value === null ? fallback : value === 'true' || value === '1';
  };
  return {
    server: parsed.hostname,
    authentication: {
      type: 'default',
      options: { userName: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) },
    },
    options: {
      port: parsed.port ? Number(parsed.port) : 1433,
      ...(database ? { database } : {}),
      // "strict": TDS 8.0, where SQL Server 2022 or Azure SQL require it; otherwise a plain on/off flag.
      encrypt: parsed.searchParams.get('encrypt') === 'strict' ? 'strict' : flag('encrypt', true),
      trustServerCertificate: flag('trustServerCertificate', false),
      // datetime2 and date values are UTC on both ways; the store only ever deals in UTC.
      useUTC: true,
      // Kysely's SQL Server compiler quotes identifiers with "…", and filtered indexes need this setting too.
      enableQuotedIdentifier: true,
    },
  };
}
