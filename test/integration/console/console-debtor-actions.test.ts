import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { ConsoleClient } from './support/console-client.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

describe('console debtor page buttons: resend the invoice, send a payment link, hand to sales', () => {
  const { h, fiona } = useConsoleHarness();
  let debtorId: string;

  beforeAll(async () => {
    await h.addStaff('sam@acme.example', ['sales'], 'Sam Sales');
    ({ debtorId } = await seedDebtor(h.slack.db, {
      reference: 'ACT-1',
      name: 'Actie BV',
      invoices: [
        { number: 'INV-ACT-1', cents: 50_000, dueDate: addDays(amsterdamDate(new Date()), -20) },
        { number: 'INV-ACT-2', cents: 25_000, dueDate: addDays(amsterdamDate(new Date()), -5) },
      ],
    }));
  }, 60_000);

  const act = (what: string) =>
    fiona.client.post(`/console/debtors/${debtorId}/act`, { csrf: fiona.csrf, do: what });

  it('resends the invoice through a resend_invoice proposal carried out at once; a double click stores nothing new', async () => {
    const page = await fiona.client.get(`/console/debtors/${debtorId}`);
    expect(page.html).toContain('value="resend_invoice"');
    const done = await act('resend_invoice');
    expect(done.location).toMatch(
      new RegExp(`^/console/debtors/${debtorId}\\?done=resend_invoice&proposal=`),
    );
    expect((await fiona.client.get(done.location!)).html).toContain(
      'The invoice details are queued for the debtor (the notices worker sends it).',
    );
    const prisma = h.slack.db.prisma;
    const proposal = await prisma.proposal.findFirstOrThrow({
      where: { debtorId, action: 'resend_invoice' },
    });
    expect(proposal).toMatchObject({ status: 'executed', decidedBy: 'console:fiona@acme.example' });
    expect(
      await prisma.actionNotice.count({ where: { proposalId: proposal.id, template: 'invoice_copy' } }),
    ).toBe(1);

    const again = await act('resend_invoice');
    expect(again.location).toContain('&again=1');
    expect((await fiona.client.get(again.location!)).html).toContain(
      'Asked a moment ago already; nothing new was stored.',
    );
    expect(await prisma.proposal.count({ where: { debtorId, action: 'resend_invoice' } })).toBe(1);
  });

  it('sends a payment link for what is open', async () => {
    const done = await act('send_payment_link');
    expect((await fiona.client.get(done.location!)).html).toContain(
      'The payment link is queued for the debtor',
    );
    const prisma = h.slack.db.prisma;
    const proposal = await prisma.proposal.findFirstOrThrow({
      where: { debtorId, action: 'send_payment_link' },
    });
    expect(proposal.status).toBe('executed');
    expect(proposal.params).toMatchObject({ amountCents: 75_000 });
    expect(
      await prisma.actionNotice.count({ where: { proposalId: proposal.id, template: 'payment_link' } }),
    ).toBe(1);
  });

  it('hands the account to sales: a dispute per open invoice, shown in the sales view; sales has no buttons here', async () => {
    const done = await act('handoff_to_sales');
    expect((await fiona.client.get(done.location!)).html).toContain(
      '2 disputes opened for sales; dunning holds on those invoices.',
    );
    const prisma = h.slack.db.prisma;
    expect(await prisma.dispute.count({ where: { debtorId, status: 'open' } })).toBe(2);
    expect(await prisma.invoice.count({ where: { debtorId, status: 'disputed' } })).toBe(2);
    const sam = new ConsoleClient(h.baseUrl);
    await sam.signInWithLink(h.smtp, 'sam@acme.example');
    expect((await sam.get('/console/sales')).html).toContain('INV-ACT-1');
    expect((await sam.get(`/console/debtors/${debtorId}`)).html).not.toContain(
      `/console/debtors/${debtorId}/act`,
    );
    // Nothing left simply open: a payment link now says so and stores nothing.
    const none = await act('send_payment_link');
    expect(none.location).toBe(`/console/debtors/${debtorId}?notice=nothing_to_act_on&do=send_payment_link`);
  });
});
