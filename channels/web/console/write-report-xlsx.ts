import type { ReportCell, ReportColumnType, ReportTable } from './report-table.ts';

const FORMATS: Record<ReportColumnType, string | undefined> = {
  text: undefined,
  eur: '"€" #,##0.00;-"€" #,##0.00',
  date: 'yyyy-mm-dd',
  int: '0',
  days: '0.0',
  percent: '0.0%',
};

/**
 * A report table as an Excel workbook (.xlsx) of one sheet: numbers stay numbers (euros with the
 * euro format, shares as percentages), days are dates, text is text (exceljs writes a string as
 * a string, never as a formula). The header row is bold and frozen; the totals row bold.
 * exceljs is loaded here, on the first download, not with the console.
 */
export async function writeReportXlsx(table: ReportTable): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'collections';
  const sheet = workbook.addWorksheet(table.id.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.type === 'text' ? 32 : 16,
    ...(FORMATS[column.type] ? { style: { numFmt: FORMATS[column.type] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows)
    sheet.addRow(row.map((cell, i) => value(cell, table.columns[i]?.type ?? 'text')));
  if (table.totals) {
    const totals = sheet.addRow(table.totals.map((cell, i) => value(cell, table.columns[i]?.type ?? 'text')));
    totals.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function value(cell: ReportCell, type: ReportColumnType): string | number | Date | null {
  if (cell === null) return null;
  if (type === 'eur' && typeof cell === 'number') return cell / 100;
  if (type === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00.000Z`);
  return cell;
}
