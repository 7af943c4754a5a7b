/** A Kysely instance with a real dialect's adapter and query compiler whose driver only records the SQL it is sent. */
import {
  type CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type DialectAdapter,
  type Driver,
  Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

/** What the fake server answers for one statement. */
export type Responder = (query: CompiledQuery) => QueryResult<unknown>;

export interface Recording<DB> {
  readonly db: Kysely<DB>;
  /** Every statement sent, transaction commands included as plain text ("begin", "commit", "rollback"). */
  readonly sent: Array<{ sql: string; parameters: ReadonlyArray<unknown> }>;
  /** Forget what was sent so far. */
  clear(): void;
}

export function recordingKysely<DB>(dialect: {
  adapter: () => DialectAdapter;
  compiler: () => QueryCompiler;
  introspector: (db: Kysely<unknown>) => DatabaseIntrospector;
  respond: Responder;
}): Recording<DB> {
  const sent: Array<{ sql: string; parameters: ReadonlyArray<unknown> }> = [];
  const note = (sql: string) => {
    sent.push({ sql, parameters: [] });
  };
  const connection: DatabaseConnection = {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      sent.push({ sql: query.sql, parameters: query.parameters });
      return dialect.respond(query) as QueryResult<R>;
    },
    // biome-ignore lint/correctness/useYield: never streams
    async *streamQuery() {
      throw new Error('The recording driver does not stream');
    },
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => note('begin'),
    commitTransaction: async () => note('commit'),
    rollbackTransaction: async () => note('rollback'),
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: dialect.adapter,
      createDriver: () => driver,
      createQueryCompiler: dialect.compiler,
      createIntrospector: dialect.introspector,
    },
  });
  return { db, sent, clear: () => sent.splice(0) };
}
