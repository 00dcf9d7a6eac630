import { parse } from 'csv-parse/sync';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { type AmountSample, decideAmountFormat } from '../../domain/ledger/decide-amount-format.ts';
import { parseLedgerAmount } from '../../domain/ledger/parse-ledger-amount.ts';
import { type CollectionsPolicy, DEFAULT_POLICY } from '../../domain/policy/collections-policy.ts';
import {
  type LedgerColumn,
  type LedgerRecord,
  type LedgerRow,
  REQUIRED_COLUMNS,
  ZLedgerRow,
} from './ledger-row.ts';
import { nameLedgerColumns } from './name-ledger-columns.ts';

/** A validated row, with the ladder position of its optional dunning_step resolved in the policy. */
export type ReadLedgerRow = LedgerRow & { readonly dunning_step_index: number | null };

export interface LedgerProblem {
  readonly line: number;
  readonly message: string;
}

const MAX_REPORTED = 20;

export interface LedgerCsvOptions {
  /** For rows (or files) that do not say whether the debtor is a company or a consumer. */
  readonly debtorKind?: 'company' | 'consumer';
  /** The ladders an optional dunning_step is checked against; absent: the default policy. */
  readonly policy?: CollectionsPolicy;
}

/**
 * Parses and validates a whole ledger CSV before anything is written: one bad row makes the
 * whole file fail with every problem listed by line number (the header is line 1) and column,
 * so a file is never half-imported. Reads what Dutch accounting exports write as they are: their
 * column names (nameLedgerColumns), ";" or "," or tabs, amounts with a decimal comma or point
 * decided once for the file (decideAmountFormat), dates day first. Also refuses one invoice
 * number twice, or one debtor reference with two different names or kinds. An optional
 * dunning_step must be a step of the debtor's ladder in `options.policy` (the import continues
 * the ladder from there).
 */
export function readLedgerCsv(
  text: string,
  fileName: string,
  options: LedgerCsvOptions = {},
): ReadLedgerRow[] {
  const policy = options.policy ?? DEFAULT_POLICY;
  const problems: LedgerProblem[] = [];
  const records: (LedgerRecord & { dunning_step_index: number | null })[] = [];
  // The line each kept record ends on, for the amount problems found once the file is read.
  const recordLines: number[] = [];
  const headerOf = new Map<LedgerColumn, string>();
  let doubled: { column: LedgerColumn; headers: [string, string] } | null = null;
  const named = (column: string) => {
    const header = headerOf.get(column as LedgerColumn);
    return header && header !== column ? `${column} ("${header}")` : column;
  };
  const invoiceLines = new Map<string, number>();
  const debtors = new Map<string, { name: string; kind: string; line: number }>();
  const shared = new Map<string, string>();
  let missing = null as readonly string[] | null;
  // Each record is validated as it is parsed and only the validated row is kept: holding every
  // parsed record (an object of strings per row) until the end doubled the peak memory of a large
  // import. The line a record ends on comes with it (csv-parse's `info` option would keep an
  // object of a dozen fields beside every record: at 100,000 rows ~50 MB and a second).
  const check = (record: Record<string, string>, line: number): void => {
    missing ??= REQUIRED_COLUMNS.filter(
      (column) => !(column in record) && !(column === 'debtor_kind' && options.debtorKind),
    );
    // A header without a required column fails the file as a whole (below, once the parse ended,
    // so a file that is no CSV at all still says so first); its rows are not worth checking.
    if (missing.length > 0) return;
    if (options.debtorKind && !record.debtor_kind?.trim()) record.debtor_kind = options.debtorKind;
    const result = ZLedgerRow.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        // "debtor_kind must be ..." after "column debtor_kind:" says the name twice.
        const said = issue.message.startsWith(`${column} `)
          ? issue.message.slice(column.length + 1)
          : issue.message;
        problems.push({ line, message: column ? `column ${named(column)}: ${said}` : issue.message });
      }
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
    records.push(Object.assign(row, { dunning_step_index: stepIndex }));
    recordLines.push(line);
  };
  try {
    parse(text.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => {
        const naming = nameLedgerColumns(header);
        if (!naming.ok) {
          doubled = naming;
          return header.map((_, i) => `unread ${i}`);
        }
        return naming.columns.map((column, i) => {
          if (column === null) return `unread ${i}`;
          headerOf.set(column, header[i]!.trim());
          return column;
        });
      },
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
  const twice = doubled as { column: LedgerColumn; headers: [string, string] } | null;
  if (twice) {
    throw new AppError(
      'IMPORT_INVALID',
      `${fileName}: the columns "${twice.headers[0]}" and "${twice.headers[1]}" both give ${twice.column}. Remove or rename one of them in the header line. Nothing was imported.`,
    );
  }
  if (missing !== null && missing.length > 0) {
    const kind = missing.includes('debtor_kind')
      ? ' A file without debtor_kind can be imported with --debtor-kind company (or consumer) for all its debtors.'
      : '';
    throw new AppError(
      'IMPORT_INVALID',
      `${fileName} misses the column(s) ${missing.join(', ')} in its header line. Required: ${REQUIRED_COLUMNS.join(', ')} (or the names an accounting export gives them, see README).${kind} Nothing was imported.`,
    );
  }
  const rows = readAmounts(records, recordLines, problems, named);
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

/**
 * The file's amounts in cents, in the decimal separator all of them together decide. A file that
 * does not tell is refused as a whole with the column and an example: never guessed per row.
 */
function readAmounts(
  records: readonly (LedgerRecord & { readonly dunning_step_index: number | null })[],
  lines: readonly number[],
  problems: LedgerProblem[],
  named: (column: string) => string,
): ReadLedgerRow[] {
  const samples = function* (): Generator<AmountSample> {
    for (const [i, record] of records.entries()) {
      yield { column: named('amount'), line: lines[i]!, value: record.amount };
      if (record.open_amount !== null)
        yield { column: named('open_amount'), line: lines[i]!, value: record.open_amount };
    }
  };
  const format = decideAmountFormat(samples());
  if (format.kind === 'refused') {
    problems.push({ line: format.line, message: format.message });
    return [];
  }
  const rows: ReadLedgerRow[] = [];
  for (const [i, record] of records.entries()) {
    const line = lines[i]!;
    const amount = parseLedgerAmount(record.amount, format.decimal);
    const open = record.open_amount === null ? amount : parseLedgerAmount(record.open_amount, format.decimal);
    if (!amount.ok)
      problems.push({ line, message: `column ${named('amount')}: "${record.amount}" ${amount.why}` });
    if (!open.ok && record.open_amount !== null)
      problems.push({ line, message: `column ${named('open_amount')}: "${record.open_amount}" ${open.why}` });
    if (!amount.ok || !open.ok) continue;
    if (open.cents > amount.cents) {
      problems.push({ line, message: `column ${named('open_amount')}: open_amount is larger than amount` });
      continue;
    }
    // The record becomes the row: its amounts are replaced in place, not copied (memory, see above).
    const row = record as unknown as { amount: number | string; open_amount: number | string | null };
    row.amount = amount.cents;
    row.open_amount = open.cents;
    rows.push(record as unknown as ReadLedgerRow);
  }
  return rows;
}

/**
 * The separator the header line uses most, outside quotes: Dutch spreadsheet exports use ";"
 * because "," is the decimal separator; some packages export tab-separated text.
 */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
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
function shareRepeatedText(row: LedgerRecord, shared: Map<string, string>): LedgerRecord {
  const mutable = row as { -readonly [K in keyof LedgerRecord]: LedgerRecord[K] };
  for (const column of REPEATED) {
    const value = mutable[column];
    if (value === null) continue;
    const kept = shared.get(value);
    if (kept === undefined) shared.set(value, value);
    else (mutable as Record<string, unknown>)[column] = kept;
  }
  return row;
}
