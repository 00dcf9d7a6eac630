import { toStorableText } from '../domain/text/to-storable-text.ts';
import type { PrismaClient } from './generated/client.ts';

/**
 * The Prisma side of the storage edge. Prisma serialises a query's arguments to JSON for its
 * query compiler, which refuses a lone surrogate ("unexpected end of hex escape") before the
 * driver adapter ever sees the text, in model operations and raw queries alike. So every string
 * argument (model data and filters, `$queryRaw` values, `$queryRawUnsafe` parameters) is made
 * storable here first (domain/text/to-storable-text.ts); with-storable-text.ts then covers
 * `Database.sql`, which bypasses Prisma, and JSON text cast to jsonb. Arguments without such text
 * are passed on as they are, not copied.
 */
export function withStorableArgs(client: PrismaClient): PrismaClient {
  return client.$extends({
    name: 'storable-text',
    query: {
      $allOperations({ args, query }) {
        return query(storableArgs(args) as typeof args);
      },
    },
  }) as unknown as PrismaClient;
}

function storableArgs(value: unknown): unknown {
  if (typeof value === 'string') return toStorableText(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, index) => {
      const fixed = storableArgs(item);
      if (fixed !== item) {
        copy ??= [...value];
        copy[index] = fixed;
      }
    });
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    // Keys too: a Json column's document can have outside text as its keys.
    const entries = Object.entries(value);
    const fixed = entries.map(([key, item]) => [toStorableText(key), storableArgs(item)] as const);
    const changed = fixed.some(
      ([key, item], index) => key !== entries[index]![0] || item !== entries[index]![1],
    );
    return changed ? Object.fromEntries(fixed) : value;
  }
  // A `$queryRaw` template (Prisma's Sql: own `strings` and `values`): the values are the outside text.
  const sql = value as { strings?: unknown; values?: unknown };
  if (Array.isArray(sql.strings) && Array.isArray(sql.values)) {
    const values = storableArgs(sql.values);
    return values === sql.values ? value : Object.assign(Object.create(prototype), value, { values });
  }
  // Dates, decimals, bytes and Prisma's null markers carry no text to fix.
  return value;
}
