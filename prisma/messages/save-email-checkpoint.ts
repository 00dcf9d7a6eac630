import type { PrismaClient } from '../generated/client.ts';

/**
 * Moves a mailbox's checkpoint forward. Never backwards within one UIDVALIDITY: two syncs that
 * overlap after a reconnect must not make the ingester fetch committed mail again.
 */
export async function saveEmailCheckpoint({
  prisma,
  mailbox,
  uidValidity,
  lastUid,
}: {
  prisma: PrismaClient;
  mailbox: string;
  uidValidity: bigint;
  lastUid: number;
}): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO email_checkpoint (mailbox, uid_validity, last_uid, updated_at)
    VALUES (${mailbox}, ${uidValidity}, ${BigInt(lastUid)}, now())
    ON CONFLICT (mailbox) DO UPDATE SET
      last_uid = CASE WHEN email_checkpoint.uid_validity = EXCLUDED.uid_validity
                      THEN GREATEST(email_checkpoint.last_uid, EXCLUDED.last_uid) ELSE EXCLUDED.last_uid END,
      uid_validity = EXCLUDED.uid_validity,
      updated_at = now()`;
}
