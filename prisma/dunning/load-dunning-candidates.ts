import type { DunningInvoice, DunningPause, DunningState } from '../../domain/dunning/dunning-types.ts';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import type { DebtorKind } from '../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../domain/model/invoice.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { CollectionsPolicy } from '../../domain/policy/collections-policy.ts';
import type { RawSqlRunner } from '../sql/sql-client.ts';

export interface DunningCandidate {
  readonly id: string;
  readonly name: string;
  readonly kind: DebtorKind;
  readonly language: string;
  readonly contacts: readonly {
    readonly email: string;
    /** As imported; the letter's greeting uses it. */
    readonly name: string | null;
    readonly isPrimary: boolean;
    readonly undeliverable: boolean;
  }[];
  readonly invoices: readonly DunningInvoice[];
  readonly states: readonly DunningState[];
  readonly pauses: readonly DunningPause[];
}

interface CandidateRow {
  readonly id: string;
  readonly number: string;
  readonly openCents: number;
  readonly dueDate: IsoDate;
  readonly status: InvoiceStatus;
  readonly debtorId: string;
  readonly name: string;
  readonly kind: DebtorKind;
  readonly language: string;
  readonly hasState: boolean;
  readonly stepCode: string | null;
  readonly sentOn: IsoDate | null;
  /** jsonb: parsed by the driver, or its text. */
  readonly pauses: { until: IsoDate; reason: string }[] | string | null;
}

const CONTACT_CHUNK = 5000;

/**
 * The overdue invoices the ladder has something to say about today, by debtor (in reference
 * order, invoices by due date and number), with their ladder states, running pauses and the
 * debtor's contacts. Selected by the database: overdue (due before today) and open, disputed or
 * planned, and then only those dueDunningSteps would hold (not open, below the threshold,
 * paused, a last step that is not on the debtor's ladder or has no date, the ladder finished)
 * or whose next step's earliest day has come (the last step's day, or the due date, plus the
 * next step's afterDays: moving it to a business day or past a 14-day term only makes it
 * later, so the domain still decides the day). Every other invoice would get nothing today, so
 * leaving it out changes no decision, and a daily run on a large ledger reads only the few that
 * are due instead of every open invoice (issue 15).
 */
export async function loadDunningCandidates({
  db,
  today,
  policy,
}: {
  db: RawSqlRunner;
  today: IsoDate;
  policy: CollectionsPolicy;
}): Promise<DunningCandidate[]> {
  const rows = await db.$queryRawUnsafe<CandidateRow[]>(
    `WITH ladder AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS l(kind text, last_code text, next_after int)
     )
     SELECT i.id::text AS id, i.number, i.open_cents AS "openCents", to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
            i.status::text AS status, d.id::text AS "debtorId", d.name, d.kind::text AS kind, d.language,
            s.invoice_id IS NOT NULL AS "hasState", s.step_code AS "stepCode",
            to_char(s.last_step_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "sentOn",
            (SELECT jsonb_agg(jsonb_build_object('until', to_char(p.until, 'YYYY-MM-DD'), 'reason', p.reason)
                              ORDER BY p.until DESC, p.created_at)
               FROM dunning_pause p
              WHERE p.invoice_id = i.id AND p.lifted_at IS NULL AND p.until >= $1::date) AS pauses
       FROM invoice i
       JOIN debtor d ON d.id = i.debtor_id
       LEFT JOIN dunning_state s ON s.invoice_id = i.id
       LEFT JOIN ladder l ON l.kind = d.kind::text AND l.last_code IS NOT DISTINCT FROM s.step_code
      WHERE i.status IN ('open', 'disputed', 'planned') AND i.due_date < $1::date
        AND (i.status <> 'open'
             OR i.open_cents < $3
             OR l.kind IS NULL
             OR (s.step_code IS NOT NULL AND s.last_step_at IS NULL)
             OR l.next_after IS NULL
             OR (CASE WHEN s.step_code IS NULL THEN i.due_date
                      ELSE (s.last_step_at AT TIME ZONE 'Europe/Amsterdam')::date END) + l.next_after <= $1::date
             OR EXISTS (SELECT 1 FROM dunning_pause p
                         WHERE p.invoice_id = i.id AND p.lifted_at IS NULL AND p.until >= $1::date))
      ORDER BY d.reference, i.due_date, i.number`,
    today,
    JSON.stringify(ladderTable(policy)),
    policy.ladder.ignoreBelowCents,
  );
  const byDebtor = new Map<string, CandidateRow[]>();
  for (const row of rows) {
    const list = byDebtor.get(row.debtorId) ?? [];
    list.push(row);
    byDebtor.set(row.debtorId, list);
  }
  const contacts = await loadContacts(db, [...byDebtor.keys()]);
  return [...byDebtor.entries()].map(([debtorId, invoices]) => {
    const first = invoices[0]!;
    return {
      id: debtorId,
      name: first.name,
      kind: first.kind,
      language: first.language,
      contacts: contacts.get(debtorId) ?? [],
      invoices: invoices.map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        openCents: invoice.openCents,
        currency: 'EUR' as const,
        dueDate: invoice.dueDate,
        status: invoice.status,
      })),
      states: invoices
        .filter((invoice) => invoice.hasState)
        .map((invoice) => ({
          invoiceId: invoice.id,
          lastStepCode: invoice.stepCode,
          lastStepSentOn: invoice.sentOn,
        })),
      pauses: invoices.flatMap((invoice) =>
        parsePauses(invoice.pauses).map((pause) => ({
          invoiceId: invoice.id,
          until: pause.until,
          reason: pause.reason,
        })),
      ),
    };
  });
}

/** Per debtor kind: after each last step (none: null), the next step's afterDays (null: finished). */
function ladderTable(policy: CollectionsPolicy) {
  return (['company', 'consumer'] as const).flatMap((kind) => {
    const ladder = ladderForDebtor(policy, kind);
    const rows = [{ kind, last_code: null as string | null, next_after: ladder[0]?.afterDays ?? null }];
    ladder.forEach((step, index) => {
      // The domain finds a code's first place on the ladder; a repeated code means that one.
      if (ladder.findIndex((other) => other.code === step.code) !== index) return;
      rows.push({ kind, last_code: step.code, next_after: ladder[index + 1]?.afterDays ?? null });
    });
    return rows;
  });
}

async function loadContacts(
  db: RawSqlRunner,
  debtorIds: readonly string[],
): Promise<Map<string, DunningCandidate['contacts'][number][]>> {
  const contacts = new Map<string, DunningCandidate['contacts'][number][]>();
  for (let index = 0; index < debtorIds.length; index += CONTACT_CHUNK) {
    const rows = await db.$queryRawUnsafe<
      { debtorId: string; email: string; name: string | null; isPrimary: boolean; undeliverable: boolean }[]
    >(
      `SELECT debtor_id::text AS "debtorId", email, name, is_primary AS "isPrimary", undeliverable
         FROM contact WHERE debtor_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))
          -- Deactivated contacts and those kept out of reminders get no letter.
          AND active AND receives_reminders
        ORDER BY debtor_id, is_primary DESC, created_at, id`,
      JSON.stringify(debtorIds.slice(index, index + CONTACT_CHUNK)),
    );
    for (const { debtorId, ...contact } of rows) {
      const list = contacts.get(debtorId) ?? [];
      list.push(contact);
      contacts.set(debtorId, list);
    }
  }
  return contacts;
}

function parsePauses(value: CandidateRow['pauses']): { until: IsoDate; reason: string }[] {
  if (value === null) return [];
  return typeof value === 'string' ? JSON.parse(value) : value;
}
