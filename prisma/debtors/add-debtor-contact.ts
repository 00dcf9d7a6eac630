import { z } from 'zod';
import { AppError } from '../../domain/errors/app-error.ts';
import type { PrismaClient } from '../generated/client.ts';

const ZAddress = z.email();

/**
 * Records an e-mail address as a contact of a debtor, audited with who decided it: from then on
 * mail from that address speaks for the debtor (senderAuthority `contact`). Used by Slack triage
 * ("Add sender as contact") for a mail that was held because its sender was not verified.
 * Addresses are stored bare and in lower case, as the matcher compares them; adding one that is
 * already an active contact (in any case) changes nothing; a deactivated one is active again.
 */
export async function addDebtorContact({
  prisma,
  debtorId,
  email,
  actor,
  messageId = null,
}: {
  prisma: PrismaClient;
  debtorId: string;
  email: string;
  /** "slack:U123" */
  actor: string;
  /** The mail that made a person add it, for the audit trail. */
  messageId?: string | null;
}): Promise<{ readonly created: boolean; readonly contactId: string }> {
  const address = email.trim().toLowerCase();
  if (!ZAddress.safeParse(address).success)
    throw new AppError('INPUT_INVALID', `"${email}" is not an e-mail address; enter one like ap@example.nl.`);
  return prisma.$transaction(async (tx) => {
    // Serialises two clicks on the same debtor, so the case-insensitive check below holds.
    const debtor = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM debtor WHERE id = ${debtorId}::uuid FOR UPDATE`;
    if (debtor.length === 0) throw new AppError('NOT_FOUND', `Debtor ${debtorId} does not exist.`);
    const existing = await tx.$queryRaw<{ id: string; active: boolean }[]>`
      SELECT id::text AS id, active FROM contact WHERE debtor_id = ${debtorId}::uuid AND lower(email) = ${address}`;
    if (existing[0]?.active) return { created: false, contactId: existing[0].id };
    if (existing[0]) {
      // Deactivated in the console earlier: a person now says the sender speaks for the debtor again.
      await tx.contact.update({ where: { id: existing[0].id }, data: { active: true } });
      await tx.auditEvent.create({
        data: {
          actor,
          type: 'contact.reactivated',
          entityType: 'contact',
          entityId: existing[0].id,
          data: { debtorId, before: { active: false }, after: { active: true }, messageId },
        },
      });
      return { created: true, contactId: existing[0].id };
    }
    const contact = await tx.contact.create({ data: { debtorId, email: address }, select: { id: true } });
    await tx.auditEvent.create({
      data: {
        actor,
        type: 'contact.added',
        entityType: 'contact',
        entityId: contact.id,
        data: { debtorId, email: address, messageId },
      },
    });
    return { created: true, contactId: contact.id };
  });
}
