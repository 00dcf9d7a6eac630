import {
  type ArgType,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQueryable,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import type { RawSqlRunner, SqlClient } from './sql-client.ts';

/**
 * Raw SQL straight to the driver adapter PrismaClient uses (PGlite or PostgreSQL), without
 * Prisma's query compiler and interpreter. Those cost ~0.3 ms of CPU per inbound mail in the
 * email channel's bulk statements, whose parameters are large JSON documents the compiler copies
 * into WebAssembly and back (measured for issue 5). Arguments go through the same adapter, so
 * they are mapped exactly as $queryRawUnsafe maps them; results come back as Prisma returns them
 * for the column types our queries select (text, uuid, integers, floats, booleans, json, times).
 */
export function createDirectSqlClient(adapter: SqlDriverAdapter): SqlClient {
  return {
    $queryRawUnsafe: <T>(sql: string, ...params: unknown[]) => query<T>(adapter, sql, params),
    // Prisma's maxWait/timeout are not applied: our callers pass them only to lift Prisma's 5 s default.
    $transaction: async <T>(work: (tx: RawSqlRunner) => Promise<T>): Promise<T> => {
      const transaction = await adapter.startTransaction();
      // PostgreSQL's adapter leaves BEGIN's partners to the caller; PGlite's commits itself.
      const finish = async (verb: 'COMMIT' | 'ROLLBACK') => {
        if (!transaction.options.usePhantomQuery) {
          await transaction.executeRaw({ sql: verb, args: [], argTypes: [] });
        }
        await (verb === 'COMMIT' ? transaction.commit() : transaction.rollback());
      };
      let result: T;
      try {
        result = await work({
          $queryRawUnsafe: <R>(sql: string, ...params: unknown[]) => query<R>(transaction, sql, params),
        });
      } catch (error) {
        await finish('ROLLBACK').catch(() => undefined);
        throw error;
      }
      await finish('COMMIT');
      return result;
    },
  };
}

async function query<T>(db: SqlQueryable, sql: string, args: unknown[]): Promise<T> {
  const result = await db.queryRaw({ sql, args, argTypes: args.map(argType) });
  return toObjects(result) as T;
}

function argType(value: unknown): ArgType {
  const element = Array.isArray(value) ? value.find((item) => item !== null) : value;
  const arity = Array.isArray(value) ? 'list' : 'scalar';
  if (typeof element === 'string') return { scalarType: 'string', arity };
  if (typeof element === 'number') return { scalarType: Number.isInteger(element) ? 'int' : 'float', arity };
  if (typeof element === 'bigint') return { scalarType: 'bigint', arity };
  if (typeof element === 'boolean') return { scalarType: 'boolean', arity };
  if (element instanceof Date) return { scalarType: 'datetime', arity };
  if (element instanceof Uint8Array) return { scalarType: 'bytes', arity };
  return { scalarType: 'unknown', arity };
}

function toObjects({ columnNames, columnTypes, rows }: SqlResultSet): Record<string, unknown>[] {
  const convert = columnTypes.map((type, index) => converter(type, columnNames[index]!));
  return rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let index = 0; index < columnNames.length; index += 1) {
      const value = row[index];
      object[columnNames[index]!] = value === null || value === undefined ? null : convert[index]!(value);
    }
    return object;
  });
}

const same = (value: unknown) => value;
const toDate = (value: unknown) => new Date(value as string);
const toJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
const toBigInt = (value: unknown) => BigInt(value as string);
const toNumber = (value: unknown) => Number(value);

function converter(type: number, column: string): (value: unknown) => unknown {
  switch (type) {
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Float:
    case ColumnTypeEnum.Double:
    case ColumnTypeEnum.UnknownNumber:
      return toNumber;
    case ColumnTypeEnum.Int64:
      return toBigInt;
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return toDate;
    case ColumnTypeEnum.Json:
      return toJson;
    case ColumnTypeEnum.Boolean:
    case ColumnTypeEnum.Text:
    case ColumnTypeEnum.Character:
    case ColumnTypeEnum.Enum:
    case ColumnTypeEnum.Uuid:
    case ColumnTypeEnum.TextArray:
    case ColumnTypeEnum.UuidArray:
    case ColumnTypeEnum.EnumArray:
    case ColumnTypeEnum.CharacterArray:
      return same;
    case ColumnTypeEnum.Int32Array:
    case ColumnTypeEnum.DoubleArray:
    case ColumnTypeEnum.FloatArray:
      return (value) => (value as unknown[]).map((item) => (item === null ? null : Number(item)));
    default:
      // Numeric (Prisma's Decimal), bytes, time: not needed on this path; say how to select it.
      return () => {
        throw new TypeError(
          `column "${column}" has a type the direct SQL client does not convert (${type}); cast it to text or a number in the query`,
        );
      };
  }
}
