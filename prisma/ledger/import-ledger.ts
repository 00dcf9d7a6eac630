import { AppError } from '../../domain/errors/app-error.ts';
import type { AppRecordedPayment } from '../../domain/ledger/reconcile-imported-invoice.ts';
import { reconcileImportedInvoice } from '../../domain/ledger/reconcile-imported-invoice.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import { Prisma, type PrismaClient } from '../generated/client.ts';
import { stopDunningForPaidInvoice } from '../payments/stop-dunning-for-paid-invoice.ts';
import { fromIsoDate } from '../sql/to-iso-date.ts';

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
  /** Paid invoices the ledger shows money open on again. */
  readonly invoicesReopened: number;
  /** Where the ledger and payments recorded in the app disagree, and which was kept. */
  readonly notes: readonly string[];
}

const CHUNK = 500;

type Tx = Prisma.TransactionClient;

/**
 * Writes a validated ledger in ONE transaction: all rows or none. Importing the same file again
 * updates what changed and creates nothing twice (debtors by reference, invoices by number,
 * contacts by debtor and address). An invoice number that belongs to another debtor in the
 * database is refused: that is a ledger error, not an update.
 */
export async function importLedger({
  prisma,
  rows,
  asOf = null,
  onProgress = () => undefined,
}: {
  prisma: PrismaClient;
  rows: readonly LedgerImportRow[];
  /** The moment the export reflects (`--as-of`); null when unknown. See reconcileImportedInvoice. */
  asOf?: Date | null;
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
          status: InvoiceStatus;
          paymentPlanId: string | null;
        }
      >();
      for (const chunk of chunks(rows.map((row) => row.invoice_number))) {
        // The same row lock a provider payment takes (recordProviderPayment): a payment recorded
        // while the import runs is either seen below or waits, never overwritten by a stale figure.
        await tx.$queryRaw`SELECT id FROM invoice WHERE number IN (${Prisma.join(chunk)}) ORDER BY number FOR UPDATE`;
        for (const invoice of await tx.invoice.findMany({ where: { number: { in: chunk } } }))
          existingInvoices.set(invoice.number, invoice);
      }
      const facts = await loadAppFacts(tx, [...existingInvoices.values()]);
      const newInvoices: LedgerImportRow[] = [];
      const notes: string[] = [];
      const reopened: { id: string; number: string; openCents: number; status: InvoiceStatus }[] = [];
      const settled: { id: string; number: string }[] = [];
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
            existing.dueDate.toISOString().slice(0, 10) !== row.due_date ||
            existing.issueDate.toISOString().slice(0, 10) !== row.issue_date ||
            existing.poNumber !== row.po_number;
          if (changed) {
            await tx.invoice.update({
              where: { id: existing.id },
              data: {
                amountCents: row.amount,
                openCents: decision.openCents,
                issueDate: fromIsoDate(row.issue_date),
                dueDate: fromIsoDate(row.due_date),
                poNumber: row.po_number,
                status: decision.status,
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
            invoicesReopened: reopened.length,
            ...(asOf ? { asOf: asOf.toISOString() } : {}),
            ...(notes.length > 0 ? { notes } : {}),
          },
        },
      });
      // Paid according to the ledger (a bank transfer the app never saw): the same end of dunning
      // as a payment through the page, so a reminder queued before the import is not sent.
      const now = new Date();
      const stopped: Prisma.AuditEventCreateManyInput[] = [];
      for (const invoice of settled) {
        stopped.push(...(await stopDunningForPaidInvoice({ tx, invoice, actor: 'cli', now })));
      }
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
      return {
        debtorsCreated: newDebtors.length,
        debtorsUpdated,
        invoicesCreated: newInvoices.length,
        invoicesUpdated,
        contactsCreated,
        invoicesReopened: reopened.length,
        notes,
      };
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

const HOLDING_DISPUTES = ['open', 'taken', 'escalated'] as const;

/**
 * What the app knows about existing invoices that a ledger export may not: payments it recorded
 * (by a provider, also paying plan instalments; money kept for review has no invoice and does
 * not count) and whether a plan or dispute still holds, to reopen a paid invoice into.
 */
async function loadAppFacts(
  tx: Tx,
  invoices: readonly { id: string; paymentPlanId: string | null }[],
): Promise<{
  payments: Map<string, AppRecordedPayment[]>;
  held: Map<string, 'planned' | 'disputed'>;
}> {
  const payments = new Map<string, AppRecordedPayment[]>();
  const held = new Map<string, 'planned' | 'disputed'>();
  for (const chunk of chunks(invoices)) {
    const ids = chunk.map((invoice) => invoice.id);
    for (const payment of await tx.payment.findMany({
      where: { invoiceId: { in: ids }, source: { not: 'import' } },
      select: { invoiceId: true, amountCents: true, createdAt: true },
    })) {
      const list = payments.get(payment.invoiceId!) ?? [];
      list.push({ amountCents: payment.amountCents, recordedAt: payment.createdAt });
      payments.set(payment.invoiceId!, list);
    }
    const planIds = [...new Set(chunk.flatMap((invoice) => invoice.paymentPlanId ?? []))];
    const activePlans = new Set(
      (
        await tx.paymentPlan.findMany({
          where: { id: { in: planIds }, status: 'active' },
          select: { id: true },
        })
      ).map((plan) => plan.id),
    );
    for (const invoice of chunk)
      if (invoice.paymentPlanId && activePlans.has(invoice.paymentPlanId)) held.set(invoice.id, 'planned');
    // A dispute outranks a plan: dunning must wait for sales either way, and sales must see it.
    for (const dispute of await tx.dispute.findMany({
      where: { invoiceId: { in: ids }, status: { in: [...HOLDING_DISPUTES] } },
      select: { invoiceId: true },
    })) {
      held.set(dispute.invoiceId, 'disputed');
    }
  }
  return { payments, held };
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += CHUNK) result.push(items.slice(index, index + CHUNK));
  return result;
}
