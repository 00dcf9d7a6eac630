import type { ProposalRows } from './build-proposal-rows.ts';
import { insertJsonRows, type RawSql } from './insert-json-rows.ts';

/** Writes built proposals and their pauses, two statements however many there are. */
export async function writeProposalRows({
  db,
  built,
}: {
  db: RawSql;
  built: readonly ProposalRows[];
}): Promise<void> {
  await insertJsonRows({
    db,
    table: 'proposal',
    columns: {
      id: 'uuid',
      debtor_id: 'uuid',
      invoice_id: 'uuid',
      message_id: 'uuid',
      classification_id: 'uuid',
      action: 'text',
      rationale: 'text',
      params: 'jsonb',
      requires_approval: 'boolean',
    },
    // clock_timestamp: proposals of one chunk keep the order they were made in ("latest" reads).
    extra: { created_at: 'clock_timestamp()', updated_at: 'clock_timestamp()' },
    rows: built.map((rows) => rows.proposal),
  });
  await insertJsonRows({
    db,
    table: 'dunning_pause',
    columns: { id: 'uuid', invoice_id: 'uuid', reason: 'text', until: 'date', created_by: 'text' },
    rows: built.flatMap((rows) => rows.pauses),
  });
}
