import { processInboundMessages } from '../../../../bot/inbound/process-inbound-messages.ts';
import type { SenderAuthority } from '../../../../domain/model/sender-authority.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import type { Database } from '../../../../prisma/open-database.ts';

/** Runs a debtor's e-mail through the shared pipeline, as the e-mail channel would. */
export async function receiveEmail(
  db: Database,
  {
    debtorId,
    invoiceId = null,
    from,
    text,
    id = `<${Math.random().toString(36).slice(2)}@test.example>`,
    senderAuthority = 'contact',
  }: {
    debtorId: string | null;
    invoiceId?: string | null;
    from: string;
    text: string;
    id?: string;
    /** As the matcher would say; by default the debtor's own contact. */
    senderAuthority?: SenderAuthority;
  },
) {
  const [processed] = await processInboundMessages({
    prisma: db.prisma,
    policy: DEFAULT_POLICY,
    items: [
      {
        message: {
          channel: 'email',
          externalId: id,
          debtorId,
          invoiceId,
          senderAuthority,
          thread: { externalThreadId: id, subject: 'RE: Reminder' },
          from,
          to: 'collections@example.com',
          subject: 'RE: Reminder',
          text,
          headers: null,
          receivedAt: new Date(),
        },
      },
    ],
  });
  return processed!;
}
