import type { Database } from '../../prisma/open-database.ts';

/** One invoice of a seeded debtor; `last` is the ladder letter it last had, sent on `on`. */
export interface SeededInvoice {
  readonly number: string;
  readonly cents: number;
  /** Due date, `YYYY-MM-DD`. */
  readonly due: string;
  /** Issue date, `YYYY-MM-DD`; the due date when left out. */
  readonly issued?: string;
  readonly last?: { readonly code: string; readonly step: number; readonly on: string };
}

/**
 * A Dutch debtor on the dunning ladder: `<reference> B.V.` or `<reference> de Vries`, with one
 * primary contact `<reference>@example.nl` and the given open invoices, each with its ladder state.
 */
export async function seedDunningDebtor(
  db: Database,
  {
    reference,
    kind,
    invoices,
  }: { reference: string; kind: 'company' | 'consumer'; invoices: readonly SeededInvoice[] },
) {
  const debtor = await db.prisma.debtor.create({
    data: {
      reference,
      name: `${reference} ${kind === 'company' ? 'B.V.' : 'de Vries'}`,
      kind,
      language: 'nl',
      contacts: { create: { email: `${reference.toLowerCase()}@example.nl`, isPrimary: true } },
    },
  });
  const created = [];
  for (const item of invoices) {
    created.push(
      await db.prisma.invoice.create({
        data: {
          number: item.number,
          debtorId: debtor.id,
          amountCents: item.cents,
          openCents: item.cents,
          issueDate: new Date(`${item.issued ?? item.due}T00:00:00Z`),
          dueDate: new Date(`${item.due}T00:00:00Z`),
          ...(item.last && {
            dunning: {
              create: {
                step: item.last.step,
                stepCode: item.last.code,
                lastStepAt: new Date(`${item.last.on}T09:00:00Z`),
              },
            },
          }),
        },
      }),
    );
  }
  return { debtorId: debtor.id, invoices: created };
}
