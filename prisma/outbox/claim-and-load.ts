import { claimDueRows } from './claim-due-rows.ts';
import type { Claim } from './outbox-queue.ts';

/**
 * Claims due rows (claimDueRows) and loads them with the table's own typed query, each paired
 * with its claim, in the loader's order. The one shape every outbox's claim has.
 */
export async function claimAndLoad<Row>({
  load,
  keyOf,
  ...claim
}: Parameters<typeof claimDueRows>[0] & {
  /** The claimed rows by key, in claim order (oldest first). */
  load: (keys: string[]) => Promise<Row[]>;
  keyOf: (row: Row) => string;
}): Promise<{ row: Row; claim: Claim }[]> {
  const claims = await claimDueRows(claim);
  if (claims.length === 0) return [];
  const byKey = new Map(claims.map((held) => [held.key, held]));
  const rows = await load([...byKey.keys()]);
  return rows.map((row) => ({ row, claim: byKey.get(keyOf(row))! }));
}
