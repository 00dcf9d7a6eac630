import { insertJsonRows, type RawSql } from '../sql/insert-json-rows.ts';

/** One line on a debtor's timeline written by the system itself (a ledger change, a payment). */
export interface SystemMessage {
  readonly externalId: string;
  readonly debtorId: string;
  readonly invoiceId: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * Stores system messages (channel system, inbound, already processed) of one kind in one
 * statement, received at `now`. `skipExisting`: a message whose external id is stored already is
 * left as it is (a ledger page read again); without it such a message is an error.
 */
export async function insertSystemMessages({
  db,
  kind,
  messages,
  now,
  skipExisting,
}: {
  db: RawSql;
  kind: 'ledger' | 'payment';
  messages: readonly SystemMessage[];
  now: Date;
  skipExisting: boolean;
}): Promise<void> {
  await insertJsonRows({
    db,
    table: 'message',
    columns: {
      external_id: 'text',
      debtor_id: 'uuid',
      invoice_id: 'uuid',
      subject: 'text',
      raw_text: 'text',
      received_at: 'timestamptz',
    },
    rows: messages.map((message) => ({
      external_id: message.externalId,
      debtor_id: message.debtorId,
      invoice_id: message.invoiceId,
      subject: message.subject,
      raw_text: message.text,
      received_at: now.toISOString(),
    })),
    extra: {
      id: 'gen_random_uuid()',
      channel: `'system'`,
      direction: `'inbound'`,
      kind: `'${kind}'`,
      status: `'processed'`,
      created_at: 'clock_timestamp()',
      updated_at: 'clock_timestamp()',
    },
    onConflict: skipExisting ? 'ON CONFLICT (channel, external_id) DO NOTHING' : '',
  });
}
