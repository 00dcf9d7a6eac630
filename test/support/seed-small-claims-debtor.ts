import type { Database } from '../../prisma/open-database.ts';

/**
 * A consumer with EUR 200 invoices (WIK: the EUR 40 minimum each) for the small-claim cap: two
 * whose earlier 14-day letters stated EUR 40 each (so EUR 60 of the EUR 140 is left), named
 * `<prefix>-1` and `<prefix>-2`, and `owed` more at the reminder step, due a 14-day letter now.
 */
export async function seedSmallClaimsDebtor(
  db: Pick<Database, 'prisma'>,
  { reference, prefix, owed }: { reference: string; prefix: string; owed: number },
): Promise<{ debtorId: string; owed: { id: string; number: string }[] }> {
  const debtor = await db.prisma.debtor.create({
    data: {
      reference,
      name: 'J. de Vries',
      kind: 'consumer',
      language: 'nl',
      contacts: { create: { email: `${reference.toLowerCase()}@example.nl`, isPrimary: true } },
    },
  });
  /** An invoice whose last letter was `step` on `on`, with the costs it stated. */
  const invoice = (number: string, step: string, on: string, costsCents: number | null) =>
    db.prisma.invoice.create({
      data: {
        number,
        debtorId: debtor.id,
        amountCents: 20_000,
        openCents: 20_000,
        issueDate: new Date('2026-08-01T00:00:00Z'),
        dueDate: new Date('2026-09-01T00:00:00Z'),
        dunning: {
          create: {
            step: step === 'aanmaning' ? 2 : 3,
            stepCode: step,
            lastStepAt: new Date(`${on}T09:00:00Z`),
            ...(costsCents === null
              ? {}
              : { letterSentAt: new Date(`${on}T09:00:00Z`), letterCostsCents: costsCents }),
          },
        },
      },
      select: { id: true, number: true },
    });
  await invoice(`${prefix}-1`, 'veertiendagenbrief', '2026-09-14', 4_000);
  await invoice(`${prefix}-2`, 'veertiendagenbrief', '2026-10-05', 4_000);
  const due: { id: string; number: string }[] = [];
  for (let i = 0; i < owed; i++)
    due.push(await invoice(`${prefix}-${i + 3}`, 'aanmaning', '2026-11-02', null));
  return { debtorId: debtor.id, owed: due };
}
