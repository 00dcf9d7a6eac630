import type { LetterDelivery } from '../../domain/letters/choose-letter-delivery.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';

export interface LadderLetterRecord {
  readonly idempotencyKey: string;
  readonly debtorId: string;
  readonly invoiceIds: readonly string[];
  readonly stepCode: string;
  readonly letterKind: string;
  readonly stepIndex: number;
  readonly costsCents: number | null;
  readonly letterDate: IsoDate;
  readonly delivery: LetterDelivery;
  readonly pdf: Uint8Array;
  readonly emailMessageId: string | null;
}

/**
 * Records a formal letter as sent (its PDF and how it went out), once per ladder letter: a
 * repeated delivery of the same notice records nothing new. Audited.
 */
export async function recordLadderLetter({
  prisma,
  letter,
}: {
  prisma: PrismaClient;
  letter: LadderLetterRecord;
}): Promise<{ created: boolean }> {
  return prisma.$transaction(async (tx) => {
    // The PDF as base64 decoded by the database: PGlite turns a bytea parameter into hex a byte at a time.
    const inserted = await tx.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO ladder_letter (id, idempotency_key, debtor_id, invoice_ids, step_code, letter_kind, letter_date,
                                  delivery, pdf, email_message_id, step_index, costs_cents)
       VALUES (gen_random_uuid(), $1, $2::uuid, $3::uuid[], $4, $5, $6::date, $7::"LetterDelivery",
               decode($8::text, 'base64'), $9::uuid, $10::int, $11::int)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id::text AS id`,
      letter.idempotencyKey,
      letter.debtorId,
      [...letter.invoiceIds],
      letter.stepCode,
      letter.letterKind,
      letter.letterDate,
      letter.delivery,
      Buffer.from(letter.pdf).toString('base64'),
      letter.emailMessageId,
      letter.stepIndex,
      letter.costsCents,
    );
    const count = inserted.length;
    if (count > 0) {
      await tx.auditEvent.create({
        data: {
          actor: 'letters',
          type: 'letter.recorded',
          entityType: 'debtor',
          entityId: letter.debtorId,
          data: {
            key: letter.idempotencyKey,
            stepCode: letter.stepCode,
            delivery: letter.delivery,
            letterDate: letter.letterDate,
          },
        },
      });
    }
    return { created: count > 0 };
  });
}
