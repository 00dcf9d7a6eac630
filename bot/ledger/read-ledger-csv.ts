import { parse } from 'csv-parse/sync';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { type CollectionsPolicy, DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import { type LedgerRow, REQUIRED_COLUMNS, ZLedgerRow } from './ledger-row.ts';

/** A validated row, with the ladder position of its optional dunning_step resolved in the policy. */
export type ReadLedgerRow = LedgerRow & { readonly dunning_step_index: number | null };

export interface LedgerProblem {
  readonly line: number;
  readonly message: string;
}

const MAX_REPORTED = 20;

/**
 * Parses and validates a whole ledger CSV before anything is written: one bad row makes the
 * whole file fail with every problem listed by line number (the header is line 1), so a file is
 * never half-imported. Also refuses one invoice number twice, or one debtor reference with two
 * different names or kinds. An optional dunning_step must be a step of the debtor's ladder in
 * `policy` (the import continues the ladder from there).
 */
export function readLedgerCsv(
  text: string,
  fileName: string,
  policy: CollectionsPolicy = DEFAULT_POLICY,
): ReadLedgerRow[] {
  const problems: LedgerProblem[] = [];
  const rows: ReadLedgerRow[] = [];
  const invoiceLines = new Map<string, number>();
  const debtors = new Map<string, { name: string; kind: string; line: number }>();
  const shared = new Map<string, string>();
  let missing = null as readonly string[] | null;
  // Each record is validated as it is parsed and only the validated row is kept: holding every
  // parsed record (an object of strings per row) until the end doubled the peak memory of a large
  // import. The line a record ends on comes with it (csv-parse's `info` option would keep an
  // object of a dozen fields beside every record: at 100,000 rows ~50 MB and a second).
  const check = (record: Record<string, string>, line: number): void => {
    missing ??= REQUIRED_COLUMNS.filter((column) => !(column in record));
    // A header without a required column fails the file as a whole (below, once the parse ended,
    // so a file that is no CSV at all still says so first); its rows are not worth checking.
    if (missing.length > 0) return;
    const result = ZLedgerRow.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ line, message: issue.message });
      return;
    }
    const row = shareRepeatedText(result.data, shared);
    const seen = invoiceLines.get(row.invoice_number);
    if (seen !== undefined) {
      problems.push({ line, message: `invoice ${row.invoice_number} already appears on line ${seen}` });
      return;
    }
    invoiceLines.set(row.invoice_number, line);
    const debtor = debtors.get(row.debtor_reference);
    if (debtor && (debtor.name !== row.debtor_name || debtor.kind !== row.debtor_kind)) {
      problems.push({
        line,
        message: `debtor ${row.debtor_reference} has another name or kind than on line ${debtor.line}`,
      });
      return;
    }
    if (!debtor) debtors.set(row.debtor_reference, { name: row.debtor_name, kind: row.debtor_kind, line });
    let stepIndex: number | null = null;
    if (row.dunning_step !== null) {
      const ladder = ladderForDebtor(policy, row.debtor_kind);
      stepIndex = ladder.findIndex((step) => step.code === row.dunning_step);
      if (stepIndex < 0) {
        problems.push({
          line,
          message: `dunning_step "${row.dunning_step}" is not a step of the ${row.debtor_kind} ladder (${ladder.map((step) => step.code).join(', ')})`,
        });
        return;
      }
    }
    rows.push(Object.assign(row, { dunning_step_index: stepIndex }));
  };
  try {
    parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: false,
      delimiter: detectDelimiter(text),
      on_record: (record: Record<string, string>, context: { lines: number }) => {
        check(record, context.lines);
        return null;
      },
    });
  } catch (cause) {
    throw new AppError(
      'IMPORT_INVALID',
      `${fileName} is not a readable CSV file: ${(cause as Error).message}. Nothing was imported.`,
      {
        cause,
      },
    );
  }
  if (missing !== null && missing.length > 0) {
    throw new AppError(
      'IMPORT_INVALID',
      `${fileName} misses the column(s) ${missing.join(', ')} in its header line. Required: ${REQUIRED_COLUMNS.join(', ')}. Nothing was imported.`,
    );
  }
  if (problems.length > 0) {
    const shown = problems
      .slice(0, MAX_REPORTED)
      .map((problem) => `  line ${problem.line}: ${problem.message}`);
    const more = problems.length > MAX_REPORTED ? `\n  ... and ${problems.length - MAX_REPORTED} more` : '';
    throw new AppError(
      'IMPORT_INVALID',
      `${fileName} has ${problems.length} problem(s); nothing was imported. Fix them and import the file again:\n${shown.join('\n')}${more}`,
      { details: problems },
    );
  }
  return rows;
}

/** Dutch spreadsheet exports use ";" because "," is the decimal separator. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const REPEATED = [
  'debtor_reference',
  'debtor_name',
  'debtor_kind',
  'language',
  'contact_email',
  'contact_name',
  'account_owner',
  'issue_date',
  'due_date',
  'currency',
] as const;

/**
 * A debtor's columns repeat on each of its invoices and dates repeat across them, yet each row
 * parses to strings of its own: one copy of each text kept for the whole file (at 100,000 rows
 * and 10,000 debtors about a third of the rows' memory) while the rows wait to be written.
 */
function shareRepeatedText(row: LedgerRow, shared: Map<string, string>): LedgerRow {
  const mutable = row as { -readonly [K in keyof LedgerRow]: LedgerRow[K] };
  for (const column of REPEATED) {
    const value = mutable[column];
    if (value === null) continue;
    const kept = shared.get(value);
    if (kept === undefined) shared.set(value, value);
    else (mutable as Record<string, unknown>)[column] = kept;
  }
  return row;
}
