import type { NextStepProposal } from '../../domain/model/next-step.ts';
import { Prisma, type PrismaClient } from '../generated/client.ts';
import { createProposalRecords } from './create-proposal-records.ts';

export interface InboundRecord {
  readonly channel: 'email' | 'chat';
  readonly externalId: string;
  readonly contentHash: string;
  readonly debtorId: string | null;
  readonly invoiceId: string | null;
  readonly thread: { readonly externalThreadId: string; readonly subject: string | null } | null;
  readonly fromAddress: string | null;
  readonly toAddress: string | null;
  readonly subject: string | null;
  readonly rawText: string;
  readonly headers: Readonly<Record<string, string>> | null;
  readonly receivedAt: Date;
}

/** What was understood of the message; nlp's Understanding fits this shape as it is. */
export interface ClassificationRecord {
  readonly kind: string;
  readonly reason: string | null;
  readonly secondary: readonly string[];
  readonly confidence: number;
  readonly abstained: boolean;
  readonly language: string;
  readonly reply: string;
  readonly model: string;
  readonly modelVersion: string;
  readonly entities: unknown;
  readonly explanation: unknown;
}

export interface StoredInbound {
  readonly outcome: 'stored' | 'duplicate';
  readonly messageId: string;
  readonly classificationId: string | null;
  readonly proposalId: string | null;
}

/**
 * Stores an inbound message with what we understood and proposed, all in one transaction: after
 * a crash either all of it is there or none of it, so the channel can safely deliver it again.
 * A message already stored (same channel and external id) is reported as a duplicate and nothing
 * changes. The only automatic effect is a dunning pause, which protects the debtor; money and
 * invoice status are never changed by what a debtor writes.
 */
export async function storeInboundMessage({
  prisma,
  record,
  understanding,
  proposal,
  invoiceIds,
  actor,
}: {
  prisma: PrismaClient;
  record: InboundRecord;
  understanding: ClassificationRecord;
  proposal: NextStepProposal | null;
  /** The invoices the proposal and its pause concern. */
  invoiceIds: readonly string[];
  actor: string;
}): Promise<StoredInbound> {
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.message.findUnique({
        where: { channel_externalId: { channel: record.channel, externalId: record.externalId } },
        select: { id: true },
      });
      if (existing)
        return { outcome: 'duplicate', messageId: existing.id, classificationId: null, proposalId: null };
      const conversation =
        record.thread && record.debtorId
          ? await tx.conversation.upsert({
              where: {
                channel_externalThreadId: {
                  channel: record.channel,
                  externalThreadId: record.thread.externalThreadId,
                },
              },
              create: {
                channel: record.channel,
                externalThreadId: record.thread.externalThreadId,
                subject: record.thread.subject,
                debtorId: record.debtorId,
                invoiceId: record.invoiceId,
              },
              update: {},
            })
          : null;
      const message = await tx.message.create({
        data: {
          channel: record.channel,
          direction: 'inbound',
          externalId: record.externalId,
          contentHash: record.contentHash,
          debtorId: record.debtorId,
          invoiceId: record.invoiceId,
          conversationId: conversation?.id ?? null,
          fromAddress: record.fromAddress,
          toAddress: record.toAddress,
          subject: record.subject,
          rawText: record.rawText,
          cleanedText: understanding.reply,
          kind: understanding.kind,
          status: record.debtorId ? 'processed' : 'unmatched',
          headers: record.headers ?? Prisma.JsonNull,
          receivedAt: record.receivedAt,
        },
      });
      const classification = await tx.classification.create({
        data: {
          messageId: message.id,
          kind: understanding.kind,
          reason: understanding.reason,
          secondary: [...understanding.secondary],
          confidence: understanding.confidence,
          abstained: understanding.abstained,
          language: understanding.language,
          model: understanding.model,
          modelVersion: understanding.modelVersion,
          entities: understanding.entities as unknown as Prisma.InputJsonValue,
          explanation: understanding.explanation as unknown as Prisma.InputJsonValue,
        },
      });
      const audit: Prisma.AuditEventCreateManyInput[] = [
        {
          actor,
          type: 'message.received',
          entityType: 'message',
          entityId: message.id,
          data: { channel: record.channel, externalId: record.externalId, matched: record.debtorId !== null },
        },
        {
          actor: 'classifier',
          type: 'message.classified',
          entityType: 'message',
          entityId: message.id,
          data: {
            kind: understanding.kind,
            reason: understanding.reason,
            confidence: understanding.confidence,
            abstained: understanding.abstained,
            model: `${understanding.model}@${understanding.modelVersion}`,
          },
        },
      ];
      let proposalId: string | null = null;
      if (proposal && record.debtorId) {
        const created = await createProposalRecords({
          tx,
          debtorId: record.debtorId,
          invoiceId: record.invoiceId,
          messageId: message.id,
          classificationId: classification.id,
          proposal,
          invoiceIds,
        });
        proposalId = created.proposalId;
        audit.push(...created.audit);
      }
      await tx.auditEvent.createMany({ data: audit });
      return { outcome: 'stored', messageId: message.id, classificationId: classification.id, proposalId };
    });
  } catch (error) {
    // Two deliveries of one message raced; the other one won and stored it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const existing = await prisma.message.findUnique({
        where: { channel_externalId: { channel: record.channel, externalId: record.externalId } },
        select: { id: true },
      });
      if (existing)
        return { outcome: 'duplicate', messageId: existing.id, classificationId: null, proposalId: null };
    }
    throw error;
  }
}
