import { SMALL_CLAIM_LIMIT_CENTS, type StatedCosts } from '../../domain/law/cap-small-claim-costs.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

interface StatedRow {
  readonly debtorId: string;
  readonly invoiceIds: string[];
  readonly on: IsoDate;
  readonly costsCents: number;
}

/**
 * The collection costs earlier letters stated for each debtor's small claims (every invoice of
 * the letter under EUR 266.67) since `since`: one entry per letter, for the EUR 140 per six months
 * cap (domain/law/cap-small-claim-costs.ts). A letter's costs are stored on each of its invoices'
 * ladder state with the same send time, so they are grouped back into the one letter here.
 */
export async function loadStatedCosts({
  db,
  debtorIds,
  since,
}: {
  db: RawSqlRunner;
  debtorIds: readonly string[];
  since: IsoDate;
}): Promise<Map<string, StatedCosts[]>> {
  const byDebtor = new Map<string, StatedCosts[]>();
  if (debtorIds.length === 0) return byDebtor;
  const rows = await db.$queryRawUnsafe<StatedRow[]>(
    `SELECT i.debtor_id::text AS "debtorId", array_agg(s.invoice_id::text ORDER BY s.invoice_id) AS "invoiceIds",
            to_char(s.letter_sent_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "on",
            s.letter_costs_cents AS "costsCents"
       FROM dunning_state s
       JOIN invoice i ON i.id = s.invoice_id
      WHERE i.debtor_id = ANY($1::uuid[])
        AND s.letter_sent_at IS NOT NULL AND s.letter_costs_cents IS NOT NULL
        AND (s.letter_sent_at AT TIME ZONE 'Europe/Amsterdam')::date >= $2::date
      GROUP BY i.debtor_id, s.letter_sent_at, s.letter_costs_cents
     HAVING bool_and(i.amount_cents < $3)`,
    [...debtorIds],
    since,
    SMALL_CLAIM_LIMIT_CENTS,
  );
  for (const row of rows) {
    const list = byDebtor.get(row.debtorId) ?? [];
    list.push({ invoiceIds: row.invoiceIds, on: row.on, costsCents: Number(row.costsCents) });
    byDebtor.set(row.debtorId, list);
  }
  return byDebtor;
}
