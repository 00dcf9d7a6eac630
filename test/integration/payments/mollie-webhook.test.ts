import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedQueuedReminder } from '../../support/seed-queued-reminder.ts';
import { seedPageInvoice } from '../page/support/seed-page-invoice.ts';
import { type PageHarness, startPageHarness } from '../page/support/start-page-harness.ts';

async function checkout(link: string): Promise<Response> {
  return fetch(`${link}/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'lang=en',
    redirect: 'manual',
  });
}

async function webhook(h: PageHarness, id: string): Promise<Response> {
  return fetch(`${h.baseUrl}/payments/mollie/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ id }).toString(),
  });
}

describe('payments through the loopback Mollie API', () => {
  let h: PageHarness;
  beforeAll(async () => {
    h = await startPageHarness({ PAGE_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(async () => h?.close());

  it('checkout creates an iDEAL payment for the open balance and redirects to Mollie', async () => {
    const { invoiceId } = await seedPageInvoice(h.db, {
      number: 'INV-CO-1',
      cents: 50_000,
      openCents: 12_345,
    });
    const link = h.linkFor(invoiceId);
    const response = await checkout(link);
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(new RegExp(`^${h.mollie.url}/checkout/tr_\\w+$`));
    const created = [...h.mollie.payments.values()].at(-1)!;
    expect(created.amount).toEqual({ value: '123.45', currency: 'EUR' });
    expect(created.metadata).toEqual({ invoiceId });
    expect(created.redirectUrl).toBe(`${link}?lang=en&return=1`);
    expect(created.webhookUrl).toBe(`${h.baseUrl}/payments/mollie/webhook`);
    expect(created.description).toBe('Acme Supplies BV invoice INV-CO-1');
    const stored = await h.db.prisma.providerPayment.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ invoiceId, amountCents: 12_345, status: 'open', outcome: null });
    // A second click within minutes reuses the open checkout.
    const again = await checkout(link);
    expect(again.headers.get('location')).toBe(location);
    expect(h.mollie.requests.filter((r) => r === 'POST /v2/payments')).toHaveLength(1);
  });

  it('shows a clear page when Mollie is down at checkout, and a 401 from Mollie is logged as a key problem', async () => {
    const { invoiceId } = await seedPageInvoice(h.db, { number: 'INV-CO-DOWN', cents: 1_000 });
    h.mollie.failWith = 503;
    try {
      const response = await checkout(h.linkFor(invoiceId));
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('Temporarily unavailable');
    } finally {
      h.mollie.failWith = null;
    }
    h.mollie.failWith = 401;
    try {
      expect((await checkout(h.linkFor(invoiceId))).status).toBe(503);
    } finally {
      h.mollie.failWith = null;
    }
    expect(h.logs.some((line) => line.includes('Mollie refused MOLLIE_API_KEY'))).toBe(true);
  });

  it('a webhook for a paid payment records it once, however often and concurrently it arrives', async () => {
    const { invoiceId, debtorId } = await seedPageInvoice(h.db, { number: 'INV-WH-1', cents: 121_000 });
    await h.db.prisma.dunningPause.create({
      data: { invoiceId, reason: 'promise', until: new Date('2099-01-01T00:00:00Z'), createdBy: 'test' },
    });
    await h.db.prisma.paymentPromise.create({
      data: { debtorId, invoiceId, promisedDate: new Date('2026-12-01T00:00:00Z') },
    });
    const { proposal, outbox } = await seedQueuedReminder(h.db, {
      debtorId,
      invoiceId,
      externalId: '<queued-reminder@acme.example>',
    });
    await checkout(h.linkFor(invoiceId));
    const payment = [...h.mollie.payments.values()].at(-1)!;
    // Not paid yet: the webhook only remembers the status.
    expect((await webhook(h, payment.id)).status).toBe(200);
    expect((await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).openCents).toBe(
      121_000,
    );

    h.mollie.setStatus(payment.id, 'paid');
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => webhook(h, payment.id).then((r) => r.status)),
    );
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect((await webhook(h, payment.id)).status).toBe(200);

    const invoice = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(invoice).toMatchObject({ openCents: 0, status: 'paid' });
    const payments = await h.db.prisma.payment.findMany({ where: { invoiceId } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      amountCents: 121_000,
      source: 'mollie',
      externalId: `mollie:${payment.id}`,
    });
    const timeline = await h.db.prisma.message.findMany({ where: { debtorId, kind: 'payment' } });
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.rawText).toContain('€1210.00 received via iDEAL');
    expect(timeline[0]!.rawText).toContain('dunning stopped');
    const audit = await h.db.prisma.auditEvent.findMany({
      where: { entityId: invoiceId },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((e) => e.type)).toEqual(['payment.received', 'invoice.paid', 'dunning.stopped']);
    expect(
      (await h.db.prisma.dunningPause.findFirstOrThrow({ where: { invoiceId } })).liftedAt,
    ).not.toBeNull();
    expect((await h.db.prisma.paymentPromise.findFirstOrThrow({ where: { invoiceId } })).status).toBe('kept');
    expect((await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe(
      'expired',
    );
    // The reminder that was queued but not yet sent will not go out.
    expect((await h.db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: outbox.id } })).status).toBe(
      'cancelled',
    );
    expect(await h.db.prisma.providerPayment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({
      status: 'paid',
      outcome: 'applied',
      paymentId: payments[0]!.id,
    });

    // The page now says it is paid and offers no pay button.
    const html = await (await fetch(`${h.linkFor(invoiceId)}?lang=en`)).text();
    expect(html).toContain('This invoice is paid');
    expect(html).not.toContain('id="pay-button"');
  });

  it('a partial payment lowers the balance and dunning goes on for the rest', async () => {
    const { invoiceId } = await seedPageInvoice(h.db, { number: 'INV-PART-1', cents: 100_000 });
    const made = h.mollie.add({
      amount: { value: '300.00', currency: 'EUR' },
      metadata: { invoiceId },
      webhookUrl: `${h.baseUrl}/payments/mollie/webhook`,
    });
    h.mollie.setStatus(made.id, 'paid');
    expect(await h.mollie.callWebhook(made.id)).toBe(200);
    const invoice = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(invoice).toMatchObject({ openCents: 70_000, status: 'open' });
    const html = (await (await fetch(`${h.linkFor(invoiceId)}?lang=en`)).text()).replaceAll('\u00a0', ' ');
    expect(html).toContain('Received so far: €300.00.');
    expect(html).toContain('Pay €700.00 with iDEAL');
  });

  it('money that does not fit is stored for a person and changes no balance', async () => {
    const { invoiceId } = await seedPageInvoice(h.db, { number: 'INV-REV-1', cents: 10_000 });
    const hook = `${h.baseUrl}/payments/mollie/webhook`;
    // Another currency.
    const usd = h.mollie.add({
      amount: { value: '100.00', currency: 'USD' },
      metadata: { invoiceId },
      webhookUrl: hook,
    });
    // An invoice id we do not have.
    const ghost = h.mollie.add({
      amount: { value: '5.00', currency: 'EUR' },
      metadata: { invoiceId: '00000000-0000-4000-8000-000000000000' },
      webhookUrl: hook,
    });
    // No metadata at all: not created by the page.
    const foreign = h.mollie.add({ amount: { value: '5.00', currency: 'EUR' }, webhookUrl: hook });
    for (const p of [usd, ghost, foreign]) {
      h.mollie.setStatus(p.id, 'paid');
      expect(await h.mollie.callWebhook(p.id)).toBe(200);
    }
    expect((await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).openCents).toBe(
      10_000,
    );
    const reviews = await h.db.prisma.providerPayment.findMany({
      where: { id: { in: [usd.id, ghost.id, foreign.id] } },
    });
    expect(reviews.map((r) => r.outcome)).toEqual(['needs_review', 'needs_review', 'needs_review']);
    const byId = new Map(reviews.map((r) => [r.id, r.reviewReason]));
    expect(byId.get(usd.id)).toBe('payment is in USD, the invoice in EUR');
    expect(byId.get(ghost.id)).toContain('does not exist');
    expect(byId.get(foreign.id)).toBe('the payment names no invoice of ours');
    // The USD payment is kept with the debtor, unapplied.
    const kept = await h.db.prisma.payment.findUniqueOrThrow({ where: { externalId: `mollie:${usd.id}` } });
    expect(kept).toMatchObject({ invoiceId: null, amountCents: 10_000, currency: 'USD' });
    const events = await h.db.prisma.auditEvent.count({ where: { type: 'payment.needs_review' } });
    expect(events).toBe(3);
    // Paying an invoice that is already paid is stored too, not applied twice.
    const { invoiceId: paidId } = await seedPageInvoice(h.db, {
      number: 'INV-REV-2',
      cents: 5_000,
      openCents: 0,
      status: 'paid',
    });
    const twice = h.mollie.add({
      amount: { value: '50.00', currency: 'EUR' },
      metadata: { invoiceId: paidId },
      webhookUrl: hook,
    });
    h.mollie.setStatus(twice.id, 'paid');
    await h.mollie.callWebhook(twice.id);
    expect(
      (await h.db.prisma.providerPayment.findUniqueOrThrow({ where: { id: twice.id } })).reviewReason,
    ).toBe('the invoice is already paid (nothing open)');
  });

  it('never trusts the webhook body: unknown ids and junk change nothing', async () => {
    const before = await h.db.prisma.payment.count();
    expect((await webhook(h, 'tr_doesnotexist')).status).toBe(200);
    expect((await webhook(h, '<script>')).status).toBe(400);
    const big = await fetch(`${h.baseUrl}/payments/mollie/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `id=tr_x&amount=${'9'.repeat(4000)}`,
    });
    expect(big.status).toBe(413);
    expect(await h.db.prisma.payment.count()).toBe(before);
  });

  it('answers 503 while Mollie is down so Mollie retries, and records the payment on the retry', async () => {
    const { invoiceId } = await seedPageInvoice(h.db, { number: 'INV-DOWN-1', cents: 2_500 });
    const p = h.mollie.add({
      amount: { value: '25.00', currency: 'EUR' },
      metadata: { invoiceId },
      webhookUrl: `${h.baseUrl}/payments/mollie/webhook`,
    });
    h.mollie.setStatus(p.id, 'paid');
    h.mollie.failWith = 503;
    try {
      expect((await webhook(h, p.id)).status).toBe(503);
    } finally {
      h.mollie.failWith = null;
    }
    expect((await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).status).toBe('open');
    expect((await webhook(h, p.id)).status).toBe(200);
    expect((await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).status).toBe('paid');
    expect(h.logs.some((line) => line.includes(`${p.id} failed, the provider will retry`))).toBe(true);
  });
});
