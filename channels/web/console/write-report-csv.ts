import type { ReportCell, ReportColumnType, ReportTable } from './report-table.ts';

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP):
// such text gets a leading apostrophe, which the spreadsheet shows as text.
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * A report table as CSV (RFC 4180: commas, quotes doubled, CRLF; a UTF-8 byte order mark so
 * Excel reads the accents). Numbers for machines: euros with a point and two decimals, days with
 * one, shares as fractions (0.625), days as YYYY-MM-DD; text that a spreadsheet would run as a
 * formula is defused. The totals row, when there is one, comes last.
 */
export function writeReportCsv(table: ReportTable): string {
  const lines = [
    table.columns.map((column) => quote(guard(column.header))),
    ...table.rows.map((row) => row.map((cell, i) => quote(format(cell, table.columns[i]?.type ?? 'text')))),
    ...(table.totals
      ? [table.totals.map((cell, i) => quote(format(cell, table.columns[i]?.type ?? 'text')))]
      : []),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

function format(cell: ReportCell, type: ReportColumnType): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return guard(cell);
  switch (type) {
    case 'eur':
      return centsToEuros(cell);
    case 'days':
      return cell.toFixed(1);
    case 'percent':
      return String(Math.round(cell * 10_000) / 10_000);
    default:
      return String(cell);
  }
}

/** Exact: cents are integers, so no float rounding ever shows. */
function centsToEuros(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function guard(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
