import type { OpenProposal } from '../../domain/proposals/open-proposal.ts';
import { parseProposedStep } from '../../domain/proposals/parse-proposed-step.ts';
import { TAKEN_UP_ELSEWHERE } from '../../domain/proposals/taken-up-elsewhere.ts';
import { parseClassificationPhrases } from '../json/classification-json.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';
import { toIsoDate } from '../sql/to-iso-date.ts';

/**
 * Every proposal that waits for a person: open (proposed) and needing approval, or taken up by
 * someone other than finance (a dispute hand-off, a message to triage); a reported payment only
 * once its check window ran out (askFinanceAboutPaymentChecks). Two statements whatever
 * the count: the proposals with their debtor and classification, then all their invoices. Meant
 * for the direct SQL client (Database.sql): the inbox reads thousands of rows, and Prisma's
 * query interpreter costs more than the query itself there.
 */
export async function loadOpenProposals({
  db,
  actions,
}: {
  db: RawSqlRunner;
  /** Only these actions (a sales user sees the hand-offs); all when omitted. */
  actions?: readonly string[];
}): Promise<OpenProposal[]> {
  const rows = await db.$queryRawUnsafe<
    {
      id: string;
      action: string;
      rationale: string;
      params: unknown;
      requires_approval: boolean;
      created_at: Date;
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
    `SELECT p.id::text AS id, p.action, p.rationale, p.params, p.requires_approval, p.created_at,
           d.id::text AS debtor_id, d.name AS debtor_name, d.reference AS debtor_reference,
           c.id::text AS classification_id, c.reason, c.confidence, c.explanation,
           left(coalesce(m.cleaned_text, m.raw_text), 400) AS excerpt
      FROM proposal p
      JOIN debtor d ON d.id = p.debtor_id
      LEFT JOIN classification c ON c.id = p.classification_id
      LEFT JOIN message m ON m.id = p.message_id
     WHERE p.status = 'proposed'
       AND (p.requires_approval OR p.action = ANY($1::text[]))
       AND ($2::text[] IS NULL OR p.action = ANY($2::text[]))
       -- A reported payment waits for its check window: finance sees it once that ran out.
       AND (p.action <> 'check_payment' OR EXISTS (SELECT 1 FROM audit_event a
             WHERE a.entity_type = 'proposal' AND a.entity_id = p.id::text AND a.type = 'payment_check.asked'))
     ORDER BY p.created_at, p.id`,
    [...TAKEN_UP_ELSEWHERE],
    actions ? [...actions] : null,
  );
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
    };
  });
}
