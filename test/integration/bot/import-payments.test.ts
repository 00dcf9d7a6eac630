import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../prisma/open-database.ts';
import { recordProviderPayment } from '../../../prisma/payments/record-provider-payment.ts';
import { runCliInProcess } from '../../support/run-cli-in-process.ts';
import { seedQueuedReminder } from '../../support/seed-queued-reminder.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

const HEADER =
  'debtor_reference,debtor_name,debtor_kind,language,contact_email,contact_name,account_owner,invoice_number,issue_date,due_date,amount,open_amount,currency,po_number';

function writeCsv(number: string, open: string, amount = '100.00'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ledger-')), 'ledger.csv');
  writeFileSync(
    file,
    `${HEADER}\nIP-1,Import Pay BV,company,en,ap@importpay.example,,,${number},2026-10-01,2026-10-31,${amount},${open},EUR,\n`,
  );
  return file;
}

describe('import and payments recorded in the app agree (the real CLI command, in-process)', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  let paymentSeq = 0;
  // The embedded database admits one opener at a time, even within a process: the command opens
  // and closes its own, and the test looks in between.
  const inDb = <T>(work: (db: Database) => Promise<T>) => withDatabase(target.target, work);

  /** `collections import ...` against this test's database; stdout and the exit code. */
  async function runImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return run(['import', ...args]);
  }

  /** The real CLI command, in-process, against this test's database. */
  const run = (argv: string[]) => runCliInProcess(argv, target.env);

  const invoice = (number: string) =>
    inDb((db) => db.prisma.invoice.findUniqueOrThrow({ where: { number } }));

  /** A Mollie payment as the webhook records it: the app's own fact. */
  async function payInApp(number: string, cents: number) {
    const { id } = await invoice(number);
    paymentSeq += 1;
    const result = await inDb((db) =>
      recordProviderPayment({
        prisma: db.prisma,
        provider: 'mollie',
        payment: {
          id: `tr_import${paymentSeq}`,
          status: 'paid',
          amountCents: cents,
          currency: 'EUR',
          method: 'ideal',
          paidAt: new Date(),
          checkoutUrl: null,
          metadata: { invoiceId: id },
        },
      }),
    );
    expect(result.kind).toBe('applied');
  }

  beforeAll(async () => {
    target = await createTestTarget();
    expect((await run(['db', 'migrate'])).code).toBe(0);
  });
  afterAll(async () => target?.drop());

  it('an invoice imported paid and then with money open is open again (so reminded and in aging), audited', async () => {
    expect((await runImport([writeCsv('IP-0001', '0')])).code).toBe(0);
    expect(await invoice('IP-0001')).toMatchObject({ status: 'paid', openCents: 0 });
    const again = await runImport([writeCsv('IP-0001', '100.00')]);
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain('1 paid ones reopened');
    expect(await invoice('IP-0001')).toMatchObject({ status: 'open', openCents: 10_000 });
    const audit = await inDb((db) => db.prisma.auditEvent.findMany({ where: { type: 'invoice.reopened' } }));
    expect(audit.map((event) => event.data)).toEqual([
      { number: 'IP-0001', from: 'paid', to: 'open', openCents: 10_000 },
    ]);
    // And back: nothing open is paid again.
    await runImport([writeCsv('IP-0001', '0')]);
    expect(await invoice('IP-0001')).toMatchObject({ status: 'paid', openCents: 0 });
  });

  it('reopens into the plan or dispute that still holds; credited stays credited', async () => {
    await runImport([writeCsv('IP-0002', '0')]);
    const { id, debtorId } = await invoice('IP-0002');
    await inDb((db) =>
      db.prisma.dispute.create({ data: { debtorId, invoiceId: id, summary: 'wrong quantity' } }),
    );
    await runImport([writeCsv('IP-0002', '40.00')]);
    expect(await invoice('IP-0002')).toMatchObject({ status: 'disputed', openCents: 4_000 });

    await runImport([writeCsv('IP-0003', '0')]);
    const three = await invoice('IP-0003');
    await inDb(async (db) => {
      const plan = await db.prisma.paymentPlan.create({
        data: { debtorId: three.debtorId, status: 'active', totalCents: 10_000 },
      });
      await db.prisma.invoice.update({ where: { id: three.id }, data: { paymentPlanId: plan.id } });
    });
    await runImport([writeCsv('IP-0003', '100.00')]);
    expect(await invoice('IP-0003')).toMatchObject({ status: 'planned', openCents: 10_000 });

    await runImport([writeCsv('IP-0004', '100.00')]);
    await inDb((db) =>
      db.prisma.invoice.update({ where: { number: 'IP-0004' }, data: { status: 'credited' } }),
    );
    await runImport([writeCsv('IP-0004', '0')]);
    expect(await invoice('IP-0004')).toMatchObject({ status: 'credited', openCents: 0 });
  });

  it('an invoice the ledger shows paid ends its dunning like a payment in the app: the queued reminder is not sent', async () => {
    await runImport([writeCsv('IP-0030', '100.00')]);
    const { id: invoiceId, debtorId } = await invoice('IP-0030');
    const outboxId = await inDb(async (db) => {
      await db.prisma.paymentPromise.create({
        data: { debtorId, invoiceId, promisedDate: new Date('2026-12-20T00:00:00Z') },
      });
      const { outbox } = await seedQueuedReminder(db, {
        debtorId,
        invoiceId,
        externalId: '<queued-reminder-ip30@acme.example>',
      });
      return outbox.id;
    });
    await runImport([writeCsv('IP-0030', '0')]);
    await inDb(async (db) => {
      expect(await db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
        status: 'paid',
        openCents: 0,
      });
      expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } })).status).toBe(
        'cancelled',
      );
      expect((await db.prisma.paymentPromise.findFirstOrThrow({ where: { invoiceId } })).status).toBe('kept');
      expect((await db.prisma.proposal.findFirstOrThrow({ where: { invoiceId } })).status).toBe('expired');
      const audit = await db.prisma.auditEvent.findMany({
        where: { entityId: invoiceId },
        orderBy: { id: 'asc' },
      });
      expect(audit.map((event) => [event.type, event.actor])).toEqual([
        ['invoice.paid', 'cli'],
        ['dunning.stopped', 'cli'],
      ]);
    });
  });

  it('an older export without --as-of does not undo a payment made in the app, and says so', async () => {
    const file = writeCsv('IP-0010', '100.00');
    await runImport([file]);
    await payInApp('IP-0010', 10_000);
    expect(await invoice('IP-0010')).toMatchObject({ status: 'paid', openCents: 0 });
    const again = await runImport([file]);
    expect(again.code).toBe(0);
    expect(await invoice('IP-0010')).toMatchObject({ status: 'paid', openCents: 0 });
    expect(again.stdout).toMatch(
      /invoice IP-0010: kept the app's payment of 100\.00 recorded \d{4}-\d{2}-\d{2} \(ledger export shows 100\.00 open, kept 0\.00\); the export has no as-of/,
    );
    // A part payment: what the app's payment left, not the ledger's full amount.
    await runImport([writeCsv('IP-0011', '100.00')]);
    await payInApp('IP-0011', 3_000);
    const part = await runImport([writeCsv('IP-0011', '100.00')]);
    expect(await invoice('IP-0011')).toMatchObject({ status: 'open', openCents: 7_000 });
    expect(part.stdout).toContain('kept 70.00');
    // The ledger knowing more than the app (a bank transfer booked there) still wins downwards.
    const lower = await runImport([writeCsv('IP-0011', '20.00')]);
    expect(await invoice('IP-0011')).toMatchObject({ status: 'open', openCents: 2_000 });
    expect(lower.stdout).not.toContain('disagree');
  });

  // Only PostgreSQL runs two transactions at once; PGlite serialises them by construction.
  it.skipIf(!process.env.DATABASE_URL)(
    'a payment committed while the import runs is seen, not overwritten by the older figure',
    async () => {
      await runImport([writeCsv('IP-0040', '100.00')]);
      const { id, debtorId } = await invoice('IP-0040');
      if (target.target.kind !== 'postgres') throw new Error('postgres expected');
      const payer = new pg.Client({ connectionString: target.target.url });
      await payer.connect();
      try {
        // What recordProviderPayment does, held open: the invoice row locked, the payment written.
        await payer.query('BEGIN');
        await payer.query('SELECT id FROM invoice WHERE id = $1 FOR UPDATE', [id]);
        await payer.query(
          `INSERT INTO payment (id, debtor_id, invoice_id, amount_cents, received_at, source, external_id)
           VALUES (gen_random_uuid(), $1, $2, 10000, now(), 'mollie', 'mollie:tr_race')`,
          [debtorId, id],
        );
        await payer.query(`UPDATE invoice SET open_cents = 0, status = 'paid' WHERE id = $1`, [id]);
        const importing = runImport([writeCsv('IP-0040', '100.00')]);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await payer.query('COMMIT');
        const result = await importing;
        expect(result.code).toBe(0);
        expect(result.stdout).toContain("invoice IP-0040: kept the app's payment of 100.00");
      } finally {
        await payer.end();
      }
      expect(await invoice('IP-0040')).toMatchObject({ status: 'paid', openCents: 0 });
    },
  );

  it('with --as-of the later fact wins, in both directions', async () => {
    await runImport([writeCsv('IP-0020', '100.00')]);
    await payInApp('IP-0020', 10_000);
    const older = await runImport(['--as-of', '2026-11-27', writeCsv('IP-0020', '100.00')]);
    expect(older.code).toBe(0);
    expect(await invoice('IP-0020')).toMatchObject({ status: 'paid', openCents: 0 });
    expect(older.stdout).toMatch(
      /invoice IP-0020: kept the app's payment .*; the ledger figure \(as of 2026-11-26T23:00:00\.000Z\) is older/,
    );

    // An export taken after the payment (say, a charge-back booked in the ledger) is the later fact.
    const later = new Date(Date.now() + 1_000).toISOString();
    const newer = await runImport(['--as-of', later, writeCsv('IP-0020', '100.00')]);
    expect(await invoice('IP-0020')).toMatchObject({ status: 'open', openCents: 10_000 });
    expect(newer.stdout).toContain(
      "invoice IP-0020: took the ledger's 100.00 open over the app's payment of 100.00",
    );
    expect(newer.stdout).toContain('is newer');
    expect(newer.stdout).toContain('1 paid ones reopened');

    const bad = await runImport(['--as-of', 'last friday', writeCsv('IP-0020', '100.00')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of "last friday" is not a day or a moment');
    const future = await runImport(['--as-of', '2999-01-01', writeCsv('IP-0020', '0')]);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('is in the future');
  });
});
