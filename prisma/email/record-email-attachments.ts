import type { PrismaClient } from '../generated/client.ts';

export interface AttachmentRecord {
  readonly position: number;
  readonly filename: string | null;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly extractedText: string | null;
  readonly extractionError: string | null;
}

/** Records a message's attachments; recording them again (a re-fetch after a crash) changes nothing. */
export async function recordEmailAttachments({
  prisma,
  messageId,
  attachments,
}: {
  prisma: PrismaClient;
  messageId: string;
  attachments: readonly AttachmentRecord[];
}): Promise<void> {
  if (attachments.length === 0) return;
  await prisma.emailAttachment.createMany({
    data: attachments.map((attachment) => ({ ...attachment, messageId })),
    skipDuplicates: true,
  });
}
