import { randomUUID } from 'node:crypto';
import type { FullText } from '../../domain/messages/full-text.ts';
import type { Understanding } from '../../domain/messages/understanding.ts';
import type { Proposal } from '../../domain/proposals/proposal.ts';
import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma } from '../generated/client.ts';
import { createProposals, type NewProposal } from '../proposals/create-proposals.ts';
import { insertJsonRows, type RawSql } from '../sql/insert-json-rows.ts';
import type { SqlClient } from '../sql/sql-client.ts';
import { insertFullTexts } from './insert-full-texts.ts';
import { type AttachmentRecord, recordAttachmentsOfEmails } from './record-attachments-of-emails.ts';
import { conversationKey, upsertConversations } from './upsert-conversations.ts';

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
  /** The complete text when rawText was cut; stored in message_full_text. */
  readonly fullText?: FullText | null;
  readonly headers: Readonly<Record<string, string>> | null;
  readonly receivedAt: Date;
  /** Why the sender may speak for the debtor (domain/model/sender-authority.ts); audited. */
  readonly senderAuthority?: string;
  /**
   * External id of an earlier message of the same channel this one may repeat; stored as
   * possible_duplicate_of (that message's id), also when the earlier one is in the same chunk.
   */
  readonly possibleDuplicateOf?: string | null;
}

export interface InboundToStore {
  readonly record: InboundRecord;
  /** Stored as the message's classification row. */
  readonly understanding: Understanding;
  readonly proposal: Proposal | null;
  /** The invoices the proposal and its pause concern. */
  readonly invoiceIds: readonly string[];
  readonly actor: string;
  /** A mail's attachments, recorded with the message. */
  readonly attachments?: readonly AttachmentRecord[] | undefined;
}

export interface StoredInbound {
  readonly outcome: 'stored' | 'duplicate';
  readonly messageId: string;
  readonly classificationId: string | null;
  readonly proposalId: string | null;
}

/** A chunk of a few hundred messages takes well under a second; the default 5 s is tight on a busy machine. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Stores inbound messages with what we understood and proposed, all of them in ONE transaction
 * and a fixed number of statements however many there are: after a crash either the whole chunk
 * is there or none of it, so the channel can deliver it again. A message already stored (same
 * channel and external id, also earlier in the same chunk, also one stored concurrently) is
 * reported as a duplicate and nothing is written for it. A mail's attachments are recorded with
 * it, in the same transaction. The only automatic effect is a dunning
 * pause, which protects the debtor. Results come back in the order of `items`.
 */
export async function storeInboundMessages({
  prisma,
  items,
}: {
  /** Prisma, or the direct client (the email channel's bulk path). */
  prisma: SqlClient;
  items: readonly InboundToStore[];
}): Promise<StoredInbound[]> {
  if (items.length === 0) return [];
  return prisma.$transaction((tx) => writeInboundMessages(tx, items), {
    timeout: TRANSACTION_TIMEOUT_MS,
    maxWait: TRANSACTION_TIMEOUT_MS,
  });
}

const key = (channel: string, id: string) => `${channel}\n${id}`;

async function writeInboundMessages(tx: RawSql, items: readonly InboundToStore[]): Promise<StoredInbound[]> {
  const existing = await findStored(
    tx,
    items.map(({ record }) => ({ channel: record.channel, external_id: record.externalId })),
  );
  const fresh: { item: InboundToStore; id: string; index: number }[] = [];
  const claimed = new Set<string>();
  items.forEach((item, index) => {
    const k = key(item.record.channel, item.record.externalId);
    if (existing.has(k) || claimed.has(k)) return;
    claimed.add(k);
    fresh.push({ item, id: randomUUID(), index });
  });
  const originals = await resolveOriginals(tx, fresh);
  const conversations = await upsertConversations({
    db: tx,
    conversations: fresh.flatMap(({ item: { record } }) =>
      record.thread && record.debtorId
        ? [
            {
              channel: record.channel,
              externalThreadId: record.thread.externalThreadId,
              subject: record.thread.subject,
              debtorId: record.debtorId,
              invoiceId: record.invoiceId,
            },
          ]
        : [],
    ),
  });
  const inserted = new Set(
    (
      await insertJsonRows<{ id: string }>({
        db: tx,
        table: 'message',
        columns: MESSAGE_COLUMNS,
        extra: { direction: `'inbound'`, created_at: 'clock_timestamp()', updated_at: 'clock_timestamp()' },
        // Another process may have stored one of these since findStored: it stays a duplicate.
        onConflict: 'ON CONFLICT (channel, external_id) DO NOTHING',
        returning: 'id::text AS id',
        rows: fresh.map(({ item: { record, understanding }, id }) => ({
          id,
          channel: record.channel,
          external_id: record.externalId,
          content_hash: record.contentHash,
          possible_duplicate_of: originals.get(id) ?? null,
          debtor_id: record.debtorId,
          invoice_id: record.invoiceId,
          conversation_id:
            record.thread && record.debtorId
              ? (conversations.get(conversationKey(record.channel, record.thread.externalThreadId)) ?? null)
              : null,
          from_address: record.fromAddress,
          to_address: record.toAddress,
          subject: record.subject,
          raw_text: record.rawText,
          cleaned_text: understanding.reply,
          kind: understanding.kind,
          status: record.debtorId ? 'processed' : 'unmatched',
          headers: record.headers,
          received_at: record.receivedAt,
        })),
      })
    ).map((row) => row.id),
  );
  const stored = fresh.filter(({ id }) => inserted.has(id));
  await insertFullTexts({
    db: tx,
    texts: stored.flatMap(({ item: { record }, id }) =>
      record.fullText ? [{ messageId: id, fullText: record.fullText }] : [],
    ),
  });
  await recordAttachmentsOfEmails({
    prisma: tx,
    emails: stored.flatMap(({ item: { attachments }, id }) =>
      attachments?.length ? [{ messageId: id, attachments }] : [],
    ),
  });
  const classifications = new Map(stored.map(({ id }) => [id, randomUUID()]));
  await insertJsonRows({
    db: tx,
    table: 'classification',
    columns: CLASSIFICATION_COLUMNS,
    rows: stored.map(({ item: { understanding }, id }) => ({
      id: classifications.get(id),
      message_id: id,
      kind: understanding.kind,
      reason: understanding.reason,
      secondary: [...understanding.secondary],
      confidence: understanding.confidence,
      abstained: understanding.abstained,
      language: understanding.language,
      model: understanding.model,
      model_version: understanding.modelVersion,
      entities: understanding.entities,
      explanation: understanding.explanation,
    })),
  });
  const wanted: { messageId: string; proposal: NewProposal }[] = [];
  const audits = new Map<string, Prisma.AuditEventCreateManyInput[]>();
  for (const { item, id } of stored) {
    const { record, understanding, proposal, invoiceIds, actor } = item;
    audits.set(id, [
      {
        actor,
        type: 'message.received',
        entityType: 'message',
        entityId: id,
        data: {
          channel: record.channel,
          externalId: record.externalId,
          matched: record.debtorId !== null,
          ...(record.senderAuthority ? { senderAuthority: record.senderAuthority } : {}),
          ...(originals.has(id) ? { possibleDuplicateOf: originals.get(id) } : {}),
        },
      },
      {
        actor: 'classifier',
        type: 'message.classified',
        entityType: 'message',
        entityId: id,
        data: {
          kind: understanding.kind,
          reason: understanding.reason,
          confidence: understanding.confidence,
          abstained: understanding.abstained,
          model: `${understanding.model}@${understanding.modelVersion}`,
        },
      },
    ]);
    if (proposal && record.debtorId) {
      wanted.push({
        messageId: id,
        proposal: {
          debtorId: record.debtorId,
          invoiceId: record.invoiceId,
          messageId: id,
          classificationId: classifications.get(id)!,
          proposal,
          invoiceIds,
        },
      });
    }
  }
  const created = await createProposals({ db: tx, proposals: wanted.map((entry) => entry.proposal) });
  const proposals = new Map(wanted.map((entry, index) => [entry.messageId, created[index]!]));
  // Each message's events, then its proposal's, in the order the messages came.
  const audit = stored.flatMap(({ id }) => [...(audits.get(id) ?? []), ...(proposals.get(id)?.audit ?? [])]);
  await insertAuditEvents({ db: tx, events: audit });

  const byIndex = new Map(stored.map((entry) => [entry.index, entry.id]));
  const lost = items.filter((_, index) => !byIndex.has(index)).map(({ record }) => record);
  const winners = await findStored(
    tx,
    lost.map((record) => ({ channel: record.channel, external_id: record.externalId })),
  );
  return items.map(({ record }, index): StoredInbound => {
    const id = byIndex.get(index);
    if (id) {
      return {
        outcome: 'stored',
        messageId: id,
        classificationId: classifications.get(id)!,
        proposalId: proposals.get(id)?.proposalId ?? null,
      };
    }
    const winner = winners.get(key(record.channel, record.externalId));
    if (!winner) throw new Error(`message ${record.externalId} was neither stored nor found`);
    return { outcome: 'duplicate', messageId: winner, classificationId: null, proposalId: null };
  });
}

const MESSAGE_COLUMNS = {
  id: 'uuid',
  channel: '"Channel"',
  external_id: 'text',
  content_hash: 'text',
  possible_duplicate_of: 'uuid',
  debtor_id: 'uuid',
  invoice_id: 'uuid',
  conversation_id: 'uuid',
  from_address: 'text',
  to_address: 'text',
  subject: 'text',
  raw_text: 'text',
  cleaned_text: 'text',
  kind: 'text',
  status: '"MessageStatus"',
  headers: 'jsonb',
  received_at: 'timestamptz',
};

const CLASSIFICATION_COLUMNS = {
  id: 'uuid',
  message_id: 'uuid',
  kind: 'text',
  reason: 'text',
  secondary: 'text[]',
  confidence: 'double precision',
  abstained: 'boolean',
  language: 'text',
  model: 'text',
  model_version: 'text',
  entities: 'jsonb',
  explanation: 'jsonb',
};

/** Stored messages by channel and external id → message id. */
async function findStored(
  db: RawSql,
  keys: readonly { channel: string; external_id: string }[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = (await db.$queryRawUnsafe(
    `SELECT m.id::text AS id, m.channel::text AS channel, m.external_id
       FROM jsonb_to_recordset($1::jsonb) AS k(channel text, external_id text)
       JOIN message m ON m.channel = k.channel::"Channel" AND m.external_id = k.external_id`,
    JSON.stringify(keys),
  )) as { id: string; channel: string; external_id: string }[];
  return new Map(rows.map((row) => [key(row.channel, row.external_id), row.id]));
}

/**
 * For each fresh message that names an earlier one it may repeat (by external id), that
 * message's id: stored before, or earlier in this chunk (then not yet in the table).
 */
async function resolveOriginals(
  db: RawSql,
  fresh: readonly { item: InboundToStore; id: string }[],
): Promise<Map<string, string>> {
  const inChunk = new Map(
    fresh.map(({ item: { record }, id }) => [key(record.channel, record.externalId), id]),
  );
  const wanted = fresh.flatMap(({ item: { record } }) =>
    record.possibleDuplicateOf ? [{ channel: record.channel, external_id: record.possibleDuplicateOf }] : [],
  );
  const stored = await findStored(db, wanted);
  const originals = new Map<string, string>();
  for (const { item, id } of fresh) {
    const { channel, possibleDuplicateOf } = item.record;
    if (!possibleDuplicateOf) continue;
    const original =
      stored.get(key(channel, possibleDuplicateOf)) ?? inChunk.get(key(channel, possibleDuplicateOf));
    if (original && original !== id) originals.set(id, original);
  }
  return originals;
}
