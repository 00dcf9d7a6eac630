import { z } from 'zod';
import type { PostingReceipt } from '../../domain/letters/postal-service.ts';
import type { PrismaClient } from '../generated/client.ts';

/** The letter's invoices, read back as JSON from its uuid[] column. */
const INVOICE_IDS = z.array(z.string());

/**
 * Records the postings a postal service confirmed, in one transaction: the letter's day of
 * posting, the service and its reference, and for its invoices the ladder's step and its date,
 * so the 14-day term (art. 6:96 lid 6 BW) and the next step count from the real posting. A state
 * is only moved later, never earlier, and never back to an earlier step (a letter also e-mailed
 * the day after still counts from that day: charging costs later is the safe side). A letter
 * already posted is left as it was.
 */
export async function registerPostings({
  prisma,
  receipts,
  service,
  actor,
}: {
  prisma: PrismaClient;
  receipts: readonly PostingReceipt[];
  service: string;
  actor: string;
}): Promise<{ registered: number }> {
  return prisma.$transaction(async (tx) => {
    let registered = 0;
    for (const receipt of receipts) {
      const { count } = await tx.ladderLetter.updateMany({
        where: { id: receipt.letterId, postedOn: null },
        data: {
          postedOn: new Date(`${receipt.postedOn}T00:00:00Z`),
          postalService: service,
          postalReference: receipt.reference,
        },
      });
      if (count === 0) continue;
      registered += 1;
      // uuid[] read as JSON text: the embedded database's driver adapter cannot read array columns.
      const [letter] = await tx.$queryRawUnsafe<
        {
          invoiceIds: string;
          stepCode: string;
          stepIndex: number;
          costsCents: number | null;
          debtorId: string;
        }[]
      >(
        `SELECT array_to_json(invoice_ids)::text AS "invoiceIds", step_code AS "stepCode", step_index AS "stepIndex",
                costs_cents AS "costsCents", debtor_id::text AS "debtorId"
           FROM ladder_letter WHERE id = $1::uuid`,
        receipt.letterId,
      );
      if (!letter) continue;
      // Noon in Amsterdam: every reader turns it back into the same day. A letter only by post
      // moves the ladder here (no e-mail did); one also e-mailed is moved to the later day.
      await tx.$executeRawUnsafe(
        `INSERT INTO dunning_state (invoice_id, step, step_code, last_step_at, letter_sent_at, letter_costs_cents, updated_at)
         SELECT i.id, $3::int, $4, t.at, t.at, $5::int, now()
           FROM unnest($2::uuid[]) AS i(id)
          CROSS JOIN (SELECT ($1::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam' AS at) AS t
         ON CONFLICT (invoice_id) DO UPDATE
            SET step = EXCLUDED.step, step_code = EXCLUDED.step_code, last_step_at = EXCLUDED.last_step_at,
                letter_sent_at = EXCLUDED.letter_sent_at, letter_costs_cents = EXCLUDED.letter_costs_cents,
                updated_at = now()
          WHERE dunning_state.step <= EXCLUDED.step
            AND (dunning_state.last_step_at IS NULL
                 OR (dunning_state.last_step_at AT TIME ZONE 'Europe/Amsterdam')::date < $1::date)`,
        receipt.postedOn,
        INVOICE_IDS.parse(JSON.parse(letter.invoiceIds)),
        letter.stepIndex,
        letter.stepCode,
        letter.costsCents,
      );
      await tx.auditEvent.create({
        data: {
          actor,
          type: 'letter.posted',
          entityType: 'debtor',
          entityId: letter.debtorId,
          data: {
            letterId: receipt.letterId,
            postedOn: receipt.postedOn,
            service,
            reference: receipt.reference,
          },
        },
      });
    }
    return { registered };
  });
}
