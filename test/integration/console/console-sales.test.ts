import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER } from '../slack/support/start-slack-harness.ts';
import { collectSlackUpdates } from './support/collect-slack-updates.ts';
import type { ConsoleClient } from './support/console-client.ts';
import { seedDisputeHandoff } from './support/seed-dispute.ts';
import { seedDisputeInSlack } from './support/seed-dispute-in-slack.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

describe('console sales view: disputes settled through the lifecycle Slack uses', () => {
  let h: ConsoleHarness;
  let anna: { client: ConsoleClient; csrf: string };
  let bob: { client: ConsoleClient; csrf: string };

  beforeAll(async () => {
    // Anna owns accounts under her e-mail; in Slack she is OWNER (as SLACK_ACCOUNT_OWNERS maps her).
    h = await startConsoleHarness({ SLACK_ACCOUNT_OWNERS: `anna@example.com=${OWNER}` });
    anna = await h.signInAs('anna@example.com', ['sales'], 'Anna Sales');
    bob = await h.signInAs('bob@example.com', ['sales'], 'Bob Sales');
  }, 60_000);
  afterAll(async () => h?.close());

  it('shows Anna the disputes on her accounts with the debtor’s words and the invoice; Bob does not see them', async () => {
    const { disputeId } = await seedDisputeInSlack(h, {
      reference: 'SAL-1',
      accountOwner: 'anna@example.com',
    });
    const page = await anna.client.get('/console/sales');
    expect(page.status).toBe(200);
    const mine = page.html.slice(page.html.indexOf('id="mine"'), page.html.indexOf('id="handoffs"'));
    expect(mine).toContain(`id="d-${disputeId}"`);
    expect(mine).toContain('Only 8 of the 10 pallets were delivered');
    expect(mine).toContain('INV-SAL-1');
    expect(mine).toContain('€2,400.00');
    expect(mine).toContain(`/console/disputes/${disputeId}/resolve`);
    expect((await bob.client.get('/console/sales')).html).not.toContain(disputeId);
  });

  it('books a credit note: open amount lowered, dunning resumes, audited as Anna, Slack message updated; a second decision changes nothing', async () => {
    const { disputeId, invoiceId } = await seedDisputeInSlack(h, {
      reference: 'SAL-2',
      accountOwner: 'anna@example.com',
    });
    const prisma = h.slack.db.prisma;
    // Taken in Slack by OWNER: still Anna's in the console (her Slack id).
    await prisma.dispute.update({ where: { id: disputeId }, data: { status: 'taken', owner: OWNER } });
    expect((await anna.client.get('/console/sales')).html).toContain(`id="d-${disputeId}"`);

    const tooMuch = await anna.client.post(`/console/disputes/${disputeId}/resolve`, {
      csrf: anna.csrf,
      outcome: 'credited',
      amount: '2500,00',
      note: '',
    });
    expect(tooMuch.location).toBe(`/console/sales?notice=invalid_amount&dispute=${disputeId}`);
    expect((await anna.client.get(tooMuch.location!)).html).toContain(
      'Enter an amount above 0 and at most €2,400.00',
    );
    expect((await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).status).toBe('taken');

    const done = await anna.client.post(`/console/disputes/${disputeId}/resolve`, {
      csrf: anna.csrf,
      outcome: 'credited',
      amount: '400,00',
      note: 'Two damaged pallets credited.',
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/console/sales?notice=resolved&dispute=${disputeId}`);
    const shown = await anna.client.get(done.location!);
    expect(shown.html).toContain(
      'Credit note of €400.00 booked on INV-SAL-2; still open: €2,000.00. Dunning resumes on what is open.',
    );
    expect(shown.html).toContain('Reason recorded: Two damaged pallets credited.');
    expect(shown.html).not.toContain(`id="d-${disputeId}"`);
    expect(await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'credited',
      creditCents: 40_000,
      owner: OWNER,
      resolutionNote: 'Two damaged pallets credited.',
    });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'open',
      openCents: 200_000,
    });
    expect(await prisma.dunningPause.count({ where: { invoiceId, liftedAt: null } })).toBe(0);
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: { in: [disputeId, invoiceId] }, actor: 'console:anna@example.com' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((event) => event.type)).toEqual([
      'dispute.credited',
      'dunning.resumed',
      'invoice.credited',
    ]);

    const again = await anna.client.post(`/console/disputes/${disputeId}/resolve`, {
      csrf: anna.csrf,
      outcome: 'rejected',
      note: 'Changed my mind.',
    });
    expect(again.location).toBe(`/console/sales?notice=already&dispute=${disputeId}`);
    expect((await anna.client.get(again.location!)).html).toContain(
      'This dispute was already credited; nothing changed.',
    );
    // dispute.opened and dispute.credited, nothing more
    expect(await prisma.auditEvent.count({ where: { entityId: disputeId } })).toBe(2);
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).openCents).toBe(200_000);

    const updates = await collectSlackUpdates(h.slack);
    expect(updates).toHaveLength(1);
    const text = JSON.stringify(updates[0]);
    expect(text).toContain('credit note of €400.00');
    expect(text).toContain('Two damaged pallets credited.');
    expect(text).not.toContain('dispute_credit');
  });

  it('replaces an invoice with a corrected one: the disputed invoice is closed and its dunning ends', async () => {
    const { disputeId, invoiceId } = await seedDisputeInSlack(h, {
      reference: 'SAL-3',
      accountOwner: 'anna@example.com',
    });
    const done = await anna.client.post(`/console/disputes/${disputeId}/resolve`, {
      csrf: anna.csrf,
      outcome: 'corrected',
      invoiceNumber: 'INV-SAL-3C',
      note: '',
    });
    expect(done.location).toBe(`/console/sales?notice=resolved&dispute=${disputeId}`);
    expect((await anna.client.get(done.location!)).html).toContain(
      'INV-SAL-3 is closed and replaced by corrected invoice INV-SAL-3C; dunning on INV-SAL-3 ends.',
    );
    const prisma = h.slack.db.prisma;
    expect(await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'corrected',
      correctedInvoiceNumber: 'INV-SAL-3C',
      owner: 'anna@example.com',
    });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'credited',
      openCents: 0,
    });
    const types = (
      await prisma.auditEvent.findMany({
        where: { entityId: { in: [disputeId, invoiceId] } },
        orderBy: { id: 'asc' },
      })
    ).map((event) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['dispute.corrected', 'dunning.ended', 'invoice.corrected']),
    );
    expect(await prisma.dunningPause.count({ where: { invoiceId, liftedAt: null } })).toBe(0);
  });

  it('rejects with a reason (required): the invoice stands and dunning resumes', async () => {
    const { disputeId, invoiceId } = await seedDisputeInSlack(h, {
      reference: 'SAL-4',
      accountOwner: 'anna@example.com',
    });
    const empty = await anna.client.post(`/console/disputes/${disputeId}/resolve`, {
      csrf: anna.csrf,
      outcome: 'rejected',
      note: ' ',
    });
    expect(empty.location).toBe(`/console/sales?notice=invalid&dispute=${disputeId}`);
    const prisma = h.slack.db.prisma;
    expect((await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).status).toBe('open');
    const done = await anna.client.post(`/console/disputes/${disputeId}/resolve`, {
      csrf: anna.csrf,
      outcome: 'rejected',
      note: 'Delivery note signed for 10 pallets in good order.',
    });
    const shown = await anna.client.get(done.location!);
    expect(shown.html).toContain('Dispute rejected: INV-SAL-4 stands (€2,400.00 open) and dunning resumes.');
    expect(shown.html).toContain('Reason recorded: Delivery note signed for 10 pallets in good order.');
    expect(await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'resolved_stands',
      resolutionNote: 'Delivery note signed for 10 pallets in good order.',
    });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'open',
      openCents: 240_000,
    });
  });

  it('without Slack: a hand-off on an account nobody owns waits in every sales view; taking it opens the dispute for the taker', async () => {
    const { handoffId, debtorId } = await seedDisputeHandoff(h.slack.db, {
      reference: 'SAL-5',
      accountOwner: null,
    });
    const seen = await bob.client.get('/console/sales');
    const handoffs = seen.html.slice(
      seen.html.indexOf('id="handoffs"'),
      seen.html.indexOf('id="unassigned"'),
    );
    expect(handoffs).toContain(`/console/handoffs/${handoffId}/take`);
    expect(handoffs).toContain('Only 8 of the 10 pallets were delivered');
    const taken = await bob.client.post(`/console/handoffs/${handoffId}/take`, { csrf: bob.csrf });
    expect(taken.location).toBe('/console/sales?notice=taken&n=1');
    const prisma = h.slack.db.prisma;
    const dispute = await prisma.dispute.findFirstOrThrow({ where: { debtorId } });
    expect(dispute).toMatchObject({ status: 'taken', owner: 'bob@example.com' });
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: handoffId } })).status).toBe('executed');
    // Now Bob's; Anna does not see it (it is not her account and it is taken).
    expect((await bob.client.get('/console/sales')).html).toContain(`id="d-${dispute.id}"`);
    expect((await anna.client.get('/console/sales')).html).not.toContain(dispute.id);
    const twice = await anna.client.post(`/console/handoffs/${handoffId}/take`, { csrf: anna.csrf });
    expect(twice.location).toBe('/console/sales?notice=already');
    expect(await prisma.dispute.count({ where: { debtorId } })).toBe(1);
  });
});
