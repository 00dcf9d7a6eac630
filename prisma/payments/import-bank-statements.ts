import type { BankEntry, BankStatement } from '../../domain/bank/bank-statement.ts';
import { type BankEntryKind, classifyBankEntry } from '../../domain/bank/classify-bank-entry.ts';
import { identifyBankTransaction } from '../../domain/bank/identify-bank-transaction.ts';
import {
  indexOpenInvoices,
  type OpenInvoice,
  type OpenInvoiceIndex,
} from '../../domain/bank/index-open-invoices.ts';
import { recognizeBankTransactions } from '../../domain/bank/recognize-bank-transactions.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { loadEarlierBankEntries } from './load-earlier-bank-entries.ts';
import { type ImportedBankEntry, recordBankTransfer } from './record-bank-transfer.ts';

type Tx = Prisma.TransactionClient;

/** An entry another statement already brought in: stored, and nothing else done with it. */
export interface RecognisedBankEntry {
  readonly location: string;
  readonly amountCents: number;
  readonly currency: string;
  /** What said it is the same transaction: the bank's reference or the payer's end-to-end id. */
  readonly by: 'bank_reference' | 'end_to_end_id';
  readonly statementId: string;
  readonly sourceFile: string;
}

export interface BankImportResult {
  readonly statements: number;
  /** Entries seen before, in this statement or another: nothing was done with them. */
  readonly alreadyImported: number;
  /** Why: the same statement (account, statement id, entry reference) or, across statements, the bank's reference or the end-to-end id. */
  readonly alreadyImportedBy: {
    readonly statement: number;
    readonly bankReference: number;
    readonly endToEndId: number;
  };
  readonly recognised: readonly RecognisedBankEntry[];
  /** New entries; an entry whose content equals one of another statement is among them, waiting for review. */
  readonly entries: readonly ImportedBankEntry[];
}

/**
 * A file's worth is one transaction, and a payment's effects are a dozen statements: a month of a
 * busy account (thousands of entries) must not hit the interactive transaction's timeout.
 */
const TIMEOUT_MS_PER_ENTRY = 500;
const TIMEOUT_MS_MIN = 120_000;

/**
 * Imports one file's statements in one transaction: every new entry is stored (bank_entry, unique
 * by account, statement and entry reference, so a second import adds nothing), and every new
 * incoming payment in euros is matched (domain/bank/match-bank-payment.ts) and recorded through
 * the same path as a provider's payment (recordPaymentInTransaction): open balance, the end of
 * dunning, the timeline line, or finance's review with the candidates. Anything that throws
 * rolls the whole file back.
 */
export async function importBankStatements({
  prisma,
  statements,
  sourceFile,
  now = new Date(),
}: {
  prisma: PrismaClient;
  statements: readonly BankStatement[];
  sourceFile: string;
  now?: Date;
}): Promise<BankImportResult> {
  return prisma.$transaction(
    async (tx) => {
      let sameStatement = 0;
      const recognised: RecognisedBankEntry[] = [];
      let index: OpenInvoiceIndex | null = null;
      const debtorsOfIban = new Map<string, Set<string>>();
      const entries: ImportedBankEntry[] = [];
      for (const statement of statements) {
        // Per account, not per statement: the intraday report and the day-end statement of one
        // account, imported at the same time, must see each other's entries.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`bank-account:${statement.account}`}))`;
        const seen = new Set(
          (
            await tx.bankEntry.findMany({
              where: { account: statement.account, statementId: statement.statementId },
              select: { entryRef: true },
            })
          ).map((row) => row.entryRef),
        );
        // A reference a statement repeats (it should not, some banks do) gets a suffix by its
        // position, so both entries are kept and a second import still finds each of them.
        const repeats = new Map<string, number>();
        const fresh = statement.entries.flatMap((parsed) => {
          const n = (repeats.get(parsed.reference) ?? 0) + 1;
          repeats.set(parsed.reference, n);
          const entry = n === 1 ? parsed : { ...parsed, reference: `${parsed.reference}~${n}` };
          if (seen.has(entry.reference)) {
            sameStatement += 1;
            return [];
          }
          const { format, account } = statement;
          return [{ entry, identity: identifyBankTransaction({ format, account, entry }) }];
        });
        const earlier = await loadEarlierBankEntries({
          tx,
          account: statement.account,
          statementId: statement.statementId,
          identities: fresh.map((f) => f.identity),
        });
        const recognitions = recognizeBankTransactions({ identities: fresh.map((f) => f.identity), earlier });
        for (const [i, { entry, identity }] of fresh.entries()) {
          const recognition = recognitions[i]!;
          const kind = classifyBankEntry(entry);
          const row = {
            account: statement.account,
            statementId: statement.statementId,
            entryRef: entry.reference,
            format: statement.format,
            bookingDate: new Date(`${entry.bookingDate}T00:00:00Z`),
            valueDate: entry.valueDate ? new Date(`${entry.valueDate}T00:00:00Z`) : null,
            bankReference: entry.bankReference,
            endToEndId: entry.endToEndId,
            referenceKey: identity.referenceKey,
            endToEndKey: identity.endToEndKey,
            contentKey: identity.contentKey,
            duplicateOf: recognition.kind === 'new' ? null : recognition.earlier.id,
            direction: entry.direction,
            kind,
            amountCents: entry.amountCents,
            currency: entry.currency,
            counterpartyIban: entry.counterpartyIban,
            counterpartyName: entry.counterpartyName,
            structuredRef: entry.structuredReference,
            remittance: entry.remittance,
            returnCode: entry.returnCode,
            sourceFile,
          };
          if (recognition.kind === 'same') {
            await tx.bankEntry.create({ data: { ...row, outcome: 'duplicate' } });
            recognised.push({
              location: entry.location,
              amountCents: entry.amountCents,
              currency: entry.currency,
              by: recognition.by,
              statementId: recognition.earlier.statementId,
              sourceFile: recognition.earlier.sourceFile,
            });
            continue;
          }
          if (kind !== 'payment' || entry.amountCents <= 0) {
            await tx.bankEntry.create({ data: row });
            entries.push(notAPayment(entry, kind));
            continue;
          }
          index ??= await loadOpenInvoices(tx);
          const known = await knownDebtors(tx, debtorsOfIban, entry.counterpartyIban);
          const imported = await recordBankTransfer({
            tx,
            entry,
            id: `${statement.account}:${statement.statementId}:${entry.reference}`,
            index,
            debtorsOfIban: known,
            likelyDuplicateOf:
              recognition.kind === 'likely'
                ? { statementId: recognition.earlier.statementId, sourceFile: recognition.earlier.sourceFile }
                : null,
            now,
          });
          await tx.bankEntry.create({
            data: {
              ...row,
              outcome: imported.outcome,
              matchRule: imported.rule,
              debtorId: imported.debtorId,
              reviewReason: imported.result.reviewReason,
              candidates: imported.result.candidates.length
                ? (imported.result.candidates as unknown as Prisma.InputJsonValue)
                : undefined,
            },
          });
          if (imported.outcome === 'applied' && imported.debtorId && entry.counterpartyIban)
            known.add(imported.debtorId);
          entries.push(imported.result);
        }
      }
      const by = (how: RecognisedBankEntry['by']) => recognised.filter((r) => r.by === how).length;
      return {
        statements: statements.length,
        alreadyImported: sameStatement + recognised.length,
        alreadyImportedBy: {
          statement: sameStatement,
          bankReference: by('bank_reference'),
          endToEndId: by('end_to_end_id'),
        },
        recognised,
        entries,
      };
    },
    {
      timeout: Math.max(
        TIMEOUT_MS_MIN,
        statements.reduce((n, s) => n + s.entries.length, 0) * TIMEOUT_MS_PER_ENTRY,
      ),
      maxWait: 20_000,
    },
  );
}

function notAPayment(entry: BankEntry, kind: BankEntryKind): ImportedBankEntry {
  return {
    location: entry.location,
    kind,
    direction: entry.direction,
    amountCents: entry.amountCents,
    currency: entry.currency,
    outcome: null,
    rule: null,
    invoices: [],
    reviewReason: null,
    candidates: [],
  };
}

/** Raw SQL: a ledger of 100,000 open invoices through Prisma's relation loading took seconds. */
async function loadOpenInvoices(tx: Tx): Promise<OpenInvoiceIndex> {
  const rows = await tx.$queryRaw<OpenInvoice[]>`
    SELECT i.id::text AS id, i.number, i.debtor_id::text AS "debtorId", d.name AS "debtorName",
           i.currency::text AS currency, to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
           i.open_cents AS "openCents"
    FROM invoice i JOIN debtor d ON d.id = i.debtor_id
    WHERE i.open_cents > 0 AND i.status NOT IN ('paid', 'credited', 'written_off')`;
  return indexOpenInvoices(rows.map((row) => ({ ...row, currency: row.currency.trim() })));
}

/** The debtors earlier transfers from this account were applied to: how an account becomes known. */
async function knownDebtors(
  tx: Tx,
  cache: Map<string, Set<string>>,
  iban: string | null,
): Promise<Set<string>> {
  if (!iban) return new Set();
  const cached = cache.get(iban);
  if (cached) return cached;
  const rows = await tx.bankEntry.findMany({
    where: { counterpartyIban: iban, outcome: 'applied', debtorId: { not: null } },
    select: { debtorId: true },
    distinct: ['debtorId'],
  });
  const debtors = new Set(rows.flatMap((row) => row.debtorId ?? []));
  cache.set(iban, debtors);
  return debtors;
}
