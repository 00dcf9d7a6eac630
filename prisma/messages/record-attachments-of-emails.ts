import { randomUUID } from 'node:crypto';
import { insertJsonRows } from '../sql/insert-json-rows.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

export interface AttachmentRecord {
  readonly position: number;
  readonly filename: string | null;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly extractedText: string | null;
  readonly extractionError: string | null;
}

/**
 * Records the attachments of many messages in one statement; recording them again (a re-fetch
 * after a crash) changes nothing.
 */
export async function recordAttachmentsOfEmails({
  prisma,
  emails,
}: {
  prisma: RawSqlRunner;
  emails: readonly { readonly messageId: string; readonly attachments: readonly AttachmentRecord[] }[];
}): Promise<void> {
  await insertJsonRows({
    db: prisma,
    table: 'email_attachment',
    columns: {
      id: 'uuid',
      message_id: 'uuid',
      position: 'int',
      filename: 'text',
      content_type: 'text',
      size_bytes: 'int',
      sha256: 'text',
      extracted_text: 'text',
      extraction_error: 'text',
    },
    onConflict: 'ON CONFLICT (message_id, position) DO NOTHING',
    rows: emails.flatMap((entry) =>
      entry.attachments.map((attachment) => ({
        id: randomUUID(),
        message_id: entry.messageId,
        position: attachment.position,
        filename: attachment.filename,
        content_type: attachment.contentType,
        size_bytes: attachment.sizeBytes,
        sha256: attachment.sha256,
        extracted_text: attachment.extractedText,
        extraction_error: attachment.extractionError,
      })),
    ),
  });
}
