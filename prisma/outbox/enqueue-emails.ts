import { randomUUID } from 'node:crypto';
import { insertAuditEvents } from '../audit/insert-audit-events.ts';
import type { Prisma } from '../generated/client.ts';
import { conversationKey, upsertConversations } from '../messages/upsert-conversations.ts';
import { insertJsonRows } from '../sql/insert-json-rows.ts';
import type { RawSqlRunner, SqlClient } from '../sql/sql-client.ts';

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
}

export interface QueuedEmailResult {
  /** false when the idempotency key was queued before (or earlier in the same call). */
  readonly created: boolean;
  readonly outboxId: string;
  readonly messageId: string;
}

/**
 * Queues automated mails in ONE transaction and a fixed number of statements: for each, the
 * outbound message row (status queued), its conversation, the outbox row and the audit. A key queued before, or by a concurrent run, is
 * not queued again (created false, the first mail's ids). Results come back in order.
 * The mails are due at `now`, the caller's clock, which is the clock the sender claims them by
 * (the database's own clock may differ from it, and does in tests with a fixed clock).
 */
export async function enqueueEmails({
  prisma,
  mails,
  now,
}: {
  prisma: SqlClient;
  mails: readonly { readonly mail: EmailToQueue; readonly actor: string }[];
  now: Date;
}): Promise<QueuedEmailResult[]> {
  if (mails.length === 0) return [];
  const keys = [...new Set(mails.map(({ mail }) => mail.idempotencyKey))];
  const queued = (before: readonly { key: string; id: string; message_id: string }[]) =>
    new Map(before.map((row) => [row.key, { outboxId: row.id, messageId: row.message_id }]));
  const findQueued = (db: RawSqlRunner) =>
    db.$queryRawUnsafe(
      `SELECT idempotency_key AS key, id::text AS id, message_id::text AS message_id
         FROM email_outbox WHERE idempotency_key = ANY($1::text[])`,
      keys,
    ) as Promise<{ key: string; id: string; message_id: string }[]>;
  const earlier = queued(await findQueued(prisma));
  const fresh = new Map<string, { mail: EmailToQueue; actor: string; outboxId: string }>();
  for (const { mail, actor } of mails) {
    if (earlier.has(mail.idempotencyKey) || fresh.has(mail.idempotencyKey)) continue;
    fresh.set(mail.idempotencyKey, { mail, actor, outboxId: randomUUID() });
  }
  const created = new Set<string>();
  if (fresh.size > 0) {
    await prisma.$transaction(
      async (tx) => {
        // The outbox row first: its unique key decides, race-free, which mails this run queues.
        const won = await insertJsonRows<{ key: string }>({
          db: tx,
          table: 'email_outbox',
          columns: {
            id: 'uuid',
            idempotency_key: 'text',
            message_id: 'uuid',
            debtor_id: 'uuid',
            template: 'text',
            payload: 'jsonb',
            next_attempt_at: 'timestamptz',
          },
          onConflict: 'ON CONFLICT (idempotency_key) DO NOTHING',
          returning: 'idempotency_key AS key',
          rows: [...fresh.values()].map(({ mail, outboxId }) => ({
            id: outboxId,
            idempotency_key: mail.idempotencyKey,
            message_id: mail.id,
            debtor_id: mail.debtorId,
            template: mail.template,
            payload: mail.payload,
            next_attempt_at: now.toISOString(),
          })),
        });
        for (const row of won) created.add(row.key);
        const winners = [...fresh.values()].filter(({ mail }) => created.has(mail.idempotencyKey));
        const threadOf = (mail: EmailToQueue) => mail.threadId ?? mail.messageIdHeader;
        const conversations = await upsertConversations({
          db: tx,
          conversations: winners.map(({ mail }) => ({
            channel: 'email',
            externalThreadId: threadOf(mail),
            subject: mail.subject,
            debtorId: mail.debtorId,
            invoiceId: mail.invoiceId,
          })),
        });
        await insertJsonRows({
          db: tx,
          table: 'message',
          columns: {
            id: 'uuid',
            external_id: 'text',
            conversation_id: 'uuid',
            debtor_id: 'uuid',
            invoice_id: 'uuid',
            from_address: 'text',
            to_address: 'text',
            subject: 'text',
            raw_text: 'text',
            kind: 'text',
          },
          extra: {
            channel: `'email'`,
            direction: `'outbound'`,
            status: `'queued'`,
            created_at: 'clock_timestamp()',
            updated_at: 'clock_timestamp()',
          },
          rows: winners.map(({ mail }) => ({
            id: mail.id,
            external_id: mail.messageIdHeader,
            conversation_id: conversations.get(conversationKey('email', threadOf(mail))),
            debtor_id: mail.debtorId,
            invoice_id: mail.invoiceId,
            from_address: mail.fromAddress,
            to_address: mail.toAddress,
            subject: mail.subject,
            raw_text: mail.text,
            kind: mail.template,
          })),
        });
        await insertAuditEvents({
          db: tx,
          events: winners.map(
            ({ mail, actor }): Prisma.AuditEventCreateManyInput => ({
              actor,
              type: 'email.queued',
              entityType: 'message',
              entityId: mail.id,
              data: { template: mail.template, to: mail.toAddress, idempotencyKey: mail.idempotencyKey },
            }),
          ),
        });
      },
      { timeout: 120_000, maxWait: 120_000 },
    );
  }
  // Keys another run queued between our first look and our insert.
  const lost = [...fresh.keys()].filter((key) => !created.has(key));
  const later = lost.length > 0 ? queued(await findQueued(prisma)) : new Map();
  return mails.map(({ mail }) => {
    const mine = fresh.get(mail.idempotencyKey);
    if (mine && created.has(mail.idempotencyKey) && mine.mail === mail) {
      return { created: true, outboxId: mine.outboxId, messageId: mail.id };
    }
    const first =
      earlier.get(mail.idempotencyKey) ??
      later.get(mail.idempotencyKey) ??
      (mine ? { outboxId: mine.outboxId, messageId: mine.mail.id } : null);
    if (!first) throw new Error(`email ${mail.idempotencyKey} was neither queued nor found`);
    return { created: false, ...first };
  });
}
