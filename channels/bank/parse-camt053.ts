import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { BankEntry, BankStatement } from '../../domain/bank/bank-statement.ts';
import { AppError } from '../../domain/errors/app-error.ts';
import { parseMajorUnits } from '../../domain/money.ts';

/** The versions Dutch banks export (ING, Rabobank, ABN AMRO: .02 to .08). */
const NAMESPACE = /xmlns(?::\w+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d{2})["']/u;
const VERSIONS = new Set(['02', '03', '04', '05', '06', '07', '08']);
const ARRAYS = new Set(['Stmt', 'Ntry', 'TxDtls', 'Ustrd', 'Strd', 'NtryDtls']);
/** Bank transaction sub-families that are a return or refund of an earlier transfer. */
const RETURN_FAMILIES = new Set(['RRTN', 'RPCR', 'ARET', 'UPCT']);

type Node = Record<string, unknown>;

/**
 * Reads an ISO 20022 BankToCustomerStatement (camt.053.001.02 to .08) into statements. Only
 * booked entries are returned. An entry whose transaction details each carry an amount (a
 * batch booking) becomes one entry per transaction. Anything the importer cannot trust is an
 * IMPORT_INVALID error naming the file, the entry number and its XPath: the file is then
 * imported not at all.
 */
export function parseCamt053({ xml, source }: { xml: string; source: string }): BankStatement[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new AppError(
      'IMPORT_INVALID',
      `${source} is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}). Export the statement again as CAMT.053 from your bank.`,
    );
  }
  const version = NAMESPACE.exec(xml)?.[1];
  if (!version || !VERSIONS.has(version)) {
    throw new AppError(
      'IMPORT_INVALID',
      `${source} is not a CAMT.053 bank statement (no urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .08 namespace). Export "CAMT.053" (BankToCustomerStatement) from your bank, or give an MT940 file.`,
    );
  }
  const document = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ARRAYS.has(name),
  }).parse(xml) as Node;
  const root = node(node(document.Document)?.BkToCstmrStmt);
  const statements = list(root?.Stmt);
  if (!root || statements.length === 0) {
    throw new AppError('IMPORT_INVALID', `${source}: no statement found at /Document/BkToCstmrStmt/Stmt.`);
  }
  let entryNumber = 0;
  return statements.map((stmt, s) => {
    const at = `/Document/BkToCstmrStmt/Stmt[${s + 1}]`;
    const fail = (what: string): never => {
      throw new AppError('IMPORT_INVALID', `${source}: ${what}. Nothing was imported from this file.`);
    };
    const statementId = text(stmt.Id) ?? fail(`statement ${s + 1} has no Id (${at}/Id)`);
    const accountId = node(node(stmt.Acct)?.Id);
    const account = (text(accountId?.IBAN) ?? text(node(accountId?.Othr)?.Id))
      ?.replace(/\s+/gu, '')
      .toUpperCase();
    if (!account) fail(`statement ${statementId} names no account (${at}/Acct/Id/IBAN)`);
    const entries: BankEntry[] = [];
    for (const [n, ntry] of list(stmt.Ntry).entries()) {
      entryNumber += 1;
      const path = `${at}/Ntry[${n + 1}]`;
      const where = `entry ${entryNumber} (${path})`;
      const status = text(ntry.Sts) ?? text(node(ntry.Sts)?.Cd);
      if (status && status !== 'BOOK') continue;
      const amount = amountOf(ntry.Amt, `${where}/Amt`, fail);
      const direction = directionOf(text(ntry.CdtDbtInd), `${where}/CdtDbtInd`, fail);
      const booking = node(ntry.BookgDt);
      const bookingDate = (text(booking?.Dt) ?? text(booking?.DtTm))?.slice(0, 10);
      if (!bookingDate || !/^\d{4}-\d{2}-\d{2}$/u.test(bookingDate))
        fail(`${where} has no booking date (BookgDt/Dt)`);
      const valueDate = (text(node(ntry.ValDt)?.Dt) ?? text(node(ntry.ValDt)?.DtTm))?.slice(0, 10) ?? null;
      const details = list(ntry.NtryDtls).flatMap((d) => list(d.TxDtls));
      const family = text(node(node(node(ntry.BkTxCd)?.Domn)?.Fmly)?.SubFmlyCd);
      const entryReference =
        text(ntry.NtryRef) ??
        text(ntry.AcctSvcrRef) ??
        text(node(details[0]?.Refs)?.AcctSvcrRef) ??
        `#${n + 1}`;
      const split =
        details.length > 1 &&
        details.every((d) => d.Amt !== undefined) &&
        details.reduce(
          (sum, d, k) => sum + amountOf(d.Amt, `${where}/NtryDtls/TxDtls[${k + 1}]/Amt`, fail).cents,
          0,
        ) === amount.cents;
      const parts = split ? details : [details[0]];
      for (const [k, tx] of parts.entries()) {
        const txAmount = split ? amountOf(tx?.Amt, `${where}/NtryDtls/TxDtls[${k + 1}]/Amt`, fail) : amount;
        const parties = node(tx?.RltdPties);
        const other = direction === 'credit' ? 'Dbtr' : 'Cdtr';
        const party = node(parties?.[other]);
        const remittance = node(tx?.RmtInf);
        const returnCode =
          text(node(node(tx?.RtrInf)?.Rsn)?.Cd) ??
          text(node(node(tx?.RtrInf)?.Rsn)?.Prtry) ??
          (family && RETURN_FAMILIES.has(family) ? family : null);
        const refs = node(tx?.Refs);
        // The transaction's own AcctSvcrRef first; a batch's parts without one share the entry's,
        // told apart by their position, which the bank keeps in every report of the batch.
        const entryServicerRef = text(ntry.AcctSvcrRef);
        const bankReference =
          text(refs?.AcctSvcrRef) ??
          (entryServicerRef ? (split ? `${entryServicerRef}/${k + 1}` : entryServicerRef) : null);
        entries.push({
          location: split ? `${where}/NtryDtls/TxDtls[${k + 1}]` : where,
          reference: split ? `${entryReference}/${k + 1}` : entryReference,
          bankReference,
          endToEndId: endToEnd(text(refs?.EndToEndId)) || null,
          bookingDate: bookingDate!,
          valueDate: valueDate && /^\d{4}-\d{2}-\d{2}$/u.test(valueDate) ? valueDate : null,
          direction,
          reversal: text(ntry.RvslInd) === 'true',
          returnCode: returnCode ?? null,
          amountCents: txAmount.cents,
          currency: txAmount.currency,
          counterpartyIban:
            text(node(node(parties?.[`${other}Acct`])?.Id)?.IBAN)
              ?.replace(/\s+/gu, '')
              .toUpperCase() ?? null,
          counterpartyName: text(party?.Nm) ?? text(node(party?.Pty)?.Nm) ?? null,
          structuredReference:
            list(remittance?.Strd)
              .map((strd) => text(node(strd.CdtrRefInf)?.Ref))
              .find((ref) => ref !== undefined) ?? null,
          remittance: [
            ...list(remittance?.Ustrd).map((line) => text(line) ?? ''),
            endToEnd(text(refs?.EndToEndId)),
            remittance ? '' : (text(ntry.AddtlNtryInf) ?? ''),
          ]
            .join(' ')
            .trim(),
        });
      }
    }
    return { format: 'camt053', account: account!, statementId, entries };
  });
}

function amountOf(
  value: unknown,
  where: string,
  fail: (what: string) => never,
): { cents: number; currency: string } {
  const amount = node(value);
  const raw = text(amount?.['#text']) ?? text(value);
  const currency = text(amount?.['@_Ccy']);
  if (!raw || !currency || !/^[A-Z]{3}$/u.test(currency))
    return fail(`${where} has no amount with a Ccy currency`);
  if (!/^\d{1,13}(\.\d{1,2})?$/u.test(raw)) {
    return fail(`${where} "${raw}" is not an amount with at most two decimals`);
  }
  return { cents: parseMajorUnits(raw), currency };
}

function directionOf(
  value: string | undefined,
  where: string,
  fail: (what: string) => never,
): 'credit' | 'debit' {
  if (value === 'CRDT') return 'credit';
  if (value === 'DBIT') return 'debit';
  return fail(`${where} is "${value ?? ''}", expected CRDT or DBIT`);
}

function node(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) =>
    typeof item === 'object' && item !== null ? (item as Node) : { '#text': item },
  );
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  const inner = node(value)?.['#text'];
  return typeof inner === 'string' && inner.trim() !== '' ? inner.trim() : undefined;
}

/** The payer's end-to-end id often is our invoice number; NOTPROVIDED says nothing. */
function endToEnd(value: string | undefined): string {
  return value && value !== 'NOTPROVIDED' ? value : '';
}
