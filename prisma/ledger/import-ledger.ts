import { AppError } from '../../domain/errors/app-error.ts';
import { reconcileImportedInvoice } from '../../domain/ledger/reconcile-imported-invoice.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { toMajorUnits } from '../../domain/money.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { stopDunningForPaidInvoices } from '../payments/stop-dunning-for-paid-invoices.ts';
import { insertJsonRows } from '../sql/insert-json-rows.ts';
import { DEBTOR_COLUMNS, INVOICE_COLUMNS } from '../sql/row-columns.ts';
import { loadImportFacts } from './load-import-facts.ts';

export interface LedgerImportRow {
  readonly debtor_reference: string;
  readonly debtor_name: string;
  readonly debtor_kind: 'company' | 'consumer';
  readonly language: string;
  readonly contact_email: string | null;
  readonly contact_name: string | null;
  readonly account_owner: string | null;
  readonly invoice_number: string;
  readonly issue_date: string;
  readonly due_date: string;
  readonly amount: number;
  readonly open_amount: number;
  readonly po_number: string | null;
  /** Where the ladder stands in the ledger (optional columns): the last step sent, its index on the debtor's ladder, its day. */
  readonly dunning_step?: string | null;
  /** The debtor's postal address (optional columns); a row without it keeps the address on file. */
  readonly address_street?: string | null;
  readonly address_postal_code?: string | null;
  readonly address_city?: string | null;
  readonly address_country?: string | null;
  readonly dunning_step_index?: number | null;
  readonly last_dunning_date?: string | null;
}

export interface LedgerImportResult {
  readonly debtorsCreated: number;
  readonly debtorsUpdated: number;
  readonly invoicesCreated: number;
  readonly invoicesUpdated: number;
  readonly contactsCreated: number;
  /** Paid invoices the ledger shows money open on again. */
  readonly invoicesReopened: number;
  /** Invoices whose ladder state was set from the ledger's dunning_step (never moved back). */
  readonly ladderStatesSet: number;
  /** Where the ledger and payments recorded in the app disagree, and which was kept. */
  readonly notes: readonly string[];
  /** Invoices that were open here and are paid by this import. */
  readonly invoicesPaid: number;
  readonly debtorsUnchanged: number;
  readonly invoicesUnchanged: number;
  /** The first few of each kind of change, for a person to check (`import --dry-run`). */
  readonly samples: {
    readonly debtorsCreated: readonly string[];
    readonly debtorsUpdated: readonly string[];
    readonly invoicesCreated: readonly string[];
    readonly invoicesUpdated: readonly string[];
    readonly invoicesPaid: readonly string[];
  };
  /** Nothing was written: everything was done in the transaction and rolled back. */
  readonly dryRun: boolean;
}

const SAMPLE = 5;

/** Thrown out of the transaction to roll a dry run back, carrying what it would have done. */
class DryRunDone extends Error {
  constructor(readonly result: LedgerImportResult) {
    super('dry run');
  }
}

const CHUNK = 5000;
const ANALYZE_FROM_ROWS = 1000;

interface ExistingInvoice {
  readonly id: string;
  readonly number: string;
  readonly debtorId: string;
  readonly amountCents: number;
  readonly openCents: number;
  readonly dueDate: string;
  readonly issueDate: string;
  readonly poNumber: string | null;
  readonly status: InvoiceStatus;
}

/**
 * Writes a validated ledger in ONE transaction: all rows or none. Importing the same file again
 * updates what changed and creates nothing twice (debtors by reference, invoices by number,
 * contacts by debtor and address). An invoice number that belongs to another debtor in the
 * database is refused: that is a ledger error, not an update.
 *
 * Rows are read and written in bulk, 5,000 to a statement (one jsonb parameter unpacked by
 * jsonb_to_recordset, see insertJsonRows): Prisma's createMany and one update per changed
 * invoice cost ~0.5 ms a row, 52 s for 100,000 invoices. Everything stays in the one Prisma
 * transaction, because ending dunning for an invoice the ledger shows paid
 * (stopDunningForPaidInvoices) is Prisma's.
 */
export async function importLedger({
  prisma,
  rows,
  asOf = null,
  dryRun = false,
  onProgress = () => undefined,
}: {
  prisma: PrismaClient;
  rows: readonly LedgerImportRow[];
  /** The moment the export reflects (`--as-of`); null when unknown. See reconcileImportedInvoice. */
  asOf?: Date | null;
  /** Do everything in the transaction, then roll it back: what would change, nothing written. */
  dryRun?: boolean;
  onProgress?: (done: number) => void;
}): Promise<LedgerImportResult> {
  const run = prisma.$transaction(
    async (tx) => {
      const references = [...new Set(rows.map((row) => row.debtor_reference))];
      const existingDebtors = new Map<
        string,
        { id: string; name: string; kind: string; language: string; accountOwner: string | null }
      >();
      for (const chunk of chunks(references)) {
        for (const debtor of await tx.$queryRawUnsafe<
          {
            id: string;
            reference: string;
            name: string;
            kind: string;
            language: string;
            accountOwner: string | null;
          }[]
        >(
          `SELECT id::text AS id, reference, name, kind::text AS kind, language, account_owner AS "accountOwner"
             FROM debtor WHERE reference IN (SELECT jsonb_array_elements_text($1::jsonb))`,
          JSON.stringify(chunk),
        )) {
          existingDebtors.set(debtor.reference, debtor);
        }
      }
      const firstRowByReference = new Map<string, LedgerImportRow>();
      for (const row of rows)
        if (!firstRowByReference.has(row.debtor_reference))
          firstRowByReference.set(row.debtor_reference, row);
      const newDebtors = [...firstRowByReference.values()].filter(
        (row) => !existingDebtors.has(row.debtor_reference),
      );
      const debtorIds = new Map<string, string>();
      for (const [reference, debtor] of existingDebtors) debtorIds.set(reference, debtor.id);
      for (const chunk of chunks(newDebtors)) {
        const created = await insertJsonRows<{ id: string; reference: string }>({
          db: tx,
          table: 'debtor',
          columns: { ...DEBTOR_COLUMNS, account_owner: 'text' },
          rows: chunk.map((row) => ({
            reference: row.debtor_reference,
            name: row.debtor_name,
            kind: row.debtor_kind,
            language: row.language,
            account_owner: row.account_owner,
            address_street: row.address_street ?? null,
            address_postal_code: row.address_postal_code ?? null,
            address_city: row.address_city ?? null,
            address_country: row.address_country ?? null,
          })),
          extra: { id: 'gen_random_uuid()', updated_at: 'now()' },
          returning: 'id::text AS id, reference',
        });
        for (const debtor of created) debtorIds.set(debtor.reference, debtor.id);
      }
      const changedDebtors: Record<string, unknown>[] = [];
      const debtorSamples: string[] = [];
      const invoiceSamples: string[] = [];
      for (const [reference, debtor] of existingDebtors) {
        const row = firstRowByReference.get(reference)!;
        if (
          debtor.name !== row.debtor_name ||
          debtor.kind !== row.debtor_kind ||
          debtor.language !== row.language ||
          (row.account_owner !== null && debtor.accountOwner !== row.account_owner)
        ) {
          if (debtorSamples.length < SAMPLE) {
            const what = [
              debtor.name !== row.debtor_name ? `name "${debtor.name}" → "${row.debtor_name}"` : null,
              debtor.kind !== row.debtor_kind ? `kind ${debtor.kind} → ${row.debtor_kind}` : null,
              debtor.language !== row.language ? `language ${debtor.language} → ${row.language}` : null,
              row.account_owner !== null && debtor.accountOwner !== row.account_owner
                ? `account owner → ${row.account_owner}`
                : null,
            ].filter((part) => part !== null);
            debtorSamples.push(`${reference}: ${what.join(', ')}`);
          }
          changedDebtors.push({
            id: debtor.id,
            name: row.debtor_name,
            kind: row.debtor_kind,
            language: row.language,
            account_owner: row.account_owner ?? debtor.accountOwner,
          });
        }
      }
      for (const chunk of chunks(changedDebtors)) {
        await tx.$queryRawUnsafe(
          `UPDATE debtor d SET name = r.name, kind = r.kind, language = r.language, account_owner = r.account_owner,
                  updated_at = now()
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, kind "DebtorKind", language text, account_owner text)
            WHERE d.id = r.id`,
          JSON.stringify(chunk),
        );
      }
      const debtorsUpdated = changedDebtors.length;
      // A postal address in the file replaces the one on file; a row without one keeps it.
      const addresses = [...existingDebtors.entries()]
        .map(([reference, debtor]) => ({ id: debtor.id, row: firstRowByReference.get(reference)! }))
        .filter(({ row }) => row.address_street)
        .map(({ id, row }) => ({
          id,
          street: row.address_street,
          postal_code: row.address_postal_code ?? null,
          city: row.address_city ?? null,
          country: row.address_country ?? null,
        }));
      for (const chunk of chunks(addresses)) {
        await tx.$queryRawUnsafe(
          `UPDATE debtor d SET address_street = r.street, address_postal_code = r.postal_code, address_city = r.city,
                  address_country = r.country, updated_at = now()
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, street text, postal_code text, city text, country text)
            WHERE d.id = r.id AND (d.address_street, d.address_postal_code, d.address_city, d.address_country)
                  IS DISTINCT FROM (r.street, r.postal_code, r.city, r.country)`,
          JSON.stringify(chunk),
        );
      }

      const contacts = new Map<string, { debtor_id: string; email: string; name: string | null }>();
      for (const row of rows) {
        if (!row.contact_email) continue;
        const debtorId = debtorIds.get(row.debtor_reference)!;
        const email = row.contact_email.toLowerCase();
        contacts.set(`${debtorId} ${email}`, { debtor_id: debtorId, email, name: row.contact_name });
      }
      let contactsCreated = 0;
      for (const chunk of chunks([...contacts.values()])) {
        const created = await insertJsonRows<{ id: string }>({
          db: tx,
          table: 'contact',
          columns: { debtor_id: 'uuid', email: 'text', name: 'text' },
          rows: chunk,
          extra: { id: 'gen_random_uuid()', is_primary: 'true', updated_at: 'now()' },
          onConflict: 'ON CONFLICT (debtor_id, email) DO NOTHING',
          returning: 'id',
        });
        contactsCreated += created.length;
      }

      const existingInvoices = new Map<string, ExistingInvoice>();
      for (const chunk of chunks(rows.map((row) => row.invoice_number))) {
        // The same row lock a provider payment takes (recordProviderPayment): a payment recorded
        // while the import runs is either seen below or waits, never overwritten by a stale figure.
        for (const invoice of await tx.$queryRawUnsafe<ExistingInvoice[]>(
          `SELECT id::text AS id, number, debtor_id::text AS "debtorId", amount_cents AS "amountCents",
                  open_cents AS "openCents", to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
                  to_char(issue_date, 'YYYY-MM-DD') AS "issueDate", po_number AS "poNumber", status::text AS status
             FROM invoice WHERE number IN (SELECT jsonb_array_elements_text($1::jsonb))
            ORDER BY number FOR UPDATE`,
          JSON.stringify(chunk),
        ))
          existingInvoices.set(invoice.number, invoice);
      }
      const facts = await loadImportFacts({
        tx,
        invoiceIds: [...existingInvoices.values()].map((invoice) => invoice.id),
      });
      const newInvoices: LedgerImportRow[] = [];
      const notes: string[] = [];
      const reopened: { id: string; number: string; openCents: number; status: InvoiceStatus }[] = [];
      const settled: { id: string; number: string }[] = [];
      const changedInvoices: Record<string, unknown>[] = [];
      for (const row of rows) {
        const debtorId = debtorIds.get(row.debtor_reference)!;
        const existing = existingInvoices.get(row.invoice_number);
        if (!existing) {
          newInvoices.push(row);
          continue;
        }
        if (existing.debtorId !== debtorId) {
          throw new AppError(
            'IMPORT_INVALID',
            `Invoice ${row.invoice_number} belongs to another debtor in the database than ${row.debtor_reference}. Nothing was imported; correct the file or the ledger.`,
          );
        }
        const decision = reconcileImportedInvoice({
          invoiceNumber: row.invoice_number,
          current: existing,
          ledger: { amountCents: row.amount, openCents: row.open_amount },
          appPayments: facts.payments.get(existing.id) ?? [],
          asOf,
          heldStatus: facts.held.get(existing.id) ?? null,
        });
        if (decision.note) notes.push(decision.note);
        if (decision.reopened) {
          reopened.push({
            id: existing.id,
            number: row.invoice_number,
            openCents: decision.openCents,
            status: decision.status,
          });
        }
        if (decision.status === 'paid' && existing.status !== 'paid') {
          settled.push({ id: existing.id, number: row.invoice_number });
        }
        const changed =
          existing.amountCents !== row.amount ||
          existing.openCents !== decision.openCents ||
          existing.status !== decision.status ||
          existing.dueDate !== row.due_date ||
          existing.issueDate !== row.issue_date ||
          existing.poNumber !== row.po_number;
        if (changed) {
          if (invoiceSamples.length < SAMPLE) {
            const what = [
              existing.openCents !== decision.openCents
                ? `open ${toMajorUnits(existing.openCents)} → ${toMajorUnits(decision.openCents)}`
                : null,
              existing.amountCents !== row.amount
                ? `amount ${toMajorUnits(existing.amountCents)} → ${toMajorUnits(row.amount)}`
                : null,
              existing.status !== decision.status ? `${existing.status} → ${decision.status}` : null,
              existing.dueDate !== row.due_date ? `due ${existing.dueDate} → ${row.due_date}` : null,
              existing.issueDate !== row.issue_date
                ? `issued ${existing.issueDate} → ${row.issue_date}`
                : null,
              existing.poNumber !== row.po_number
                ? `PO ${existing.poNumber ?? '-'} → ${row.po_number ?? '-'}`
                : null,
            ].filter((part) => part !== null);
            invoiceSamples.push(`${row.invoice_number}: ${what.join(', ')}`);
          }
          changedInvoices.push({
            id: existing.id,
            amount_cents: row.amount,
            open_cents: decision.openCents,
            issue_date: row.issue_date,
            due_date: row.due_date,
            po_number: row.po_number,
            status: decision.status,
          });
        }
      }
      let done = 0;
      for (const chunk of chunks(changedInvoices)) {
        await tx.$queryRawUnsafe(
          `UPDATE invoice i SET amount_cents = r.amount_cents, open_cents = r.open_cents, issue_date = r.issue_date,
                  due_date = r.due_date, po_number = r.po_number, status = r.status, updated_at = now()
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, amount_cents int, open_cents int, issue_date date,
                  due_date date, po_number text, status "InvoiceStatus")
            WHERE i.id = r.id`,
          JSON.stringify(chunk),
        );
        done += chunk.length;
        onProgress(done);
      }
      done = existingInvoices.size;
      onProgress(done);
      const invoicesUpdated = changedInvoices.length;
      for (const chunk of chunks(newInvoices)) {
        await insertJsonRows({
          db: tx,
          table: 'invoice',
          columns: INVOICE_COLUMNS,
          rows: chunk.map((row) => ({
            number: row.invoice_number,
            debtor_id: debtorIds.get(row.debtor_reference)!,
            amount_cents: row.amount,
            open_cents: row.open_amount,
            issue_date: row.issue_date,
            due_date: row.due_date,
            po_number: row.po_number,
            status: row.open_amount === 0 ? 'paid' : 'open',
          })),
          extra: { id: 'gen_random_uuid()', updated_at: 'now()' },
        });
        done += chunk.length;
        onProgress(done);
      }
      const ladderStatesSet = await setLadderStates(tx, rows);
      await tx.auditEvent.create({
        data: {
          actor: 'cli',
          type: 'ledger.imported',
          entityType: 'ledger',
          entityId: 'import',
          data: {
            rows: rows.length,
            debtorsCreated: newDebtors.length,
            invoicesCreated: newInvoices.length,
            invoicesUpdated,
            invoicesReopened: reopened.length,
            ...(ladderStatesSet > 0 ? { ladderStatesSet } : {}),
            ...(asOf ? { asOf: asOf.toISOString() } : {}),
            ...(notes.length > 0 ? { notes } : {}),
          },
        },
      });
      // Paid according to the ledger (a bank transfer the app never saw): the same end of dunning
      // as a payment through the page, so a reminder queued before the import is not sent.
      const now = new Date();
      const stopped = await stopDunningForPaidInvoices({ tx, invoices: settled, actor: 'cli', now });
      if (stopped.length > 0) await tx.auditEvent.createMany({ data: stopped });
      if (reopened.length > 0) {
        await tx.auditEvent.createMany({
          data: reopened.map((invoice) => ({
            actor: 'cli',
            type: 'invoice.reopened',
            entityType: 'invoice',
            entityId: invoice.id,
            data: { number: invoice.number, from: 'paid', to: invoice.status, openCents: invoice.openCents },
          })),
        });
      }
      onProgress(rows.length);
      const outcome: LedgerImportResult = {
        debtorsCreated: newDebtors.length,
        debtorsUpdated,
        invoicesCreated: newInvoices.length,
        invoicesUpdated,
        contactsCreated,
        invoicesReopened: reopened.length,
        ladderStatesSet,
        notes,
        invoicesPaid: settled.length,
        debtorsUnchanged: existingDebtors.size - debtorsUpdated,
        invoicesUnchanged: existingInvoices.size - invoicesUpdated,
        samples: {
          debtorsCreated: newDebtors
            .slice(0, SAMPLE)
            .map((row) => `${row.debtor_reference} ${row.debtor_name}`),
          debtorsUpdated: debtorSamples,
          invoicesCreated: newInvoices
            .slice(0, SAMPLE)
            .map(
              (row) =>
                `${row.invoice_number} (${row.debtor_reference}, due ${row.due_date}, open ${toMajorUnits(row.open_amount)} of ${toMajorUnits(row.amount)})`,
            ),
          invoicesUpdated: invoiceSamples,
          invoicesPaid: settled.slice(0, SAMPLE).map((invoice) => {
            const before = existingInvoices.get(invoice.number);
            return `${invoice.number} (was ${toMajorUnits(before?.openCents ?? 0)} open)`;
          }),
        },
        dryRun,
      };
      if (dryRun) throw new DryRunDone(outcome);
      return outcome;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  let result: LedgerImportResult;
  try {
    result = await run;
  } catch (error) {
    if (error instanceof DryRunDone) return error.result;
    throw error;
  }
  // The embedded database has no autovacuum, so nothing else gives its planner statistics: it
  // took 100,000 invoices for a handful and chose nested loops over them (the forecast's
  // promise check took seconds). On PostgreSQL autovacuum would do it later; now is sooner.
  if (rows.length >= ANALYZE_FROM_ROWS) await prisma.$executeRawUnsafe('ANALYZE debtor, contact, invoice');
  return result;
}

/**
 * Where the ladder stands according to the ledger (dunning_step and last_dunning_date): the
 * invoice's ladder state, so a debtor already at the aanmaning continues from there instead of
 * starting again at the first reminder. Never moves a state back: a state the app recorded on a
 * later day (it sent a later step since the export) is kept. The day is stored at noon in
 * Amsterdam, which every reader turns back into the same day.
 */
async function setLadderStates(
  tx: Prisma.TransactionClient,
  rows: readonly LedgerImportRow[],
): Promise<number> {
  const states = rows
    .filter((row) => row.dunning_step && row.last_dunning_date && row.dunning_step_index != null)
    .map((row) => ({
      number: row.invoice_number,
      step: row.dunning_step_index,
      step_code: row.dunning_step,
      sent_on: row.last_dunning_date,
    }));
  let set = 0;
  for (const chunk of chunks(states)) {
    const written = await tx.$queryRawUnsafe<{ invoiceId: string }[]>(
      `INSERT INTO dunning_state (invoice_id, step, step_code, last_step_at, updated_at)
       SELECT i.id, r.step, r.step_code, (r.sent_on + time '12:00') AT TIME ZONE 'Europe/Amsterdam', now()
         FROM jsonb_to_recordset($1::jsonb) AS r(number text, step int, step_code text, sent_on date)
         JOIN invoice i ON i.number = r.number
       ON CONFLICT (invoice_id) DO UPDATE
          SET step = EXCLUDED.step, step_code = EXCLUDED.step_code, last_step_at = EXCLUDED.last_step_at,
              updated_at = now()
        WHERE dunning_state.last_step_at IS NULL
           OR (dunning_state.last_step_at AT TIME ZONE 'Europe/Amsterdam')::date
              < (EXCLUDED.last_step_at AT TIME ZONE 'Europe/Amsterdam')::date
       RETURNING invoice_id::text AS "invoiceId"`,
      JSON.stringify(chunk),
    );
    set += written.length;
  }
  return set;
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) result.push(items.slice(index, index + CHUNK));
  return result;
}
