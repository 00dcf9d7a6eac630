import type { Prisma } from '../generated/client.ts';
import { insertJsonRows, type RawSql } from '../sql/insert-json-rows.ts';

/** Appends audit events in one statement, in the order given (the id sequence keeps it). */
export async function insertAuditEvents({
  db,
  events,
}: {
  db: RawSql;
  events: readonly Prisma.AuditEventCreateManyInput[];
}): Promise<void> {
  await insertJsonRows({
    db,
    table: 'audit_event',
    columns: { actor: 'text', type: 'text', entity_type: 'text', entity_id: 'text', data: 'jsonb' },
    // WITH ORDINALITY is not needed: jsonb_to_recordset yields rows in array order.
    rows: events.map((event) => ({
      actor: event.actor,
      type: event.type,
      entity_type: event.entityType,
      entity_id: event.entityId,
      data: event.data,
    })),
  });
}
