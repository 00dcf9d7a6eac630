import { LEDGER_COLUMNS } from '../../bot/ledger/ledger-row.ts';

/** A ledger CSV as `collections import` reads it: the columns' header, then these rows (each already comma-separated). */
export function ledgerCsvOf(rows: readonly string[]): string {
  return `${[LEDGER_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
