import { Prisma, type PrismaClient } from '../generated/client.ts';

export interface EmailToQueue {
  /** The same logical mail is queued once: "dunning:reminder_1:<invoice ids>", "answer:<message id>". */
  readonly idempotencyKey: string;
  /** Our id for the outbound message row, chosen first because the reply token signs it. */
  readonly id: string;
  /** The Message-ID header, "<uuid@example.nl>". */
  readonly messageIdHeader: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly template: string;
  readonly fromAddress: string;
  readonly toAddress: string;
  readonly subject: string;
  readonly text: string;
  /** The thread this mail joins (its root Message-ID); null starts a new thread with this mail. */
  readonly threadId: string | null;
  /** Everything the sender needs, and what to record once it is sent (dunning step). */
  readonly payload: Readonly<Record<string, unknown>>;
  /** A proposal this mail carries out: marked executed with the mail queued. */
  readonly proposalId: string | null;
}

/**
 * Queues an automated mail: outbound message row (status queued), conversation, outbox row and
 * audit in one transaction. Returns created false when the idempotency key was queued before.
 */
export async function enqueueEmail({
  prisma,
  mail,
  actor,
}: {
  prisma: PrismaClient;
  mail: EmailToQueue;
  actor: string;
}): Promise<{ created: boolean; outboxId: string; messageId: string }> {
  const existing = () =>
    prisma.emailOutbox.findUnique({
      where: { idempotencyKey: mail.idempotencyKey },
      select: { id: true, messageId: true },
    });
  const before = await existing();
  if (before) return { created: false, outboxId: before.id, messageId: before.messageId };
  try {
    return await prisma.$transaction(async (tx) => {
      const threadId = mail.threadId ?? mail.messageIdHeader;
      const conversation = await tx.conversation.upsert({
        where: { channel_externalThreadId: { channel: 'email', externalThreadId: threadId } },
        create: {
          channel: 'email',
          externalThreadId: threadId,
          subject: mail.subject,
          debtorId: mail.debtorId,
          invoiceId: mail.invoiceId,
        },
        update: {},
      });
      await tx.message.create({
        data: {
          id: mail.id,
          channel: 'email',
          direction: 'outbound',
          externalId: mail.messageIdHeader,
          conversationId: conversation.id,
          debtorId: mail.debtorId,
          invoiceId: mail.invoiceId,
          fromAddress: mail.fromAddress,
          toAddress: mail.toAddress,
          subject: mail.subject,
          rawText: mail.text,
          kind: mail.template,
          status: 'queued',
        },
      });
      const outbox = await tx.emailOutbox.create({
        data: {
          idempotencyKey: mail.idempotencyKey,
          messageId: mail.id,
          debtorId: mail.debtorId,
          template: mail.template,
          payload: mail.payload as Prisma.InputJsonValue,
        },
      });
      const audit: Prisma.AuditEventCreateManyInput[] = [
        {
          actor,
          type: 'email.queued',
          entityType: 'message',
          entityId: mail.id,
          data: { template: mail.template, to: mail.toAddress, idempotencyKey: mail.idempotencyKey },
        },
      ];
      if (mail.proposalId) {
        await tx.proposal.update({
          where: { id: mail.proposalId },
          data: { status: 'executed', executedAt: new Date(), decidedBy: actor },
        });
        audit.push({
          actor,
          type: 'proposal.executed',
          entityType: 'proposal',
          entityId: mail.proposalId,
          data: { outboundMessageId: mail.id, template: mail.template },
        });
      }
      await tx.auditEvent.createMany({ data: audit });
      return { created: true, outboxId: outbox.id, messageId: mail.id };
    });
  } catch (error) {
    // Another run queued the same mail at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await existing();
      if (winner) return { created: false, outboxId: winner.id, messageId: winner.messageId };
    }
    throw error;
  }
}
