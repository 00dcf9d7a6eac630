import type { SalesDispute, SalesHandoff, SalesView } from '../../domain/disputes/sales-dispute.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import type { PrismaClient } from '../generated/client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

const LIMIT = 200;

/**
 * The sales view of one person, known by several names (`identities`, lower-cased: their
 * e-mail address, their name, their Slack user id): disputes they took, disputes on accounts
 * they own that nobody took yet, disputes nobody owns, and hand-offs for those accounts that
 * are not opened as disputes yet; and every dispute escalated to finance. Oldest first, at most
 * 200 of each.
 */
export async function loadSalesView({
  prisma,
  identities,
}: {
  prisma: PrismaClient;
  identities: readonly string[];
}): Promise<SalesView> {
  const ids = [...new Set(identities.map((id) => id.trim().toLowerCase()).filter(Boolean))];
  const rows = await prisma.$queryRaw<{ id: string; mine: boolean }[]>`
    SELECT d.id::text AS id,
           (lower(coalesce(d.owner, '')) = ANY(${ids}::text[])
             OR (d.owner IS NULL AND lower(trim(coalesce(b.account_owner, ''))) = ANY(${ids}::text[]))) AS mine
    FROM dispute d JOIN debtor b ON b.id = d.debtor_id
    WHERE d.status IN ('open', 'taken')
      AND (lower(coalesce(d.owner, '')) = ANY(${ids}::text[])
        OR (d.owner IS NULL AND lower(trim(coalesce(b.account_owner, ''))) = ANY(${ids}::text[] || ARRAY['']::text[])))
    ORDER BY d.created_at, d.id LIMIT ${LIMIT * 2}`;
  const escalatedRows = await prisma.dispute.findMany({
    where: { status: 'escalated' },
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: LIMIT,
    select: { id: true },
  });
  const escalatedIds = new Set(escalatedRows.map((row) => row.id));
  const disputes = await prisma.dispute.findMany({
    where: { id: { in: [...rows.map((row) => row.id), ...escalatedIds] } },
    include: { debtor: true, invoice: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const handoffRows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p.id::text AS id FROM proposal p JOIN debtor b ON b.id = p.debtor_id
    WHERE p.status = 'proposed' AND p.action = 'handoff_to_sales'
      AND lower(trim(coalesce(b.account_owner, ''))) = ANY(${ids}::text[] || ARRAY['']::text[])
    ORDER BY p.created_at, p.id LIMIT ${LIMIT}`;
  const proposals = await prisma.proposal.findMany({
    where: { id: { in: handoffRows.map((row) => row.id) } },
    include: { debtor: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const invoiceIdsOf = new Map(
    proposals.map((p) => [
      p.id,
      [...parseProposedStep({ id: p.id, action: p.action, params: p.params }).params.invoiceIds],
    ]),
  );
  const invoices = await prisma.invoice.findMany({
    where: { id: { in: [...invoiceIdsOf.values()].flat() } },
    orderBy: { dueDate: 'asc' },
  });
  const messageIds = [...disputes.map((d) => d.messageId), ...proposals.map((p) => p.messageId)].filter(
    (id): id is string => id !== null,
  );
  const messages = new Map(
    (
      await prisma.message.findMany({
        where: { id: { in: messageIds } },
        select: { id: true, cleanedText: true, rawText: true },
      })
    ).map((m) => [m.id, m.cleanedText ?? m.rawText]),
  );
  const words = (messageId: string | null) => (messageId ? (messages.get(messageId) ?? '') : '');
  const debtorOf = (d: { id: string; name: string; reference: string; accountOwner: string | null }) => ({
    id: d.id,
    name: d.name,
    reference: d.reference,
    accountOwner: d.accountOwner,
  });
  const invoiceOf = (i: { number: string; amountCents: number; openCents: number; dueDate: Date }) => ({
    number: i.number,
    amountCents: i.amountCents,
    openCents: i.openCents,
    dueDate: toIsoDate(i.dueDate),
  });
  const mineIds = new Set(rows.filter((row) => row.mine).map((row) => row.id));
  const shown: SalesDispute[] = disputes.map((d) => ({
    id: d.id,
    status: d.status as SalesDispute['status'],
    owner: d.owner,
    summary: d.summary,
    note: d.resolutionNote,
    debtorWords: words(d.messageId),
    openedAt: d.createdAt,
    debtor: debtorOf(d.debtor),
    invoice: invoiceOf(d.invoice),
  }));
  const handoffs: SalesHandoff[] = proposals.map((p) => {
    const wanted = new Set(invoiceIdsOf.get(p.id));
    return {
      proposalId: p.id,
      rationale: p.rationale,
      debtorWords: words(p.messageId),
      proposedAt: p.createdAt,
      debtor: debtorOf(p.debtor),
      invoices: invoices.filter((i) => wanted.has(i.id) && i.debtorId === p.debtorId).map(invoiceOf),
    };
  });
  const waiting = shown.filter((d) => !escalatedIds.has(d.id));
  return {
    mine: waiting.filter((d) => mineIds.has(d.id)).slice(0, LIMIT),
    unassigned: waiting.filter((d) => !mineIds.has(d.id)).slice(0, LIMIT),
    handoffs,
    escalated: shown.filter((d) => escalatedIds.has(d.id)),
  };
}
