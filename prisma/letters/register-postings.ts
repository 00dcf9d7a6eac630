import type { PostingReceipt } from '../../domain/letters/postal-service.ts';
import type { PrismaClient } from '../generated/client.ts';

/**
 * Records the postings a postal service confirmed, in one transaction: the letter's day of
 * posting, the service and its reference, and for its invoices the ladder's date of the step,
 * so the 14-day term (art. 6:96 lid 6 BW) and the next step count from the real posting. A state
 * is only moved later, never earlier (a letter also e-mailed the day after still counts from
 * that day: charging costs later is the safe side). A letter already posted is left as it was.
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
      const [letter] = await tx.$queryRawUnsafe<{ invoiceIds: string; stepCode: string; debtorId: string }[]>(
        `SELECT array_to_json(invoice_ids)::text AS "invoiceIds", step_code AS "stepCode", debtor_id::text AS "debtorId"
           FROM ladder_letter WHERE id = $1::uuid`,
        receipt.letterId,
      );
      if (!letter) continue;
      // Noon in Amsterdam: every reader turns it back into the same day.
      await tx.$executeRawUnsafe(
        `UPDATE dunning_state
            SET last_step_at = ($1::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam',
                letter_sent_at = CASE WHEN letter_sent_at IS NULL THEN NULL
                                      ELSE ($1::date + time '12:00') AT TIME ZONE 'Europe/Amsterdam' END,
                updated_at = now()
          WHERE invoice_id = ANY($2::uuid[]) AND step_code = $3
            AND (last_step_at IS NULL OR (last_step_at AT TIME ZONE 'Europe/Amsterdam')::date < $1::date)`,
        receipt.postedOn,
        JSON.parse(letter.invoiceIds) as string[],
        letter.stepCode,
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
