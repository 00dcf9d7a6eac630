import type { RawSqlRunner } from '../sql/sql-client.ts';
import { buildOpenProposalsWhere, type OpenProposalFilter } from './build-open-proposals-where.ts';
import type { InboxCursor } from './load-open-proposals.ts';

/**
 * How many open proposals the filter lets through, and how many of them come before a cursor in
 * the inbox's order (strictly before, and up to and including it): what the inbox's pager needs
 * to number a page and know whether there is one before or after, in one aggregate.
 */
export async function countOpenProposals({
  db,
  filter,
  cursor = null,
}: {
  db: RawSqlRunner;
  filter: OpenProposalFilter;
  cursor?: InboxCursor | null;
}): Promise<{ total: number; before: number; upTo: number }> {
  const where = buildOpenProposalsWhere(filter);
  const [row] = await db.$queryRawUnsafe<
    { total: bigint | number; before: bigint | number; up_to: bigint | number }[]
  >(
    `SELECT count(*) AS total,
            count(*) FILTER (WHERE (p.created_at, p.id) < ($7::timestamptz, $8::uuid)) AS before,
            count(*) FILTER (WHERE (p.created_at, p.id) <= ($7::timestamptz, $8::uuid)) AS up_to
       FROM proposal p
      WHERE ${where.sql}`,
    ...where.params,
    cursor?.createdAt ?? null,
    cursor?.id ?? null,
  );
  return { total: Number(row?.total ?? 0), before: Number(row?.before ?? 0), upTo: Number(row?.up_to ?? 0) };
}
