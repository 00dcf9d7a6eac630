import type { NoticeInvoice } from '../../domain/notices/action-notice.ts';
import { oweLadderLetter } from '../../prisma/dunning/owe-ladder-letter.ts';
import type { Database } from '../../prisma/open-database.ts';

/** Owes one Dutch ladder letter for `invoices` (as the run or an approval does); returns its key. */
export async function oweTestLadderLetter({
  db,
  debtorId,
  step,
  invoices,
  now,
}: {
  db: Pick<Database, 'prisma'>;
  debtorId: string;
  step: string;
  invoices: readonly NoticeInvoice[];
  now: Date;
}): Promise<string> {
  const key = `dunning:${step}:${invoices.map((invoice) => invoice.id).join(',')}`;
  await oweLadderLetter({
    prisma: db.prisma,
    debtorId,
    letter: {
      key,
      template: 'dunning_letter',
      channel: 'email',
      params: { language: 'nl', invoices: [...invoices], ladderStep: step },
    },
    approval: 'never',
    now,
  });
  return key;
}
