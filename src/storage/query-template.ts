/**
 * A query of fixed shape whose values change from call to call, built and compiled by Kysely once per
 * database and then run with each call's values. Building and compiling costs about as much CPU as SQLite
 * takes to run a small query, and every quick-add runs about ten of them.
 *
 * Only values may vary: `build` must put each parameter in the query as a plain value (no arithmetic on it,
 * no `sql.lit`, no list for `in`), and anything that changes the SQL text (an optional filter, a row count,
 * the dialect) must be part of `shape`. The first compile checks that every parameter became a bound value.
 */
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './database.ts';

export interface QueryTemplate<P extends object, R> {
  /** Runs the query on `db` (a transaction or not) with `params`. */
  execute(db: Kysely<Database>, params: P, shape?: string): Promise<QueryResult<R>>;
}

interface Compiled {
  readonly query: CompiledQuery;
  /** For each bound parameter, the name of the template parameter it takes, or undefined for a constant. */
  readonly slots: ReadonlyArray<string | undefined>;
}

const markerPrefix = '\u0000finbot-param:';
const markerEnd = '\u0000';

export function queryTemplate<P extends object, R>(
  build: (db: Kysely<Database>, params: P, shape: string) => Compilable<R>,
): QueryTemplate<P, R> {
  // Keyed by the dialect adapter, which a Kysely instance shares with its transactions.
  const compiledByAdapter = new WeakMap<object, Map<string, Compiled>>();

  function compiledFor(db: Kysely<Database>, shape: string): Compiled {
    const adapter = db.getExecutor().adapter;
    let shapes = compiledByAdapter.get(adapter);
    if (!shapes) {
      shapes = new Map();
      compiledByAdapter.set(adapter, shapes);
    }
    let compiled = shapes.get(shape);
    if (!compiled) {
      compiled = compileWithMarkers(db, build, shape);
      shapes.set(shape, compiled);
    }
    return compiled;
  }

  return {
    async execute(db, params, shape = '') {
      const { query, slots } = compiledFor(db, shape);
      const parameters = slots.map((name, index) =>
        name === undefined ? query.parameters[index] : (params as Record<string, unknown>)[name],
      );
      return await db.executeQuery<R>({ ...query, parameters } as CompiledQuery<R>);
    },
  };
}

function compileWithMarkers<P extends object>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, params: P, shape: string) => Compilable<unknown>,
  shape: string,
): Compiled {
  const used = new Set<string>();
  const markers = new Proxy(
    {},
    {
      get(_target, key) {
        used.add(String(key));
        return `${markerPrefix}${String(key)}${markerEnd}`;
      },
    },
  ) as P;
  const query = build(db, markers, shape).compile();
  const slots = query.parameters.map((value) => {
    if (typeof value !== 'string' || !value.includes(markerPrefix)) return undefined;
    const name = markerName(value);
    if (name === undefined) throw new Error(`A template parameter was changed by the query: ${JSON.stringify(value)}`);
    return name;
  });
  const bound = new Set(slots.filter((slot) => slot !== undefined));
  const unbound = [...used].filter((name) => !bound.has(name));
  if (query.sql.includes(markerPrefix) || unbound.length > 0) {
    throw new Error(`Template parameters not bound as values: ${unbound.join(', ') || 'inlined in the SQL'}`);
  }
  return { query, slots };
}

/** The parameter name when `value` is exactly one marker, else undefined. */
function markerName(value: string): string | undefined {
  const end = value.indexOf(markerEnd, markerPrefix.length);
  return value.startsWith(markerPrefix) && end === value.length - 1 ? value.slice(markerPrefix.length, end) : undefined;
}
