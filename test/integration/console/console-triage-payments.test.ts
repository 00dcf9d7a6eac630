import { describe, expect, it } from 'vitest';
import { decideBankTransferReview } from '../../../bot/payments/decide-bank-transfer-review.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { readInvoiceStanding } from '../../support/read-invoice-standing.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { collectSlackUpdates } from './support/collect-slack-updates.ts';
import { importStatement, OUR_ACCOUNT } from './support/import-statement.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

const ZONNEVELD = 'NL02RABO0123456789';
const DELTA = 'NL69INGB0123456789';

/**
 * Bank transfers that wait for review, placed from the triage page as Slack's payment review
 * places them (decideBankTransferReview): once, through the payment path, audited with the
 * console's actor, the payer's account remembered for the next statement.
 */
describe('console triage: a bank transfer applied to an invoice', () => {
  const { h, fiona } = useConsoleHarness();
  const today = amsterdamDate(new Date());
  const entryOf = async (statementId: string, entryRef: string) =>
    h.slack.db.prisma.bankEntry.findUniqueOrThrow({
      where: { account_statementId_entryRef: { account: OUR_ACCOUNT, statementId, entryRef } },
    });

  it('picks a candidate: the open amount drops, the account becomes the debtor’s, audited, gone from triage; a second submit changes nothing', async () => {
    const prisma = h.slack.db.prisma;
    const { debtorId } = await seedDebtor(h.slack.db, {
      reference: 'PAY-ZON',
      name: 'Zonneveld Installaties',
      invoices: [
        { number: 'INV-ZON-1', cents: 50_000, dueDate: addDays(today, -20) },
        { number: 'INV-ZON-2', cents: 30_000, dueDate: addDays(today, -10) },
      ],
    });
    await importStatement(h.slack.db, {
      statementId: 'ZON-1',
      entries: [
        {
          ref: 'Z-1',
          amount: '300.00',
          name: 'Zonneveld Installaties BV',
          iban: ZONNEVELD,
          ustrd: ['betaling'],
        },
      ],
    });
    const entry = await entryOf('ZON-1', 'Z-1');
    expect(entry.outcome).toBe('needs_review');

    await h.slack.runtime.runOnce(); // Slack's payment review message is posted, as today.
    expect(
      await prisma.slackOutbox.count({
        where: { idempotencyKey: `payment_review:${OUR_ACCOUNT}:ZON-1:Z-1` },
      }),
    ).toBe(1);
    const page = await fiona.client.get('/console/triage');
    expect(page.status).toBe(200);
    expect(page.html).toContain(`action="/console/payments/${entry.id}/apply"`);
    expect(page.html).toMatch(/name="pick"[^>]*value="INV-ZON-2"/);
    // Listed once: on its bank card, not again among the providers' payments.
    expect(page.html).not.toContain(`id="p-${OUR_ACCOUNT}:ZON-1:Z-1"`);
    expect((await fiona.client.get('/console')).html).toContain('1 thing waits in triage');

    // An invoice that does not exist: the form comes back with the error beside the field, typed value kept.
    const unknown = await fiona.client.post(`/console/payments/${entry.id}/apply`, {
      csrf: fiona.csrf,
      invoice: 'INV-NOPE-9',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.html).toContain('Not applied: there is no invoice INV-NOPE-9.');
    expect(unknown.html).toMatch(/id="pa-[^"]+-invoice-error"/);
    expect(unknown.html).toMatch(/name="invoice"[^>]*value="INV-NOPE-9"[^>]*aria-invalid="true"/);
    expect(await readInvoiceStanding(h.slack.db, 'INV-ZON-2')).toEqual({ openCents: 30_000, payments: [] });

    // An invoice that does not fit (settled): refused beside the field, nothing booked, still waiting.
    await prisma.invoice.update({ where: { number: 'INV-ZON-1' }, data: { status: 'paid', openCents: 0 } });
    const settled = await fiona.client.post(`/console/payments/${entry.id}/apply`, {
      csrf: fiona.csrf,
      pick: 'INV-ZON-2',
      invoice: 'INV-ZON-1',
    });
    expect(settled.status).toBe(422);
    expect(settled.html).toContain('Not applied: the invoice is already paid (nothing open).');
    expect(settled.html).toMatch(/name="pick"[^>]*value="INV-ZON-2"[^>]*checked/);
    expect(await prisma.payment.count({ where: { debtorId } })).toBe(0);
    expect(
      await prisma.providerPayment.findUniqueOrThrow({ where: { id: `${OUR_ACCOUNT}:ZON-1:Z-1` } }),
    ).toMatchObject({
      outcome: 'needs_review',
      paymentId: null,
      invoiceId: null,
    });
    await prisma.invoice.update({
      where: { number: 'INV-ZON-1' },
      data: { status: 'open', openCents: 50_000 },
    });

    const applied = await fiona.client.post(`/console/payments/${entry.id}/apply`, {
      csrf: fiona.csrf,
      pick: 'INV-ZON-2',
    });
    expect(applied.status).toBe(303);
    expect(applied.location).toBe(`/console/triage?notice=applied&entry=${entry.id}#payments`);
    expect(await readInvoiceStanding(h.slack.db, 'INV-ZON-2')).toEqual({ openCents: 0, payments: [30_000] });
    expect(await entryOf('ZON-1', 'Z-1')).toMatchObject({
      outcome: 'applied',
      matchRule: 'person',
      debtorId,
    });
    const audit = await prisma.auditEvent.findMany({
      where: { type: 'payment.review_applied', entityId: `${OUR_ACCOUNT}:ZON-1:Z-1` },
    });
    expect(audit.map((a) => a.actor)).toEqual(['console:fiona@acme.example']);
    // Slack's review message says who placed it where; its button is gone.
    const updates = await collectSlackUpdates(h.slack);
    expect(updates).toHaveLength(1);
    expect(String(updates[0]!.text)).toBe(
      `console:fiona@acme.example applied €300.00 (bank ${OUR_ACCOUNT}:ZON-1:Z-1) to invoice INV-ZON-2; open now €0.00.`,
    );
    expect(JSON.stringify(updates[0]!.blocks)).not.toContain('"button"');
    const after = await fiona.client.get(applied.location!);
    expect(after.html).toContain('Applied to invoice INV-ZON-2; still open: €0.00.');
    expect(after.html).not.toContain(`id="b-${entry.id}"`);

    const again = await fiona.client.post(`/console/payments/${entry.id}/apply`, {
      csrf: fiona.csrf,
      pick: 'INV-ZON-1',
    });
    expect(again.status).toBe(303);
    expect(again.location).toBe('/console/triage?notice=transfer_already#payments');
    expect((await fiona.client.get(again.location!)).html).toContain('This transfer was decided already');
    expect(await readInvoiceStanding(h.slack.db, 'INV-ZON-1')).toEqual({ openCents: 50_000, payments: [] });
    expect(
      await prisma.auditEvent.count({
        where: { type: 'payment.review_applied', entityId: audit[0]!.entityId },
      }),
    ).toBe(1);

    // The account is remembered: the next transfer from it with an exact open amount applies by itself.
    await importStatement(h.slack.db, {
      statementId: 'ZON-2',
      entries: [{ ref: 'Z-2', amount: '500.00', name: 'Zonneveld', iban: ZONNEVELD, ustrd: ['termijn'] }],
    });
    expect(await entryOf('ZON-2', 'Z-2')).toMatchObject({
      outcome: 'applied',
      matchRule: 'known_iban',
      debtorId,
    });
    expect(await readInvoiceStanding(h.slack.db, 'INV-ZON-1')).toEqual({ openCents: 0, payments: [50_000] });
  });

  it('a likely repeat needs "apply it anyway", as in Slack; one Slack decided already changes nothing here', async () => {
    await seedDebtor(h.slack.db, {
      reference: 'PAY-DEL',
      name: 'Delta Logistics',
      invoices: [{ number: 'INV-DEL-1', cents: 20_000, dueDate: addDays(today, -15) }],
    });
    const same = { amount: '50.00', name: 'Delta Logistics', iban: DELTA, ustrd: ['INV-DEL-1'] };
    await importStatement(h.slack.db, { statementId: 'DEL-INTRA', entries: [same] });
    await importStatement(h.slack.db, { statementId: 'DEL-EOD', entries: [same, same] });
    expect(await readInvoiceStanding(h.slack.db, 'INV-DEL-1')).toEqual({
      openCents: 10_000,
      payments: [5_000, 5_000],
    });
    const repeat = await entryOf('DEL-EOD', '#1');
    expect(repeat).toMatchObject({ outcome: 'needs_review' });
    expect(repeat.duplicateOf).not.toBeNull();
    const page = await fiona.client.get('/console/triage');
    expect(page.html).toContain(`id="pa-${repeat.id}-anyway"`);

    const unticked = await fiona.client.post(`/console/payments/${repeat.id}/apply`, {
      csrf: fiona.csrf,
      invoice: 'INV-DEL-1',
    });
    expect(unticked.status).toBe(422);
    expect(unticked.html).toContain(
      'This looks like the transfer already imported from statement DEL-INTRA (DEL-INTRA.xml). If it is a second transfer, tick &quot;apply it anyway&quot;.',
    );
    expect(unticked.html).toMatch(/name="invoice"[^>]*value="INV-DEL-1"/);
    expect(await readInvoiceStanding(h.slack.db, 'INV-DEL-1')).toEqual({
      openCents: 10_000,
      payments: [5_000, 5_000],
    });

    const anyway = await fiona.client.post(`/console/payments/${repeat.id}/apply`, {
      csrf: fiona.csrf,
      invoice: 'INV-DEL-1',
      anyway: '1',
    });
    expect(anyway.status).toBe(303);
    expect(await readInvoiceStanding(h.slack.db, 'INV-DEL-1')).toEqual({
      openCents: 5_000,
      payments: [5_000, 5_000, 5_000],
    });
    const audit = await h.slack.db.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'payment.review_applied', entityId: `${OUR_ACCOUNT}:DEL-EOD:#1` },
    });
    expect(audit).toMatchObject({ actor: 'console:fiona@acme.example', data: { appliedAnyway: true } });

    // Decided in Slack first: the console's submit changes nothing and says so.
    await importStatement(h.slack.db, {
      statementId: 'DEL-2',
      entries: [
        { ref: 'D-2', amount: '25.00', name: 'Someone Else', iban: 'NL18ABNA0484869868', ustrd: ['x'] },
      ],
    });
    const other = await entryOf('DEL-2', 'D-2');
    expect(
      await decideBankTransferReview({
        db: h.slack.db,
        providerPaymentId: `${OUR_ACCOUNT}:DEL-2:D-2`,
        invoiceNumber: 'INV-DEL-1',
        actor: 'slack:U_FIN',
      }),
    ).toMatchObject({ kind: 'applied' });
    const late = await fiona.client.post(`/console/payments/${other.id}/apply`, {
      csrf: fiona.csrf,
      invoice: 'INV-DEL-1',
    });
    expect(late.location).toBe('/console/triage?notice=transfer_already#payments');
    expect(await readInvoiceStanding(h.slack.db, 'INV-DEL-1')).toEqual({
      openCents: 2_500,
      payments: [2_500, 5_000, 5_000, 5_000],
    });

    // More than is open: applied up to the open amount, the rest waits for finance, and the notice says so.
    await importStatement(h.slack.db, {
      statementId: 'DEL-3',
      entries: [
        { ref: 'D-3', amount: '100.00', name: 'Third Party', iban: 'NL44RABO0123456789', ustrd: ['y'] },
      ],
    });
    const over = await entryOf('DEL-3', 'D-3');
    const overpaid = await fiona.client.post(`/console/payments/${over.id}/apply`, {
      csrf: fiona.csrf,
      invoice: 'INV-DEL-1',
    });
    expect(overpaid.status).toBe(303);
    const told = await fiona.client.get(overpaid.location!);
    expect(told.html).toContain('Applied to invoice INV-DEL-1; still open: €0.00.');
    expect(told.html).toContain(
      'What it paid beyond the open amount waits below: overpaid by 7500 cents: refund it or apply it to another invoice.',
    );
    expect(told.html).toContain(`id="b-${over.id}"`);
    expect(told.html).toContain(
      'Not placed from here (part of it is booked already, or it is no incoming transfer): correct it in the ledger.',
    );
  });
});
