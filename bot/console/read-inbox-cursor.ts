import type { InboxCursor } from '../../prisma/proposals/load-open-proposals.ts';

const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** ?after= or ?before=: "<created, ISO>_<id>" of a proposal a page showed; anything else is no cursor, never an error. */
export function readInboxCursor(value: string | null): InboxCursor | null {
  const match = CURSOR.exec(value ?? '');
  if (!match) return null;
  const createdAt = new Date(match[1]!);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: match[2]! };
}
