import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mssqlConnectionConfig } from '../../src/storage/mssql/mssql-connection-config.ts';

test('an mssql:// URL becomes a tedious config with decoded credentials, port, database and TLS flags', () => {
  const config = mssqlConnectionConfig(
    'mssql://sa:p%40ss%3Aword@db.internal:14330/finbot?encrypt=true&trustServerCertificate=true',
  );
  assert.equal(config.server, 'db.internal');
  assert.deepEqual(config.authentication, { type: 'default', options: { userName: 'sa', password: 'p@ss:word' } });
  assert.equal(config.options?.port, 14330);
  assert.equal(config.options?.database, 'finbot');
  assert.equal(config.options?.encrypt, true);
  assert.equal(config.options?.trustServerCertificate, true);
  assert.equal(config.options?.useUTC, true);
});

test('sqlserver:// works the same; the port defaults to 1433 and certificates are checked unless told otherwise', () => {
  const config = mssqlConnectionConfig('sqlserver://app:secret@localhost/finbot');
  assert.equal(config.options?.port, 1433);
  assert.equal(config.options?.encrypt, true);
  assert.equal(config.options?.trustServerCertificate, false);
  assert.throws(() => mssqlConnectionConfig('postgres://x@y/z'), /Not a SQL Server URL/);
});

test('encrypt=strict asks for TDS 8.0; encrypt=false turns encryption off', () => {
  assert.equal(mssqlConnectionConfig('mssql://a:b@h/finbot?encrypt=strict').options?.encrypt, 'strict');
  assert.equal(mssqlConnectionConfig('mssql://a:b@h/finbot?encrypt=false').options?.encrypt, false);
});
