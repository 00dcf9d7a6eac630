import { createRequire } from 'node:module';
import type { BankEntry, BankStatement } from '../../domain/bank/bank-statement.ts';
import { AppError } from '../../domain/errors/app-error.ts';

interface Mt940Transaction {
  readonly date: Date;
  /** The :61: entry date (MMDD), the year taken from the value date; '' when absent. */
  readonly entryDate: Date | '';
  readonly amount: number;
  readonly isReversal: boolean;
  readonly currency: string;
  readonly reference: string;
  readonly bankReference: string;
  readonly details: string;
}

interface Mt940Statement {
  readonly transactionReference: string;
  readonly accountIdentification: string;
  readonly number: { readonly statement: string; readonly sequence: string };
  readonly openingBalanceDate: Date | null;
  readonly currency: string;
  readonly transactions: readonly Mt940Transaction[];
}

const { Parser } = createRequire(import.meta.url)('mt940js') as {
  Parser: new (options?: { no86Structure?: boolean }) => { parse(text: string): Mt940Statement[] };
};

/** Subfields Dutch banks (ING, Rabobank, ABN AMRO) put in :86:, as /CODE/value. */
const SUBFIELDS =
  'TRCD|TRTP|EREF|MARF|CSID|CNTP|REMI|PURP|ULTC|ULTD|ULTB|BENM|ORDP|NAME|ADDR|IBAN|BIC|ISDT|RTRN|PREF|SVCL|ATOS|OCMT|CHGS';
const SUBFIELD = new RegExp(`/(${SUBFIELDS})/`, 'gu');
const IBAN = /\b([A-Z]{2}\d{2}[A-Z]{4}\d{7,16})\b/u;
const LINE_61 = /^:61:\d{6}(\d{4})?R?[CD][A-Z]?\d[\d,]{0,15}[A-Z][A-Z0-9]{3}/u;
const BALANCE = /^:6[0245][FM]?:[CD]\d{6}[A-Z]{3}\d[\d,]{0,15}\s*$/u;

/**
 * Reads an MT940 customer statement (SWIFT, as Dutch banks export it) with mt940js, and the
 * Dutch :86: subfields (/EREF/, /CNTP/, /REMI/USTD// or STRD, /RTRN/) or the older free text
 * ("REK: ... NAAM: ...") into entries. Bad input is an IMPORT_INVALID error naming the line.
 */
export function parseMt940({ text, source }: { text: string; source: string }): BankStatement[] {
  const lines = text.split(/\r?\n/u);
  const fail = (line: number | null, what: string): never => {
    throw new AppError(
      'IMPORT_INVALID',
      `${source}${line ? ` line ${line}` : ''}: ${what}. Nothing was imported from this file; export the statement again as MT940 from your bank.`,
    );
  };
  const lineOf61: number[] = [];
  const lineOf20: number[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.startsWith(':61:')) {
      if (!LINE_61.test(line))
        fail(i + 1, `":61:" statement line "${line}" is not date, C/D/RC/RD mark, amount and type`);
      lineOf61.push(i + 1);
    }
    if (/^:6[0245][FM]?:/u.test(line) && !BALANCE.test(line)) {
      fail(i + 1, `balance "${line}" is not C/D mark, date, currency and amount`);
    }
    if (line.startsWith(':20:')) lineOf20.push(i + 1);
  }
  if (lineOf20.length === 0) fail(null, 'no ":20:" statement found; this is not an MT940 file');
  let statements: Mt940Statement[];
  try {
    statements = new Parser({ no86Structure: true }).parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const group = /in group (\d+)/u.exec(message)?.[1];
    const tag = /^Cannot parse tag (\w+): ([^\n]*)/u.exec(message);
    const line = group
      ? (lineOf20[Number(group) - 1] ?? null)
      : tag
        ? lines.findIndex((l) => new RegExp(`^:${tag[1]}[A-Z]?:`, 'u').test(l) && l.includes(tag[2]!)) + 1 ||
          null
        : null;
    return fail(line, `mt940 says "${message}"`);
  }
  let k = 0;
  return statements.map((statement) => {
    const account = accountOf(statement.accountIdentification);
    // Not the :20: reference: a bank may give the same statement a new one each time it is
    // exported, and a second export must be found already imported. The statement number (:28C:)
    // and the opening balance's date identify it.
    const number = [statement.number.statement, statement.number.sequence].filter((part) => part).join('/');
    const statementId = `${number}@${statement.openingBalanceDate?.toISOString().slice(0, 10) ?? 'undated'}`;
    const entries = statement.transactions.map((t, n): BankEntry => {
      const line = lineOf61[k++];
      const details = parseDetails(t.details);
      // mt940js signs the amount by the money's way in this entry: RC (a credit undone) is negative.
      const credit = t.amount > 0;
      const bankRef = t.bankReference.trim();
      const ownRef = t.reference.trim();
      return {
        location: `line ${line ?? '?'}`,
        reference: bankRef || (ownRef && ownRef !== 'NONREF' ? ownRef : `#${n + 1}`),
        bankReference: bankRef && bankRef !== 'NONREF' ? bankRef : null,
        endToEndId: endToEnd(details.endToEndId) || null,
        // :61: starts with the value date; the booking (entry) date follows when it differs.
        bookingDate: (t.entryDate || t.date).toISOString().slice(0, 10),
        valueDate: t.date.toISOString().slice(0, 10),
        direction: credit ? 'credit' : 'debit',
        reversal: t.isReversal,
        returnCode: details.returnCode,
        amountCents: Math.round(Math.abs(t.amount) * 100),
        currency: t.currency,
        counterpartyIban: details.iban && details.iban !== account ? details.iban : null,
        counterpartyName: details.name,
        structuredReference: details.structured,
        remittance: details.remittance,
      };
    });
    return { format: 'mt940', account, statementId, entries };
  });
}

function accountOf(identification: string): string {
  const compact = identification.replace(/\s+/gu, '').toUpperCase();
  // ING writes the currency after the IBAN: NL69INGB0123456789EUR.
  const iban = /^([A-Z]{2}\d{2}[A-Z0-9]*?\d)([A-Z]{3})?$/u.exec(compact);
  return iban?.[1] ?? compact;
}

function parseDetails(raw: string): {
  iban: string | null;
  name: string | null;
  remittance: string;
  structured: string | null;
  returnCode: string | null;
  endToEndId: string | undefined;
} {
  // A line of the full 65 characters was wrapped mid-word (ING); a shorter one ended a phrase.
  const joined = raw
    .split('\n')
    .reduce((all, line, i, lines) => all + (i > 0 && (lines[i - 1]?.length ?? 0) < 65 ? ' ' : '') + line, '');
  const parts = new Map<string, string>();
  const matches = [...joined.matchAll(SUBFIELD)];
  for (const [i, match] of matches.entries()) {
    const end = matches[i + 1]?.index ?? joined.length;
    const value = joined.slice(match.index + match[0].length, end).replace(/\/+$/u, '');
    if (!parts.has(match[1]!)) parts.set(match[1]!, value);
  }
  if (parts.size === 0) {
    // Older free text: "REK: NL65INGB0123456789/NAAM: PICQER".
    const text = raw.replace(/\n/gu, ' ');
    return {
      iban: IBAN.exec(text.toUpperCase())?.[1] ?? null,
      name: /NAAM:\s*([^/]+)/iu.exec(text)?.[1]?.trim() ?? null,
      remittance: text.trim(),
      structured: null,
      returnCode: null,
      endToEndId: undefined,
    };
  }
  const counterparty = (parts.get('CNTP') ?? parts.get('BENM') ?? parts.get('ORDP') ?? '').split('/');
  const remi = parts.get('REMI') ?? '';
  const structured = /^STRD\/(?:CUR|ISO)\/([^/]+)/u.exec(remi)?.[1] ?? null;
  return {
    iban: (parts.get('IBAN') ?? IBAN.exec(counterparty[0] ?? '')?.[1] ?? null)?.trim() || null,
    name: (parts.get('NAME') ?? counterparty[2] ?? '').trim() || null,
    remittance: [structured ? '' : remi.replace(/^USTD\/\//u, ''), endToEnd(parts.get('EREF'))]
      .join(' ')
      .trim(),
    structured,
    returnCode: parts.get('RTRN')?.trim() || null,
    endToEndId: parts.get('EREF'),
  };
}

/** The payer's end-to-end id often is our invoice number; NOTPROVIDED says nothing. */
function endToEnd(value: string | undefined): string {
  return value && value.trim() !== 'NOTPROVIDED' ? value.trim() : '';
}
