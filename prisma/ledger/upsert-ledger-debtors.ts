import type { LedgerDebtor } from '../../domain/ledger/ledger-source.ts';
import type { Prisma } from '../generated/client.ts';
import { insertJsonRows } from '../sql/insert-json-rows.ts';
import { DEBTOR_COLUMNS } from '../sql/row-columns.ts';

export interface UpsertedLedgerDebtors {
  /** Debtor id by reference, for every debtor given. */
  readonly ids: Map<string, string>;
  readonly created: number;
  readonly updated: number;
  readonly contactsCreated: number;
}

/**
 * The debtors of one ledger page, inside the caller's transaction, in the import's bulk shape
 * (importLedger: one jsonb parameter per statement): new references are inserted, a changed
 * name, kind or address is updated (the language only at creation: Moneybird has none and the
 * port says "nl" then, which must not overwrite what a person or an import set), new contact addresses are added (one already on
 * file is kept as it is: a person may have marked it undeliverable or made another primary).
 * Nothing changes when the same debtors come again.
 */
export async function upsertLedgerDebtors({
  tx,
  debtors,
}: {
  tx: Prisma.TransactionClient;
  debtors: readonly LedgerDebtor[];
}): Promise<UpsertedLedgerDebtors> {
  const ids = new Map<string, string>();
  if (debtors.length === 0) return { ids, created: 0, updated: 0, contactsCreated: 0 };
  const byReference = new Map(debtors.map((debtor) => [debtor.reference, debtor]));
  const rows = [...byReference.values()].map((debtor) => ({
    reference: debtor.reference,
    name: debtor.name,
    kind: debtor.kind,
    language: debtor.language,
    address_street: debtor.address?.street ?? null,
    address_postal_code: debtor.address?.postalCode ?? null,
    address_city: debtor.address?.city ?? null,
    address_country: debtor.address?.country ?? null,
  }));
  const existing = await tx.$queryRawUnsafe<{ id: string; reference: string }[]>(
    `SELECT id::text AS id, reference FROM debtor WHERE reference IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    JSON.stringify(rows.map((row) => row.reference)),
  );
  for (const debtor of existing) ids.set(debtor.reference, debtor.id);
  const known = new Set(ids.keys());
  const created = await insertJsonRows<{ id: string; reference: string }>({
    db: tx,
    table: 'debtor',
    columns: DEBTOR_COLUMNS,
    rows: rows.filter((row) => !ids.has(row.reference)),
    extra: { id: 'gen_random_uuid()', updated_at: 'now()' },
    returning: 'id::text AS id, reference',
  });
  for (const debtor of created) ids.set(debtor.reference, debtor.id);
  // A package without an address for a debtor keeps the one on file (a letter may need it).
  const updated = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE debtor d SET name = r.name, kind = r.kind,
            address_street = COALESCE(r.address_street, d.address_street),
            address_postal_code = COALESCE(r.address_postal_code, d.address_postal_code),
            address_city = COALESCE(r.address_city, d.address_city),
            address_country = COALESCE(r.address_country, d.address_country), updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS r(reference text, name text, kind "DebtorKind", language text,
            address_street text, address_postal_code text, address_city text, address_country text)
      WHERE d.reference = r.reference
        AND ((d.name, d.kind) IS DISTINCT FROM (r.name, r.kind)
             OR (r.address_street IS NOT NULL
                 AND (d.address_street, d.address_postal_code, d.address_city, d.address_country)
                     IS DISTINCT FROM (r.address_street, r.address_postal_code, r.address_city, r.address_country)))
     RETURNING d.id::text AS id`,
    JSON.stringify(rows.filter((row) => known.has(row.reference))),
  );
  const contacts = new Map<
    string,
    { debtor_id: string; email: string; name: string | null; is_primary: boolean }
  >();
  for (const debtor of byReference.values()) {
    const debtorId = ids.get(debtor.reference)!;
    for (const contact of debtor.contacts) {
      const email = contact.email.trim().toLowerCase();
      if (!email) continue;
      const key = `${debtorId} ${email}`;
      const earlier = contacts.get(key);
      contacts.set(key, {
        debtor_id: debtorId,
        email,
        name: contact.name ?? earlier?.name ?? null,
        is_primary: contact.isPrimary || (earlier?.is_primary ?? false),
      });
    }
  }
  const contactsCreated = await insertJsonRows<{ id: string }>({
    db: tx,
    table: 'contact',
    columns: { debtor_id: 'uuid', email: 'text', name: 'text', is_primary: 'boolean' },
    rows: [...contacts.values()],
    extra: { id: 'gen_random_uuid()', updated_at: 'now()' },
    onConflict: 'ON CONFLICT (debtor_id, email) DO NOTHING',
    returning: 'id',
  });
  return { ids, created: created.length, updated: updated.length, contactsCreated: contactsCreated.length };
}
