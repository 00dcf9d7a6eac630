import { AppError } from '../../domain/errors/app-error.ts';
import type { PrismaClient } from '../generated/client.ts';
import { fromIsoDate } from './to-iso-date.ts';

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
}

export interface LedgerImportResult {
  readonly debtorsCreated: number;
  readonly debtorsUpdated: number;
  readonly invoicesCreated: number;
  readonly invoicesUpdated: number;
  readonly contactsCreated: number;
}

const CHUNK = 500;

/**
 * Writes a validated ledger in ONE transaction: all rows or none. Importing the same file again
 * updates what changed and creates nothing twice (debtors by reference, invoices by number,
 * contacts by debtor and address). An invoice number that belongs to another debtor in the
 * database is refused: that is a ledger error, not an update.
 */
export async function importLedger({
  prisma,
  rows,
  onProgress = () => undefined,
}: {
  prisma: PrismaClient;
  rows: readonly LedgerImportRow[];
  onProgress?: (done: number) => void;
}): Promise<LedgerImportResult> {
  return prisma.$transaction(
    async (tx) => {
      const references = [...new Set(rows.map((row) => row.debtor_reference))];
      const existingDebtors = new Map<
        string,
        { id: string; name: string; kind: string; language: string; accountOwner: string | null }
      >();
      for (const chunk of chunks(references)) {
        for (const debtor of await tx.debtor.findMany({ where: { reference: { in: chunk } } })) {
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
      for (const chunk of chunks(newDebtors)) {
        await tx.debtor.createMany({
          data: chunk.map((row) => ({
            reference: row.debtor_reference,
            name: row.debtor_name,
            kind: row.debtor_kind,
            language: row.language,
            accountOwner: row.account_owner,
          })),
        });
      }
      let debtorsUpdated = 0;
      for (const [reference, debtor] of existingDebtors) {
        const row = firstRowByReference.get(reference)!;
        if (
          debtor.name !== row.debtor_name ||
          debtor.kind !== row.debtor_kind ||
          debtor.language !== row.language ||
          (row.account_owner !== null && debtor.accountOwner !== row.account_owner)
        ) {
          await tx.debtor.update({
            where: { id: debtor.id },
            data: {
              name: row.debtor_name,
              kind: row.debtor_kind,
              language: row.language,
              accountOwner: row.account_owner ?? debtor.accountOwner,
            },
          });
          debtorsUpdated += 1;
        }
      }
      const debtorIds = new Map<string, string>();
      for (const chunk of chunks(references)) {
        for (const debtor of await tx.debtor.findMany({
          where: { reference: { in: chunk } },
          select: { id: true, reference: true },
        })) {
          debtorIds.set(debtor.reference, debtor.id);
        }
      }

      const contacts = new Map<string, { debtorId: string; email: string; name: string | null }>();
      for (const row of rows) {
        if (!row.contact_email) continue;
        const debtorId = debtorIds.get(row.debtor_reference)!;
        const email = row.contact_email.toLowerCase();
        contacts.set(`${debtorId} ${email}`, { debtorId, email, name: row.contact_name });
      }
      let contactsCreated = 0;
      for (const chunk of chunks([...contacts.values()])) {
        const created = await tx.contact.createMany({
          data: chunk.map((contact) => ({ ...contact, isPrimary: true })),
          skipDuplicates: true,
        });
        contactsCreated += created.count;
      }

      const existingInvoices = new Map<
        string,
        {
          id: string;
          debtorId: string;
          amountCents: number;
          openCents: number;
          dueDate: Date;
          issueDate: Date;
          poNumber: string | null;
        }
      >();
      for (const chunk of chunks(rows.map((row) => row.invoice_number))) {
        for (const invoice of await tx.invoice.findMany({ where: { number: { in: chunk } } }))
          existingInvoices.set(invoice.number, invoice);
      }
      const newInvoices: LedgerImportRow[] = [];
      let invoicesUpdated = 0;
      let done = 0;
      for (const row of rows) {
        const debtorId = debtorIds.get(row.debtor_reference)!;
        const existing = existingInvoices.get(row.invoice_number);
        if (!existing) {
          newInvoices.push(row);
        } else {
          if (existing.debtorId !== debtorId) {
            throw new AppError(
              'IMPORT_INVALID',
              `Invoice ${row.invoice_number} belongs to another debtor in the database than ${row.debtor_reference}. Nothing was imported; correct the file or the ledger.`,
            );
          }
          const changed =
            existing.amountCents !== row.amount ||
            existing.openCents !== row.open_amount ||
            existing.dueDate.toISOString().slice(0, 10) !== row.due_date ||
            existing.issueDate.toISOString().slice(0, 10) !== row.issue_date ||
            existing.poNumber !== row.po_number;
          if (changed) {
            await tx.invoice.update({
              where: { id: existing.id },
              data: {
                amountCents: row.amount,
                openCents: row.open_amount,
                issueDate: fromIsoDate(row.issue_date),
                dueDate: fromIsoDate(row.due_date),
                poNumber: row.po_number,
                ...(row.open_amount === 0 ? { status: 'paid' as const } : {}),
              },
            });
            invoicesUpdated += 1;
          }
          done += 1;
          if (done % 200 === 0) onProgress(done);
        }
      }
      for (const chunk of chunks(newInvoices)) {
        await tx.invoice.createMany({
          data: chunk.map((row) => ({
            number: row.invoice_number,
            debtorId: debtorIds.get(row.debtor_reference)!,
            amountCents: row.amount,
            openCents: row.open_amount,
            issueDate: fromIsoDate(row.issue_date),
            dueDate: fromIsoDate(row.due_date),
            poNumber: row.po_number,
            status: row.open_amount === 0 ? 'paid' : 'open',
          })),
        });
        done += chunk.length;
        onProgress(done);
      }
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
          },
        },
      });
      onProgress(rows.length);
      return {
        debtorsCreated: newDebtors.length,
        debtorsUpdated,
        invoicesCreated: newInvoices.length,
        invoicesUpdated,
        contactsCreated,
      };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) result.push(items.slice(index, index + CHUNK));
  return result;
}
