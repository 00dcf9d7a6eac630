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
import { insertJsonRows } from '../sql/insert-json-rows.ts';
import { loadEarlierBankEntries } from './load-earlier-bank-entries.ts';
import {
  type BankTransferToRecord,
  type ImportedBankEntry,
  recordBankTransfers,
} from './record-bank-transfers.ts';
import { reverseBankTransfer } from './reverse-bank-transfers.ts';

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
 * A file's worth is one transaction: a month of a busy account (tens of thousands of entries)
 * must not hit the interactive transaction's timeout on a loaded machine.
 */
const TIMEOUT_MS_PER_ENTRY = 50;
const TIMEOUT_MS_MIN = 120_000;
/**
 * Entries matched, then recorded together: a few dozen statements per batch instead of twenty per
 * payment. A thousand keeps each statement's JSON parameter at a few hundred kilobytes.
 */
const BATCH = 1_000;

/**
 * Imports one file's statements in one transaction: every new entry is stored (bank_entry, unique
 * by account, statement and entry reference, so a second import adds nothing), and every new
 * incoming payment in euros is matched (domain/bank/match-bank-payment.ts) and recorded through
 * the same path as a provider's payment (recordPayments, up to a thousand entries a batch): open
 * balance, the end of dunning, the timeline line, or finance's review with the candidates.
 * Anything that throws rolls the whole file back.
 */
export async function importBankStatements({
  prisma,
  statements,
  sourceFile,
  openInvoices = { index: null },
  financeChannel = null,
  now = new Date(),
}: {
  prisma: PrismaClient;
  statements: readonly BankStatement[];
  sourceFile: string;
  /** Slack's finance channel: a reversal is told there (once); null without Slack. */
  financeChannel?: string | null;
  /**
   * The open invoices as matching sees them, kept by a caller that imports several files in a
   * row: loading 100,000 of them took longer than recording a file's thousand payments. Kept,
   * it misses what another writer changed since (a new invoice, a payment through the page);
   * that can only send a transfer to review, never apply money wrongly: recordPayments settles
   * against the invoice rows it locks, not against this view.
   */
  openInvoices?: { index: OpenInvoiceIndex | null };
  now?: Date;
}): Promise<BankImportResult> {
  try {
    return await importInTransaction({ prisma, statements, sourceFile, openInvoices, financeChannel, now });
  } catch (error) {
    // This file's matching lowered the view; rolled back, the view is no longer true.
    openInvoices.index = null;
    throw error;
  }
}

function importInTransaction({
  prisma,
  statements,
  sourceFile,
  openInvoices,
  financeChannel,
  now,
}: {
  prisma: PrismaClient;
  statements: readonly BankStatement[];
  sourceFile: string;
  openInvoices: { index: OpenInvoiceIndex | null };
  financeChannel: string | null;
  now: Date;
}): Promise<BankImportResult> {
  return prisma.$transaction(
    async (tx) => {
      let sameStatement = 0;
      const recognised: RecognisedBankEntry[] = [];
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
        for (let from = 0; from < fresh.length; from += BATCH) {
          const rows: BankEntryRow[] = [];
          const transfers: (BankTransferToRecord & { readonly row: number })[] = [];
          const results: (ImportedBankEntry | null)[] = [];
          const reversals: { readonly row: number; readonly entry: BankEntry }[] = [];
          for (const [i, { entry, identity }] of fresh.slice(from, from + BATCH).entries()) {
            const recognition = recognitions[from + i]!;
            const kind = classifyBankEntry(entry);
            rows.push({
              account: statement.account,
              statement_id: statement.statementId,
              entry_ref: entry.reference,
              format: statement.format,
              booking_date: entry.bookingDate,
              value_date: entry.valueDate,
              bank_reference: entry.bankReference,
              end_to_end_id: entry.endToEndId,
              reference_key: identity.referenceKey,
              end_to_end_key: identity.endToEndKey,
              content_key: identity.contentKey,
              duplicate_of: recognition.kind === 'new' ? null : recognition.earlier.id,
              direction: entry.direction,
              kind,
              amount_cents: entry.amountCents,
              currency: entry.currency,
              counterparty_iban: entry.counterpartyIban,
              counterparty_name: entry.counterpartyName,
              structured_ref: entry.structuredReference,
              remittance: entry.remittance,
              return_code: entry.returnCode,
              source_file: sourceFile,
              outcome: null,
              match_rule: null,
              debtor_id: null,
              review_reason: null,
              candidates: null,
            });
            if (recognition.kind === 'same') {
              rows[i]!.outcome = 'duplicate';
              recognised.push({
                location: entry.location,
                amountCents: entry.amountCents,
                currency: entry.currency,
                by: recognition.by,
                statementId: recognition.earlier.statementId,
                sourceFile: recognition.earlier.sourceFile,
              });
              results.push(null);
            } else if ((kind === 'reversal' || kind === 'return') && entry.direction === 'debit') {
              // A reversal or a SEPA return of an incoming transfer: our payment for it is undone.
              reversals.push({ row: i, entry });
              results.push(notAPayment(entry, kind));
            } else if (kind !== 'payment' || entry.amountCents <= 0) {
              results.push(notAPayment(entry, kind));
            } else {
              transfers.push({
                row: i,
                entry,
                id: `${statement.account}:${statement.statementId}:${entry.reference}`,
                likelyDuplicateOf:
                  recognition.kind === 'likely'
                    ? {
                        statementId: recognition.earlier.statementId,
                        sourceFile: recognition.earlier.sourceFile,
                      }
                    : null,
              });
              results.push(null);
            }
          }
          if (transfers.length > 0) {
            openInvoices.index ??= await loadOpenInvoices(tx);
            const recorded = await recordBankTransfers({
              tx,
              transfers,
              index: openInvoices.index,
              debtorsOfIban,
              now,
            });
            for (const [k, imported] of recorded.entries()) {
              const at = transfers[k]!.row;
              Object.assign(rows[at]!, {
                outcome: imported.outcome,
                match_rule: imported.rule,
                debtor_id: imported.debtorId,
                review_reason: imported.result.reviewReason,
                candidates: imported.result.candidates.length ? imported.result.candidates : null,
              });
              results[at] = imported.result;
            }
          }
          await insertBankEntries(tx, rows);
          // After the batch's rows: a reversal may undo a transfer earlier in this very file.
          for (const { row, entry } of reversals) {
            const reversed = await reverseBankTransfer({
              tx,
              account: statement.account,
              statementId: statement.statementId,
              entry,
              financeChannel,
              now,
            });
            await tx.bankEntry.update({
              where: {
                account_statementId_entryRef: {
                  account: statement.account,
                  statementId: statement.statementId,
                  entryRef: entry.reference,
                },
              },
              data: {
                outcome: reversed.outcome,
                debtorId: reversed.debtorId,
                reviewReason: reversed.reviewReason,
              },
            });
            results[row] = {
              ...results[row]!,
              outcome: reversed.outcome,
              invoices: reversed.invoices,
              reviewReason: reversed.reviewReason,
            };
          }
          entries.push(...results.filter((r): r is ImportedBankEntry => r !== null));
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

interface BankEntryRow {
  account: string;
  statement_id: string;
  entry_ref: string;
  format: string;
  booking_date: string;
  value_date: string | null;
  bank_reference: string | null;
  end_to_end_id: string | null;
  reference_key: string | null;
  end_to_end_key: string | null;
  content_key: string | null;
  duplicate_of: string | null;
  direction: string;
  kind: string;
  amount_cents: number;
  currency: string;
  counterparty_iban: string | null;
  counterparty_name: string | null;
  structured_ref: string | null;
  remittance: string;
  return_code: string | null;
  source_file: string;
  outcome: string | null;
  match_rule: string | null;
  debtor_id: string | null;
  review_reason: string | null;
  candidates: unknown;
}

/** A batch's bank_entry rows in one statement, in the order of the statement (created_at says it). */
async function insertBankEntries(tx: Tx, rows: readonly BankEntryRow[]): Promise<void> {
  await insertJsonRows({
    db: tx,
    table: 'bank_entry',
    columns: {
      account: 'text',
      statement_id: 'text',
      entry_ref: 'text',
      format: 'text',
      booking_date: 'date',
      value_date: 'date',
      bank_reference: 'text',
      end_to_end_id: 'text',
      reference_key: 'text',
      end_to_end_key: 'text',
      content_key: 'text',
      duplicate_of: 'uuid',
      direction: 'text',
      kind: 'text',
      amount_cents: 'int',
      currency: 'text',
      counterparty_iban: 'text',
      counterparty_name: 'text',
      structured_ref: 'text',
      remittance: 'text',
      return_code: 'text',
      source_file: 'text',
      outcome: 'text',
      match_rule: 'text',
      debtor_id: 'uuid',
      review_reason: 'text',
      candidates: 'jsonb',
    },
    rows: rows as unknown as Record<string, unknown>[],
    extra: { id: 'gen_random_uuid()', created_at: 'clock_timestamp()' },
  });
}
