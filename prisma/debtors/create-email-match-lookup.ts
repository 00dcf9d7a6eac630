import { batchLoads } from '../sql/batch-loads.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

export interface OutboundRow {
  readonly id: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  readonly threadId: string | null;
  readonly toAddress: string | null;
}

interface DatedOutbound extends OutboundRow {
  readonly externalId: string;
  readonly createdAt: Date;
}

const UUID = /^[0-9a-f-]{36}$/iu;
/** A domain is shared by more debtors than this: the matcher only needs to know it is ambiguous. */
const DOMAIN_DEBTORS = 5;

/**
 * The reads the email matcher needs (channels/email EmailMatchLookup), over the message,
 * invoice and contact tables. Outbound mail is found by its Message-ID (our external id).
 * Lookups made at the same time are answered by one query per kind (batchLoads): matching a
 * chunk of mail concurrently through one lookup costs a handful of queries, not five per mail.
 * Create one per chunk: answers are remembered.
 */
export function createEmailMatchLookup(prisma: RawSqlRunner) {
  const outbound = async (
    column: 'external_id' | 'id',
    values: readonly string[],
  ): Promise<DatedOutbound[]> => {
    const rows = (await prisma.$queryRawUnsafe(
      `SELECT m.id::text AS id, m.external_id, m.debtor_id::text AS debtor_id, m.invoice_id::text AS invoice_id,
         m.to_address, m.created_at, c.external_thread_id
       FROM message m LEFT JOIN conversation c ON c.id = m.conversation_id
       WHERE m.channel = 'email' AND m.direction = 'outbound' AND m.debtor_id IS NOT NULL
         AND m.${column} = ANY($1::${column === 'id' ? 'uuid' : 'text'}[])`,
      [...values],
    )) as {
      id: string;
      external_id: string;
      debtor_id: string;
      invoice_id: string | null;
      to_address: string | null;
      created_at: Date;
      external_thread_id: string | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      externalId: row.external_id,
      debtorId: row.debtor_id,
      invoiceId: row.invoice_id,
      threadId: row.external_thread_id,
      toAddress: row.to_address,
      createdAt: new Date(row.created_at),
    }));
  };
  const byMessageId = batchLoads<string, DatedOutbound>(async (ids) => {
    const rows = await outbound('external_id', ids);
    return new Map(rows.map((row) => [row.externalId, row]));
  });
  const byId = batchLoads<string, DatedOutbound>(async (ids) => {
    const rows = await outbound('id', ids);
    return new Map(rows.map((row) => [row.id, row]));
  });
  const invoices = batchLoads<string, { id: string; debtorId: string; number: string }[]>(async (numbers) => {
    const rows = await prisma.$queryRawUnsafe<
      { id: string; debtorId: string; number: string; key: string }[]
    >(
      `SELECT id::text AS id, debtor_id::text AS "debtorId", number, upper(number) AS key
       FROM invoice WHERE upper(number) = ANY($1::text[])`,
      [...numbers],
    );
    const found = new Map<string, { id: string; debtorId: string; number: string }[]>();
    for (const { key, ...row } of rows) found.set(key, [...(found.get(key) ?? []), row]);
    return found;
  });
  const byAddress = batchLoads<string, string[]>(async (addresses) => {
    const rows = await prisma.$queryRawUnsafe<{ key: string; debtorId: string }[]>(
      `SELECT DISTINCT lower(email) AS key, debtor_id::text AS "debtorId"
       FROM contact WHERE lower(email) = ANY($1::text[]) AND active`,
      [...addresses],
    );
    return group(rows);
  });
  const byDomain = batchLoads<string, string[]>(async (domains) => {
    // endsWith "@domain", case-insensitive; right() instead of LIKE so "_" in a domain is no wildcard.
    const rows = await prisma.$queryRawUnsafe<{ key: string; debtorId: string }[]>(
      `SELECT DISTINCT d.domain AS key, c.debtor_id::text AS "debtorId"
       FROM unnest($1::text[]) AS d(domain)
       JOIN contact c ON right(lower(c.email), length(d.domain) + 1) = '@' || d.domain AND c.active`,
      [...domains],
    );
    return group(rows);
  });
  return {
    async outboundByMessageIds(ids: readonly string[]): Promise<OutboundRow | null> {
      const found = await Promise.all(ids.map((id) => byMessageId(id)));
      return latest(found);
    },
    async outboundById(id: string): Promise<OutboundRow | null> {
      return UUID.test(id) ? latest([await byId(id.toLowerCase())]) : null;
    },
    async invoicesByNumbers(numbers: readonly string[]) {
      // Extracted numbers are upper case; the ledger's may not be.
      const wanted = [...new Set(numbers.map((number) => number.toUpperCase()))];
      const found = await Promise.all(wanted.map((number) => invoices(number)));
      const unique = new Map(found.flatMap((rows) => rows ?? []).map((row) => [row.id, row]));
      return [...unique.values()];
    },
    async debtorsByContactAddress(address: string) {
      return (await byAddress(address.toLowerCase())) ?? [];
    },
    async debtorsByContactDomain(domain: string) {
      return ((await byDomain(domain.toLowerCase())) ?? []).slice(0, DOMAIN_DEBTORS);
    },
  };
}

/** The most recent of the outbound mails found: a reply names the newest mail it answers. */
function latest(rows: readonly (DatedOutbound | undefined)[]): OutboundRow | null {
  let best: DatedOutbound | undefined;
  for (const row of rows) if (row && (!best || row.createdAt > best.createdAt)) best = row;
  if (!best) return null;
  return {
    id: best.id,
    debtorId: best.debtorId,
    invoiceId: best.invoiceId,
    threadId: best.threadId,
    toAddress: best.toAddress,
  };
}

function group(rows: readonly { key: string; debtorId: string }[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const row of rows) found.set(row.key, [...(found.get(row.key) ?? []), row.debtorId]);
  return found;
}
