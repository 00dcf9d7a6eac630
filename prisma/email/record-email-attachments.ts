import type { PrismaClient } from '../generated/client.ts';
import { recordAttachmentsOfEmails } from './record-attachments-of-emails.ts';

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
  await recordAttachmentsOfEmails({ prisma, emails: [{ messageId, attachments }] });
}
