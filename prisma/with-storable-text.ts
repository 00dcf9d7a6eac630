import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { toStorableJsonText } from '../domain/text/to-storable-json-text.ts';
import { toStorableText } from '../domain/text/to-storable-text.ts';

/**
 * The storage edge for outside text: every statement, through Prisma or `Database.sql`, on
 * PGlite or PostgreSQL, passes here. Text parameters lose what PostgreSQL cannot store (NUL and
 * lone surrogates become U+FFFD, see domain/text/storable-text.ts), and JSON parameters (Prisma's
 * Json columns, and any `$n::jsonb` in raw SQL, such as the bulk `jsonb_to_recordset` inserts)
 * lose the `\u0000` and lone-surrogate escapes `jsonb` refuses. Before this, a chat message with
 * one NUL failed its statement, and with it the request (and, uncaught, the process). Nothing
 * else in a parameter changes; byte parameters are not touched.
 */
export function withStorableText(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return wrap(adapter, {
    startTransaction: async (isolationLevel: Parameters<SqlDriverAdapter['startTransaction']>[0]) =>
      wrap(await adapter.startTransaction(isolationLevel), {}) as Transaction,
  });
}

type Queryable = Pick<SqlDriverAdapter, 'queryRaw' | 'executeRaw'>;

/** The same object with queryRaw/executeRaw (and `extra`) in front; everything else bound to it. */
function wrap<T extends Queryable>(target: T, extra: Record<string, unknown>): T {
  const own: Record<PropertyKey, unknown> = {
    queryRaw: (query: SqlQuery) => target.queryRaw(storableQuery(query)),
    executeRaw: (query: SqlQuery) => target.executeRaw(storableQuery(query)),
    ...extra,
  };
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(own, property)) return own[property];
      const value = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

const jsonArgsBySql = new Map<string, ReadonlySet<number>>();

/** 0-based positions of parameters the statement casts to json/jsonb (`$3::jsonb`). */
function jsonArgsOf(sql: string): ReadonlySet<number> {
  let found = jsonArgsBySql.get(sql);
  if (!found) {
    const positions = new Set<number>();
    for (const match of sql.matchAll(/\$(\d+)\s*::\s*jsonb?\b/giu)) positions.add(Number(match[1]) - 1);
    found = positions;
    // Statements are few and fixed; the bound only matters if something builds SQL per call.
    if (jsonArgsBySql.size >= 1000) jsonArgsBySql.clear();
    jsonArgsBySql.set(sql, found);
  }
  return found;
}

function storableQuery(query: SqlQuery): SqlQuery {
  let args: unknown[] | null = null;
  const jsonArgs = jsonArgsOf(query.sql);
  query.args.forEach((arg, index) => {
    const type = query.argTypes[index]?.scalarType;
    if (type === 'bytes') return;
    const json = type === 'json' || jsonArgs.has(index);
    const fixed = storableArg(arg, json);
    if (fixed !== arg) {
      args ??= [...query.args];
      args[index] = fixed;
    }
  });
  return args ? { ...query, args } : query;
}

function storableArg(arg: unknown, json: boolean): unknown {
  if (typeof arg === 'string') return json ? toStorableJsonText(arg) : toStorableText(arg);
  if (Array.isArray(arg)) {
    const items = arg.map((item) => storableArg(item, json));
    return items.some((item, index) => item !== arg[index]) ? items : arg;
  }
  return arg;
}
