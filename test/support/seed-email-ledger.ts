import type { Database } from '../../prisma/open-database.ts';

export interface EmailLedger {
  readonly jansen: { readonly debtorId: string; readonly invoiceId: string; readonly contact: string };
  readonly acme: { readonly debtorId: string; readonly invoiceId: string; readonly contact: string };
}

/**
 * Two debtors for the email tests: a Dutch company with an overdue invoice INV-2026-0042, and an
 * English one with INV-2026-0077, each with one contact. Due dates are relative to `today` so the
 * first reminder is due whenever the test runs.
 */
export async function seedEmailLedger(db: Database, today = new Date()): Promise<EmailLedger> {
  const day = (offset: number) => {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
    return date;
  };
  const jansen = await db.prisma.debtor.create({
    data: {
      reference: 'D-100',
      name: 'Bakkerij Jansen B.V.',
      kind: 'company',
      language: 'nl',
      accountOwner: 'sales@ourcompany.example',
      contacts: { create: { email: 'jan@bakkerij-jansen.nl', name: 'Jan Jansen', isPrimary: true } },
      invoices: {
        create: {
          number: 'INV-2026-0042',
          amountCents: 125_000,
          openCents: 125_000,
          issueDate: day(-40),
          dueDate: day(-10),
        },
      },
    },
    include: { invoices: true },
  });
  const acme = await db.prisma.debtor.create({
    data: {
      reference: 'D-200',
      name: 'Acme Ltd',
      kind: 'company',
      language: 'en',
      contacts: { create: { email: 'ap@acme.co.uk', name: 'Accounts Payable', isPrimary: true } },
      invoices: {
        create: {
          number: 'INV-2026-0077',
          amountCents: 48_400,
          openCents: 48_400,
          issueDate: day(-50),
          dueDate: day(-20),
        },
      },
    },
    include: { invoices: true },
  });
  return {
    jansen: { debtorId: jansen.id, invoiceId: jansen.invoices[0]!.id, contact: 'jan@bakkerij-jansen.nl' },
    acme: { debtorId: acme.id, invoiceId: acme.invoices[0]!.id, contact: 'ap@acme.co.uk' },
  };
}
