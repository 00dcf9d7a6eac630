import type { BankEntry, BankStatement } from '../../domain/bank/bank-statement.ts';
import { type BankEntryKind, classifyBankEntry } from '../../domain/bank/classify-bank-entry.ts';
import { identifyBankTransaction } from '../../domain/bank/identify-bank-transaction.ts';
import {
  indexOpenInvoices,
  type OpenInvoice,
  type OpenInvoiceIndex,
} from '../../domain/bank/index-open-invoices.ts';
import { type Candidate, type MatchRule, matchBankPayment } from '../../domain/bank/match-bank-payment.ts';
import { recognizeBankTransactions } from '../../domain/bank/recognize-bank-transactions.ts';
import { toMajorUnits } from '../../domain/money.ts';
import type { Prisma, PrismaClient } from '../generated/client.ts';
import { loadEarlierBankEntries } from './load-earlier-bank-entries.ts';
import { recordPaymentInTransaction } from './record-payment-in-transaction.ts';

type Tx = Prisma.TransactionClient;

export interface ImportedBankEntry {
  readonly location: string;
  readonly kind: BankEntryKind;
  readonly direction: 'credit' | 'debit';
  readonly amountCents: number;
  readonly currency: string;
  /** applied, needs_review; null for what is not an incoming payment in euros. */
  readonly outcome: 'applied' | 'needs_review' | null;
  readonly rule: MatchRule | null;
  /** The invoices it paid, with the part each got. */
  readonly invoices: readonly {
    readonly number: string;
    readonly cents: number;
    readonly openCents: number;
  }[];
  readonly reviewReason: string | null;
  readonly candidates: readonly Candidate[];
}

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
          const imported = await recordEntry({
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

async function recordEntry({
  tx,
  entry,
  id,
  index,
  debtorsOfIban,
  likelyDuplicateOf,
  now,
}: {
  tx: Tx;
  entry: BankEntry;
  id: string;
  index: OpenInvoiceIndex;
  debtorsOfIban: Set<string>;
  /** An entry of another statement with the same content and nothing to tell them apart. */
  likelyDuplicateOf: { statementId: string; sourceFile: string } | null;
  now: Date;
}): Promise<{
  outcome: 'applied' | 'needs_review';
  rule: MatchRule | null;
  debtorId: string | null;
  result: ImportedBankEntry;
}> {
  const match = likelyDuplicate(likelyDuplicateOf) ?? matchBankPayment({ entry, index, debtorsOfIban });
  const payment = (paymentId: string, cents: number, invoiceId: string | null) => ({
    id: paymentId,
    status: 'paid' as const,
    amountCents: cents,
    currency: entry.currency,
    method: 'bank transfer',
    paidAt: new Date(`${entry.bookingDate}T12:00:00Z`),
    checkoutUrl: null,
    metadata: { invoiceId },
  });
  const base = {
    location: entry.location,
    kind: 'payment' as const,
    direction: entry.direction,
    amountCents: entry.amountCents,
    currency: entry.currency,
  };
  if (match.kind === 'review') {
    const reason = `bank transfer ${entry.location} from ${entry.counterpartyName ?? 'an unnamed payer'}${
      entry.counterpartyIban ? ` (${entry.counterpartyIban})` : ''
    } ${match.reason}${describeCandidates(match.candidates)}`;
    await recordPaymentInTransaction({
      tx,
      provider: 'bank',
      payment: payment(id, entry.amountCents, null),
      unmatchedReason: reason,
      now,
    });
    return {
      outcome: 'needs_review',
      rule: null,
      debtorId: null,
      result: {
        ...base,
        outcome: 'needs_review',
        rule: null,
        invoices: [],
        reviewReason: match.reason,
        candidates: match.candidates,
      },
    };
  }
  const invoices: { number: string; cents: number; openCents: number }[] = [];
  const reasons: string[] = [];
  let debtorId: string | null = null;
  for (const allocation of match.allocations) {
    const paymentId = match.allocations.length > 1 ? `${id}#${allocation.number}` : id;
    const recorded = await recordPaymentInTransaction({
      tx,
      provider: 'bank',
      payment: payment(paymentId, allocation.cents, allocation.invoiceId),
      now,
    });
    if (recorded.kind === 'applied') {
      index.lower(allocation.invoiceId, allocation.cents);
      invoices.push({ number: allocation.number, cents: allocation.cents, openCents: recorded.openCents });
      debtorId = allocation.debtorId;
      if (recorded.reviewReason) reasons.push(`invoice ${allocation.number} ${recorded.reviewReason}`);
    } else if (recorded.kind === 'needs_review') {
      reasons.push(`invoice ${allocation.number}: ${recorded.reason}`);
    } else {
      reasons.push(`invoice ${allocation.number}: already recorded as ${paymentId}`);
    }
  }
  const reviewReason = reasons.length ? reasons.join('; ') : null;
  return {
    outcome: reviewReason ? 'needs_review' : 'applied',
    rule: match.rule,
    debtorId,
    result: {
      ...base,
      outcome: reviewReason ? 'needs_review' : 'applied',
      rule: match.rule,
      invoices,
      reviewReason,
      candidates: [],
    },
  };
}

/**
 * Equal content in another statement, and the bank gave no reference to tell: counting it again
 * could take the same money twice, dropping it could lose a second transfer. A person decides.
 */
function likelyDuplicate(
  of: { statementId: string; sourceFile: string } | null,
): { kind: 'review'; reason: string; candidates: Candidate[] } | null {
  if (!of) return null;
  return {
    kind: 'review',
    reason: `is likely already imported: statement ${of.statementId} (${of.sourceFile}) has a transfer with the same account, booking and value date, amount, counterparty and text, and the bank gave no reference that tells them apart. If it is a second transfer, apply it; if not, ignore it`,
    candidates: [],
  };
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

function describeCandidates(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return '.';
  return `. Candidates: ${candidates
    .map((c) => `${c.number} (${c.debtorName}, open ${toMajorUnits(c.openCents)}: ${c.why})`)
    .join('; ')}.`;
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
