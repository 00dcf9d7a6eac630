import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSlackRound } from './support/run-slack-round.ts';
import { seedDisputeInSlack } from './support/seed-dispute-in-slack.ts';
import { type ConsoleHarness, startConsoleHarness } from './support/start-console-harness.ts';

/**
 * Escalation, as Slack's Escalate button does it (moveDispute; the hand-off message updated and
 * finance's channel told), and what Slack has no button for: finance taking up an escalated
 * dispute in the console, handing it back to sales or settling it.
 */
describe('console sales view: escalating a dispute to finance, and finance taking it up', () => {
  let h: ConsoleHarness;
  let sam: Awaited<ReturnType<ConsoleHarness['signInAs']>>;
  let fiona: Awaited<ReturnType<ConsoleHarness['signInAs']>>;

  beforeAll(async () => {
    h = await startConsoleHarness({ SLACK_FINANCE_CHANNEL: 'CFINANCE' });
    sam = await h.signInAs('sam@example.com', ['sales'], 'Sam Sales');
    fiona = await h.signInAs('fiona@example.com', ['finance'], 'Fiona Finance');
  }, 60_000);
  afterAll(async () => h?.close());

  const section = (html: string, id: string) => {
    const start = html.indexOf(`id="${id}"`);
    const end = html.indexOf('</section>', start);
    return html.slice(start, end);
  };

  it('escalates with a reason: dunning stays paused, Slack’s message and finance’s channel are told; finance hands it back', async () => {
    const prisma = h.slack.db.prisma;
    const { invoiceId, disputeId } = await seedDisputeInSlack(h, {
      reference: 'ESC-1',
      accountOwner: 'sam@example.com',
    });
    const mine = section((await sam.client.get('/console/sales')).html, 'mine');
    expect(mine).toContain(`action="/console/disputes/${disputeId}/escalate"`);

    const escalated = await sam.client.post(`/console/disputes/${disputeId}/escalate`, {
      csrf: sam.csrf,
      note: 'They threaten a lawyer; above my limit.',
    });
    expect(escalated.location).toBe(`/console/sales?notice=escalated&dispute=${disputeId}`);
    expect((await sam.client.get(escalated.location!)).html).toContain(
      'Escalated to finance: dunning stays paused until finance takes it up.',
    );
    expect(await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'escalated',
      owner: 'sam@example.com',
      resolutionNote: 'They threaten a lawyer; above my limit.',
    });
    expect(await prisma.dunningPause.count({ where: { invoiceId, liftedAt: null } })).toBe(1);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: disputeId, type: 'dispute.escalated', actor: 'console:sam@example.com' },
      }),
    ).toBe(1);
    const twice = await sam.client.post(`/console/disputes/${disputeId}/escalate`, { csrf: sam.csrf });
    expect(twice.location).toBe(`/console/sales?notice=already&dispute=${disputeId}`);
    expect(await prisma.auditEvent.count({ where: { entityId: disputeId, type: 'dispute.escalated' } })).toBe(
      1,
    );

    const round = await runSlackRound(h);
    expect(round.updates).toContain('Escalated by');
    expect(round.updates).not.toContain('dispute_escalate');
    expect(round.posts.filter((post) => post.channel === 'CFINANCE')).toHaveLength(1);

    // Finance sees it among the escalated ones, with its forms; sales sees it there without.
    const forFinance = section((await fiona.client.get('/console/sales')).html, 'escalated');
    expect(forFinance).toContain(`id="d-${disputeId}"`);
    expect(forFinance).toContain('They threaten a lawyer; above my limit.');
    expect(forFinance).toContain(`action="/console/disputes/${disputeId}/hand-back"`);
    expect(forFinance).toContain(`action="/console/disputes/${disputeId}/settle"`);
    const forSales = (await sam.client.get('/console/sales')).html;
    expect(section(forSales, 'escalated')).toContain(`id="d-${disputeId}"`);
    expect(forSales).not.toContain(`/console/disputes/${disputeId}/hand-back`);
    expect(section(forSales, 'mine')).not.toContain(`id="d-${disputeId}"`);

    const handedBack = await fiona.client.post(`/console/disputes/${disputeId}/hand-back`, {
      csrf: fiona.csrf,
      note: 'Offer them 10% and close it.',
    });
    expect(handedBack.location).toBe(`/console/sales?notice=handed_back&dispute=${disputeId}`);
    expect((await fiona.client.get(handedBack.location!)).html).toContain(
      'Handed back to sales: the dispute is with sam@example.com again.',
    );
    expect(await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'taken',
      owner: 'sam@example.com',
      resolutionNote: 'Offer them 10% and close it.',
    });
    expect(
      await prisma.auditEvent.count({
        where: { entityId: disputeId, type: 'dispute.handed_back', actor: 'console:fiona@example.com' },
      }),
    ).toBe(1);
    expect(section((await sam.client.get('/console/sales')).html, 'mine')).toContain(`id="d-${disputeId}"`);
    // Sales holds it again: finance's forms move only escalated disputes.
    const notFinances = await fiona.client.post(`/console/disputes/${disputeId}/settle`, {
      csrf: fiona.csrf,
      outcome: 'rejected',
      note: 'Too early',
    });
    expect(notFinances.location).toBe(`/console/sales?notice=already&dispute=${disputeId}`);
    expect((await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).status).toBe('taken');
    expect((await runSlackRound(h)).updates).toContain('dispute_stands'); // the buttons are back for sales
  });

  it('finance settles an escalated dispute with a credit note: what is open drops and dunning resumes on the rest', async () => {
    const prisma = h.slack.db.prisma;
    const { invoiceId, disputeId } = await seedDisputeInSlack(h, {
      reference: 'ESC-2',
      accountOwner: 'sam@example.com',
      cents: 100_000,
    });
    await sam.client.post(`/console/disputes/${disputeId}/escalate`, { csrf: sam.csrf, note: '' });
    const settled = await fiona.client.post(`/console/disputes/${disputeId}/settle`, {
      csrf: fiona.csrf,
      outcome: 'credited',
      amount: '250,00',
      note: 'Goodwill',
    });
    expect(settled.location).toBe(`/console/sales?notice=resolved&dispute=${disputeId}`);
    expect((await fiona.client.get(settled.location!)).html).toContain(
      'Credit note of €250.00 booked on INV-ESC-2',
    );
    expect(await prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'credited',
      creditCents: 25_000,
    });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      openCents: 75_000,
      status: 'open',
    });
    expect(await prisma.dunningPause.count({ where: { invoiceId, liftedAt: null } })).toBe(0);
    expect(
      await prisma.auditEvent.count({
        where: { type: 'dunning.resumed', entityId: invoiceId, actor: 'console:fiona@example.com' },
      }),
    ).toBe(1);
    const again = await fiona.client.post(`/console/disputes/${disputeId}/settle`, {
      csrf: fiona.csrf,
      outcome: 'rejected',
      note: 'Changed my mind',
    });
    expect(again.location).toBe(`/console/sales?notice=already&dispute=${disputeId}`);
    expect((await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).openCents).toBe(75_000);
  });
});
