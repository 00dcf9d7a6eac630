import type { OpenProposal } from '../../domain/proposals/open-proposal.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import { parseClassificationPhrases } from '../json/classification-json.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';
import { buildOpenProposalsWhere, type OpenProposalFilter } from './build-open-proposals-where.ts';

/** A place in the inbox's order (created, then id): the first or last proposal a page showed. */
export interface InboxCursor {
  readonly createdAt: Date;
  readonly id: string;
}

/**
 * The proposals that wait for a person (buildOpenProposalsWhere), through the inbox's filter, in
 * the inbox's order (oldest first, then id), a page at a time: `after` a cursor (the next page),
 * `before` one (the previous page, read backwards and turned round), or from the start. Keyset
 * pagination in SQL: a page reads its own rows, whatever the backlog. Two statements: the
 * proposals with their debtor and classification, then all their invoices. Meant for the direct
 * SQL client (Database.sql): Prisma's query interpreter costs more than the query itself here.
 */
export async function loadOpenProposals({
  db,
  actions,
  filter = {},
  after = null,
  before = null,
  limit = null,
}: {
  db: RawSqlRunner;
  /** Only these actions (a sales user sees the hand-offs); all when omitted. */
  actions?: readonly string[];
  filter?: OpenProposalFilter;
  after?: InboxCursor | null;
  before?: InboxCursor | null;
  /** At most this many; all when null. */
  limit?: number | null;
}): Promise<OpenProposal[]> {
  const where = buildOpenProposalsWhere({ ...filter, ...(actions ? { actions } : {}) });
  const backwards = before !== null;
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      action: string;
      rationale: string;
      params: unknown;
      requires_approval: boolean;
      created_at: Date;
      assigned_to: string | null;
      debtor_id: string;
      debtor_name: string;
      debtor_reference: string;
      classification_id: string | null;
      reason: string | null;
      confidence: number | null;
      explanation: unknown;
      excerpt: string | null;
    }[]
  >(
    `SELECT p.id::text AS id, p.action, p.rationale, p.params, p.requires_approval, p.created_at, p.assigned_to,
           d.id::text AS debtor_id, d.name AS debtor_name, d.reference AS debtor_reference,
           c.id::text AS classification_id, c.reason, c.confidence, c.explanation,
           left(coalesce(m.cleaned_text, m.raw_text), 400) AS excerpt
      FROM proposal p
      JOIN debtor d ON d.id = p.debtor_id
      LEFT JOIN classification c ON c.id = p.classification_id
      LEFT JOIN message m ON m.id = p.message_id
     WHERE ${where.sql}
       AND ($7::timestamptz IS NULL OR (p.created_at, p.id) > ($7::timestamptz, $8::uuid))
       AND ($9::timestamptz IS NULL OR (p.created_at, p.id) < ($9::timestamptz, $10::uuid))
     ORDER BY p.created_at ${backwards ? 'DESC' : 'ASC'}, p.id ${backwards ? 'DESC' : 'ASC'}
     LIMIT $11::int`,
    ...where.params,
    after?.createdAt ?? null,
    after?.id ?? null,
    before?.createdAt ?? null,
    before?.id ?? null,
    limit,
  );
  if (backwards) rows.reverse();
  const steps = rows.map((row) => parseProposedStep({ id: row.id, action: row.action, params: row.params }));
  const invoiceIds = [...new Set(steps.flatMap((step) => step.params.invoiceIds))];
  const invoices = invoiceIds.length
    ? await db.$queryRawUnsafe<{ id: string; number: string; open_cents: number; due_date: Date }[]>(
        'SELECT id::text AS id, number, open_cents, due_date FROM invoice WHERE id = ANY($1::uuid[])',
        invoiceIds,
      )
    : [];
  const byId = new Map(
    invoices.map((row) => [
      row.id,
      { number: row.number, openCents: row.open_cents, dueDate: toIsoDate(row.due_date) },
    ]),
  );
  return rows.map((row, index) => {
    const step = steps[index]!;
    const own = step.params.invoiceIds
      .map((id) => byId.get(id))
      .filter((invoice) => invoice !== undefined)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
    return {
      id: row.id,
      action: row.action,
      rationale: row.rationale,
      requiresApproval: row.requires_approval,
      createdAt: row.created_at,
      assignedTo: row.assigned_to,
      debtor: { id: row.debtor_id, name: row.debtor_name, reference: row.debtor_reference },
      invoices: own,
      openCents: own.reduce((sum, invoice) => sum + invoice.openCents, 0),
      step:
        step.action === 'escalate' && step.params.stepCode
          ? { code: step.params.stepCode, label: step.params.stepLabel ?? step.params.stepCode }
          : null,
      classification:
        row.classification_id === null
          ? null
          : {
              reason: row.reason,
              confidence: row.confidence ?? 0,
              phrases: parseClassificationPhrases({
                id: row.classification_id,
                explanation: row.explanation,
              }),
            },
      excerpt: row.excerpt,
      schedule: 'schedule' in step.params && step.params.schedule ? step.params.schedule : null,
    };
  });
}
