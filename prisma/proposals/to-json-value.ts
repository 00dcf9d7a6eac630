import type { Prisma } from '../generated/client.ts';

/**
 * A typed value (readonly arrays, interfaces) as the JSON a Json column stores: what
 * JSON.stringify keeps, so undefined fields are dropped exactly as the database would drop them.
 */
export function toJsonValue(value: object): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value));
}
