import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../../../../channels/web/console/report-table.ts';
import { writeReportCsv } from '../../../../../channels/web/console/write-report-csv.ts';

const TABLE: ReportTable = {
  id: 'test',
  title: 'Test',
  columns: [
    { header: 'Debtor', type: 'text' },
    { header: 'Open', type: 'eur' },
    { header: 'Day', type: 'date' },
    { header: 'Rate', type: 'percent' },
    { header: 'DSO', type: 'days' },
  ],
  rows: [
    ['=SUM(A1:A9)', -1_005, '2026-11-30', 0.66667, 31],
    ['+31 20 123', 123_456_789, '2026-12-01', null, 12.25],
    ['-minus', 7, null, 1, 0],
    ['@cmd', 0, null, 0, 0],
    ['\tTab', 0, null, 0, 0],
    ['Plain "quoted", with comma\nand a line', 100, null, null, 0],
  ],
  totals: ['Total', 123_456_891, null, null, null],
};

describe('writeReportCsv', () => {
  it('defuses text a spreadsheet would run as a formula, keeps numbers exact, and parses back', () => {
    const csv = writeReportCsv(TABLE);
    expect(csv.startsWith('\uFEFFDebtor,Open,Day,Rate,DSO\r\n')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Debtor', 'Open', 'Day', 'Rate', 'DSO'],
      ["'=SUM(A1:A9)", '-10.05', '2026-11-30', '0.6667', '31.0'],
      ["'+31 20 123", '1234567.89', '2026-12-01', '', '12.3'],
      ["'-minus", '0.07', '', '1', '0.0'],
      ["'@cmd", '0.00', '', '0', '0.0'],
      ["'\tTab", '0.00', '', '0', '0.0'],
      ['Plain "quoted", with comma\nand a line', '1.00', '', '', '0.0'],
      ['Total', '1234568.91', '', '', ''],
    ]);
  });
});
