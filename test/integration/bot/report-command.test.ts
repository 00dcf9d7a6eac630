import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { runCliInProcess } from '../../support/run-cli-in-process.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

describe('collections report dso-trend and promises (the real CLI command, in-process)', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  const today = amsterdamDate(new Date());
  const run = (argv: string[]) => runCliInProcess(argv, target.env);

  beforeAll(async () => {
    target = await createTestTarget();
    const db = await openDatabase({ target: target.target, migrate: true });
    await db.close();
    await withDatabase(target.target, async (db) => {
      const debtor = await db.prisma.debtor.create({
        data: { reference: 'REP-CLI', name: 'Report CLI BV', kind: 'company' },
      });
      const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
      const invoice = await db.prisma.invoice.create({
        data: {
          number: 'INV-REP-CLI',
          debtorId: debtor.id,
          amountCents: 100_000,
          openCents: 60_000,
          issueDate: day(addDays(today, -70)),
          dueDate: day(addDays(today, -40)),
        },
      });
      // 400.00 paid today: at every earlier month's end the full 1,000.00 was open.
      await db.prisma.payment.create({
        data: {
          debtorId: debtor.id,
          invoiceId: invoice.id,
          amountCents: 40_000,
          receivedAt: new Date(),
          source: 'bank',
        },
      });
      await db.prisma.paymentPromise.create({
        data: {
          debtorId: debtor.id,
          invoiceId: invoice.id,
          promisedDate: day(addDays(today, -30)),
          createdAt: new Date(Date.now() - 35 * 86_400_000),
        },
      });
    });
  }, 60_000);
  afterAll(async () => target?.drop());

  it('gives the DSO at each month end with what was open then, and the promises kept per month', async () => {
    const trend = await run(['report', 'dso-trend', '--json', '--months', '3']);
    expect(trend.code).toBe(0);
    const result = JSON.parse(trend.stdout) as {
      points: { asOf: string; receivablesCents: number; dsoDays: number }[];
    };
    expect(result.points).toHaveLength(3);
    expect(result.points.at(-1)).toMatchObject({ asOf: today, receivablesCents: 60_000 });
    expect(result.points[1]!.receivablesCents).toBe(100_000);
    const dso = JSON.parse((await run(['report', 'dso', '--json'])).stdout) as { dsoDays: number };
    expect(result.points.at(-1)!.dsoDays).toBe(dso.dsoDays);

    const promises = await run(['report', 'promises', '--json']);
    expect(promises.code).toBe(0);
    expect(JSON.parse(promises.stdout)).toMatchObject({ kept: 0, broken: 1, pending: 0, rate: 0 });
    const text = await run(['report', 'promises']);
    expect(text.stdout).toMatch(/Total\s+0\s+1\s+0\s+0\.0%/u);

    const wrong = await run(['report', 'dso-trend', '--months', '0']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('--months must be a whole number from 1 to 36, got "0".');
  }, 60_000);
});
