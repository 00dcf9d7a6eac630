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
 * cap (domain/law/cap-small-claim-costs.ts). A letter counts from the moment it is worded, not
 * only once it has left: two letters worded in the same round (or one still queued, or given up
 * and waiting for a person to requeue it, or one by post not yet posted) must not each claim the
 * whole cap. Each letter is counted once, from where it is now:
 * - sent or posted: the ladder state, which holds the letter's costs on each of its invoices with
 *   the same send time, grouped back into the one letter here;
 * - on its way by e-mail: the outbox row (pending or failed; not cancelled, nor sent: that is the
 *   ladder state), dated by its letter record where it has one;
 * - only by post and not yet posted: the letter record.
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
    `WITH stated AS (
       SELECT i.debtor_id, array_agg(s.invoice_id::text ORDER BY s.invoice_id) AS invoice_ids,
              (s.letter_sent_at AT TIME ZONE 'Europe/Amsterdam')::date AS on_day,
              s.letter_costs_cents AS costs, bool_and(i.amount_cents < $3) AS small
         FROM dunning_state s
         JOIN invoice i ON i.id = s.invoice_id
        WHERE i.debtor_id = ANY($1::uuid[])
          AND s.letter_sent_at IS NOT NULL AND s.letter_costs_cents IS NOT NULL
        GROUP BY i.debtor_id, s.letter_sent_at, s.letter_costs_cents
       UNION ALL
       SELECT o.debtor_id, array_agg(i.id::text ORDER BY i.id),
              COALESCE(l.letter_date, (o.created_at AT TIME ZONE 'Europe/Amsterdam')::date),
              (o.payload->'dunning'->>'costsCents')::int, bool_and(i.amount_cents < $3)
         FROM email_outbox o
        CROSS JOIN LATERAL jsonb_array_elements_text(o.payload->'dunning'->'invoiceIds') AS d(invoice_id)
         JOIN invoice i ON i.id = d.invoice_id::uuid
         LEFT JOIN ladder_letter l ON l.email_message_id = o.message_id
        WHERE o.debtor_id = ANY($1::uuid[]) AND o.status IN ('pending', 'failed')
          AND (o.payload->'dunning'->>'statesCosts')::boolean
          AND o.payload->'dunning'->>'costsCents' IS NOT NULL
        GROUP BY o.id, l.letter_date
       UNION ALL
       SELECT l.debtor_id, array_agg(i.id::text ORDER BY i.id), l.letter_date, l.costs_cents,
              bool_and(i.amount_cents < $3)
         FROM ladder_letter l
        CROSS JOIN LATERAL unnest(l.invoice_ids) AS u(invoice_id)
         JOIN invoice i ON i.id = u.invoice_id
        WHERE l.debtor_id = ANY($1::uuid[]) AND l.delivery = 'post' AND l.posted_on IS NULL
          AND l.costs_cents IS NOT NULL
        GROUP BY l.id
     )
     SELECT debtor_id::text AS "debtorId", invoice_ids AS "invoiceIds",
            to_char(on_day, 'YYYY-MM-DD') AS "on", costs AS "costsCents"
       FROM stated
      WHERE small AND on_day >= $2::date`,
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
