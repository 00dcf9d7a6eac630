import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../../../bot/report/format-euros.ts';
import { renderAgingReport } from '../../../../bot/report/render-aging-report.ts';
import { renderDsoReport } from '../../../../bot/report/render-dso-report.ts';
import { renderDsoTrendReport } from '../../../../bot/report/render-dso-trend-report.ts';
import { renderForecastReport } from '../../../../bot/report/render-forecast-report.ts';
import { renderPromisesReport } from '../../../../bot/report/render-promises-report.ts';
import { renderTable } from '../../../../bot/report/render-table.ts';
import { computeAging } from '../../../../domain/kpi/compute-aging.ts';
import { computeDso } from '../../../../domain/kpi/compute-dso.ts';
import { forecastCashFlow } from '../../../../domain/kpi/forecast-cash-flow.ts';
import { summarizePromises } from '../../../../domain/kpi/summarize-promises.ts';
import { trendDso } from '../../../../domain/kpi/trend-dso.ts';

describe('report renderers', () => {
  it('formats cents exactly with thousands separators', () => {
    expect([0, 5, 123_456_789, -1_050].map(formatEuros)).toEqual(['0.00', '0.05', '1,234,567.89', '-10.50']);
  });

  it('aligns columns and adds a totals row', () => {
    const text = renderTable({
      columns: [{ header: 'Name' }, { header: 'Amount', align: 'right' }],
      rows: [
        ['a', '1.00'],
        ['bbbbbb', '100.00'],
      ],
      totals: ['Total', '101.00'],
    });
    expect(text).toBe(
      'Name    Amount\n------  ------\na         1.00\nbbbbbb  100.00\n------  ------\nTotal   101.00\n',
    );
  });

  it('renders aging per debtor with bucket totals', () => {
    const text = renderAgingReport(
      computeAging({
        asOf: '2026-11-23',
        invoices: [
          { debtor: 'Bakkerij Jansen', openCents: 125_050, dueDate: '2026-10-01' },
          { debtor: 'ACME', openCents: 10_000, dueDate: '2026-12-01' },
        ],
      }),
    );
    expect(text).toMatch(/as of 2026-11-23/);
    expect(text).toMatch(/Bakkerij Jansen\s+0\.00\s+0\.00\s+1,250\.50\s+0\.00\s+0\.00\s+1,250\.50/);
    expect(text).toMatch(/Total\s+100\.00\s+0\.00\s+1,250\.50\s+0\.00\s+0\.00\s+1,350\.50/);
  });

  it('renders DSO with its method and forecast with the undated amounts', () => {
    const dso = renderDsoReport(
      computeDso({
        asOf: '2026-11-23',
        invoices: [{ issueDate: '2026-11-10', amountCents: 100_000, openCents: 50_000 }],
      }),
    );
    expect(dso).toMatch(/DSO as of 2026-11-23: 11\.5 days/);
    expect(dso).toMatch(/Method: Countback/);
    const forecast = renderForecastReport(
      forecastCashFlow({
        asOf: '2026-11-23',
        weeks: 2,
        invoices: [{ id: 'a', openCents: 1_000, dueDate: '2026-11-01', status: 'open' }],
        promises: [],
        instalments: [],
      }),
    );
    expect(forecast).toMatch(/2026-W48\s+2026-11-23/);
    expect(forecast).toMatch(/Overdue without a date to expect: EUR 10\.00/);
  });

  it('renders the DSO by month (a lower bound marked) and the promises kept per month', () => {
    const trend = renderDsoTrendReport(
      trendDso({
        asOf: '2026-11-23',
        salesByMonth: new Map([['2026-10', 100_000]]),
        earliestIssueDate: '2026-10-01',
        receivablesAt: [
          { day: '2026-10-31', cents: 150_000 },
          { day: '2026-11-23', cents: 50_000 },
        ],
      }),
    );
    expect(trend).toMatch(/2026-10\s+2026-10-31\s+1,500\.00\s+>= 31\.0/);
    expect(trend).toMatch(/2026-11\s+2026-11-23\s+500\.00\s+38\.5/);
    const promises = renderPromisesReport(
      summarizePromises({
        asOf: '2026-11-23',
        graceBusinessDays: 3,
        promises: [
          { promisedDate: '2026-10-05', paidOn: '2026-10-06' },
          { promisedDate: '2026-10-09', paidOn: null },
        ],
      }),
    );
    expect(promises).toMatch(/2026-10\s+1\s+1\s+0\s+50\.0%/);
    expect(promises).toMatch(/Rule: kept = paid in full within 3 business days/);
  });
});
