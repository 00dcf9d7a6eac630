import type { LedgerSyncResult } from './sync-ledger.ts';

const NAMES = { moneybird: 'Moneybird', 'exact-online': 'Exact Online', csv: 'CSV export' } as const;

/** What a sync changed, for a person: one line per kind of change, the notes after. */
export function describeLedgerSync(result: LedgerSyncResult): string {
  const lines = [
    `${NAMES[result.source]}: ${result.pages} page(s)${result.full ? ', read from the beginning' : ''}`,
    `  debtors: ${result.debtorsCreated} created, ${result.debtorsUpdated} updated; contacts added: ${result.contactsCreated}`,
    `  invoices: ${result.invoicesCreated} created, ${result.invoicesUpdated} updated, ${result.invoicesPaid} paid (dunning stopped), ${result.invoicesReopened} reopened, ${result.invoicesDeleted} deleted in the books (dunning stopped)`,
    `  payments booked: ${result.paymentsBooked}`,
    `  credit notes: ${result.creditNotesApplied} applied, ${result.creditNotesInFigure} already in their invoice's figure, ${result.creditNotesUnlinked} not applied (no invoice of ours)`,
    ...result.notes.map((note) => `  note: ${note}`),
  ];
  return `${lines.join('\n')}\n`;
}
