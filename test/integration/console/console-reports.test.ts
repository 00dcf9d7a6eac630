import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../bot/report/build-report.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

const DAY = 86_400_000;
const ALFA = 'Alfa <script>alert(1)</script> & Zn';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

/** The bars (one path each) of a vega SVG's rect marks, and the bar count per chart. */
function barsOf(svg: string): number {
  const group = /<g class="mark-rect[^"]*"[^>]*>(.*?)<\/g>/su.exec(svg);
  return group ? (group[1]!.match(/<path /gu) ?? []).length : 0;
}

/** The SVG inside the figure whose caption has this id. */
function chartOf(html: string, id: string): string {
  const match = new RegExp(`aria-labelledby="${id}">(<svg.*?</svg>)</div>`, 'su').exec(html);
  if (!match) throw new Error(`no chart ${id}`);
  return match[1]!;
}

describe('console reports: charts, tables and downloads', () => {
  const { h, fiona } = useConsoleHarness();
  const today = amsterdamDate(new Date());

  const download = async (path: string) => {
    const response = await fetch(`${h.baseUrl}${path}`, {
      headers: {
        cookie: [...fiona.client.cookies]
          .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
          .join('; '),
      },
    });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };
  const report = <K extends 'aging' | 'dso-trend' | 'forecast' | 'promises'>(kind: K) =>
    buildReport({
      db: h.slack.db,
      kind,
      asOf: today,
      weeks: 8,
      months: 12,
      graceBusinessDays: DEFAULT_POLICY.promises.graceBusinessDays,
    });

  beforeAll(async () => {
    const prisma = h.slack.db.prisma;
    const alfa = await seedDebtor(h.slack.db, {
      reference: 'ALFA',
      name: ALFA,
      invoices: [
        { number: 'INV-A-1', cents: 10_000, dueDate: addDays(today, 10) },
        { number: 'INV-A-2', cents: 25_000, dueDate: addDays(today, -45) },
      ],
    });
    // Issued before today, due in ten days: in the forecast, not due in the aging.
    await prisma.invoice.update({
      where: { id: alfa.invoiceIds[0]! },
      data: { issueDate: new Date(`${addDays(today, -20)}T00:00:00.000Z`) },
    });
    const bravo = await seedDebtor(h.slack.db, {
      reference: 'BRAVO',
      name: 'Bravo BV',
      invoices: [
        { number: 'INV-B-1', cents: 30_000, dueDate: addDays(today, -20) },
        { number: 'INV-B-2', cents: 40_000, dueDate: addDays(today, -100) },
      ],
    });
    await seedDebtor(h.slack.db, {
      reference: 'FORMULA',
      name: FORMULA,
      invoices: [{ number: 'INV-F-1', cents: 1_234, dueDate: addDays(today, -5) }],
    });
    // 50.00 of INV-B-2 paid today: it was open at every earlier month's end.
    await prisma.payment.create({
      data: {
        debtorId: bravo.debtorId,
        invoiceId: bravo.invoiceIds[1]!,
        amountCents: 5_000,
        receivedAt: new Date(),
        source: 'bank',
      },
    });
    await prisma.invoice.update({ where: { id: bravo.invoiceIds[1]! }, data: { openCents: 35_000 } });
    // Promises: one kept in time, one broken (date and grace long past), one still to come.
    const promise = (invoiceId: string, promisedDate: string, kept: Date | null) =>
      prisma.paymentPromise.create({
        data: {
          debtorId: bravo.debtorId,
          invoiceId,
          promisedDate: new Date(`${promisedDate}T00:00:00.000Z`),
          status: kept ? 'kept' : 'open',
          resolvedAt: kept,
          createdAt: new Date(Date.now() - 40 * DAY),
        },
      });
    await promise(bravo.invoiceIds[0]!, addDays(today, -30), new Date(Date.now() - 30 * DAY));
    await promise(bravo.invoiceIds[1]!, addDays(today, -25), null);
    await promise(bravo.invoiceIds[0]!, addDays(today, 3), null);
  }, 60_000);

  it('draws each report as SVG with the bars of the data, no script and no style attribute, a table beside each', async () => {
    const page = await fiona.client.get('/console/reports?lang=en');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const aging = (await report('aging')).result;
    // Bars: one per debtor and bucket with money in it (Alfa not due and 31-60, Bravo 1-30 and
    // 90+, the formula debtor 1-30).
    const cells = aging.rows.flatMap((row) => aging.buckets.filter((bucket) => row.cents[bucket.key] > 0));
    expect(cells).toHaveLength(5);
    expect(barsOf(chartOf(page.html, 'aging-chart'))).toBe(5);
    const forecast = (await report('forecast')).result;
    expect(barsOf(chartOf(page.html, 'forecast-chart'))).toBe(
      forecast.weeks.reduce(
        (n, week) =>
          n + [week.invoicesCents, week.promisesCents, week.plansCents].filter((c) => c > 0).length,
        0,
      ),
    );
    expect(barsOf(chartOf(page.html, 'forecast-chart'))).toBeGreaterThan(0);
    const promises = (await report('promises')).result;
    expect(promises).toMatchObject({ kept: 1, broken: 1, pending: 1, rate: 0.5 });
    expect(barsOf(chartOf(page.html, 'promises-chart'))).toBe(3);
    expect(chartOf(page.html, 'dso-chart')).toContain('mark-line');
    for (const svg of page.html.match(/<svg.*?<\/svg>/gsu) ?? []) {
      expect(svg).not.toMatch(/\sstyle=|<script|<style|\son[a-z]+=|href=/iu);
    }
    expect(page.html).not.toContain('<script');
    expect(page.html).toContain('Alfa &lt;script&gt;alert(1)&lt;/script&gt; &amp; Zn');
    // The totals as the page shows them, and the promise-kept rate.
    expect(page.html).toContain('€1,012.34');
    expect(page.html).toContain('Kept: 50% of the promises decided.');
    const dutch = await fiona.client.get('/console/reports?lang=nl');
    expect(dutch.html).toContain('Ouderdom van openstaande posten');
    expect(dutch.html).toMatch(/€\s1\.012,34/u);
    expect(dutch.html).toContain('Nagekomen: 50% van de besliste beloftes.');
  }, 30_000);

  it('gives the DSO by month with what was open at each month end (payments after it added back)', async () => {
    const trend = (await report('dso-trend')).result;
    expect(trend.points).toHaveLength(12);
    expect(trend.points.at(-1)).toMatchObject({ asOf: today });
    const dso = (await buildReport({ db: h.slack.db, kind: 'dso', asOf: today, weeks: 8 })).result;
    expect(trend.points.at(-1)!.dsoDays).toBe(dso.dsoDays);
    expect(trend.points.at(-1)!.receivablesCents).toBe(dso.receivablesCents);
    // At the end of last month: INV-B-2 (issued 100 days ago) still had the 50.00 paid today.
    const lastMonth = trend.points.at(-2)!;
    const issuedByThen = [
      [addDays(today, -20), 10_000],
      [addDays(today, -45), 25_000],
      [addDays(today, -20), 30_000],
      [addDays(today, -100), 40_000],
      [addDays(today, -5), 1_234],
    ].filter(([issued]) => (issued as string) <= lastMonth.asOf);
    expect(lastMonth.receivablesCents).toBe(
      issuedByThen.reduce((sum, [, cents]) => sum + (cents as number), 0),
    );
  });

  it('downloads every table as CSV and .xlsx with the numbers of collections report', async () => {
    const aging = (await report('aging')).result;
    const csv = await download(`/console/reports/aging-debtors.csv?as-of=${today}&lang=en`);
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.response.headers.get('content-disposition')).toBe(
      `attachment; filename="aging-debtors-${today}.csv"`,
    );
    const rows = parse(csv.body.toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Debtor',
      'Not due',
      '1-30 days',
      '31-60 days',
      '61-90 days',
      '90+ days',
      'Total',
    ]);
    expect(rows.slice(1, -1)).toEqual(
      aging.rows.map((row) => [
        row.debtor === FORMULA ? `'${FORMULA}` : row.debtor,
        ...aging.buckets.map((bucket) => (row.cents[bucket.key] / 100).toFixed(2)),
        (row.totalCents / 100).toFixed(2),
      ]),
    );
    expect(rows.at(-1)).toEqual([
      'Total',
      ...aging.buckets.map((bucket) => (bucket.cents / 100).toFixed(2)),
      '1012.34',
    ]);

    const xlsx = await download(`/console/reports/aging-debtors.xlsx?as-of=${today}&lang=en`);
    expect(xlsx.response.status).toBe(200);
    expect(xlsx.response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Debtor');
    aging.rows.forEach((row, i) => {
      const excel = sheet.getRow(i + 2);
      expect(excel.getCell(1).value).toBe(row.debtor);
      aging.buckets.forEach((bucket, b) => {
        expect(excel.getCell(b + 2).value).toBe(row.cents[bucket.key] / 100);
        expect(excel.getCell(b + 2).numFmt).toContain('€');
      });
      expect(excel.getCell(7).value).toBe(row.totalCents / 100);
    });
    expect(sheet.getRow(aging.rows.length + 2).getCell(7).value).toBe(1012.34);

    const forecast = (await report('forecast')).result;
    const weeks = await download(`/console/reports/forecast.xlsx?as-of=${today}`);
    const forecastBook = new ExcelJS.Workbook();
    await forecastBook.xlsx.load(weeks.body as unknown as ArrayBuffer);
    const forecastSheet = forecastBook.worksheets[0]!;
    forecast.weeks.forEach((week, i) => {
      const excel = forecastSheet.getRow(i + 2);
      expect(excel.getCell(1).value).toBe(week.key);
      expect(excel.getCell(2).value).toEqual(new Date(`${week.monday}T00:00:00.000Z`));
      expect(excel.getCell(6).value).toBe(week.totalCents / 100);
    });

    const promises = await download(`/console/reports/promises.csv?as-of=${today}&lang=nl`);
    const promiseRows = parse(promises.body.toString('utf8'), { bom: true }) as string[][];
    expect(promiseRows[0]).toEqual(['Maand', 'Nagekomen', 'Gebroken', 'Lopend', 'Percentage nagekomen']);
    expect(promiseRows.at(-1)).toEqual(['Totaal', '1', '1', '1', '0.5']);
    for (const table of ['aging-buckets', 'dso-trend', 'forecast-apart']) {
      for (const format of ['csv', 'xlsx']) {
        expect((await download(`/console/reports/${table}.${format}`)).response.status, table).toBe(200);
      }
    }
    expect((await download('/console/reports/secrets.csv')).response.status).toBe(404);
  }, 30_000);
});
