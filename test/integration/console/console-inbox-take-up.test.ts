import { describe, expect, it } from 'vitest';
import { renderPlanModal } from '../../../channels/slack/blocks/render-plan-modal.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { prefillPlanChange } from '../../../domain/plans/prefill-plan-change.ts';
import { loadProposalForSlack } from '../../../prisma/proposals/load-proposal-for-slack.ts';
import { receiveEmail } from '../slack/support/receive-email.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { collectSlackUpdates } from './support/collect-slack-updates.ts';
import { seedDisputeHandoff } from './support/seed-dispute.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

const LIQUIDITY =
  'Hello,\n\nWe are going through a difficult period with our cash flow and cannot pay invoice INV-CHG-1 in one go. ' +
  'Could we pay it in 3 monthly instalments?\n\nKind regards,\nPeter';

describe('console inbox: every kind decided there (plans changed, hand-offs opened, messages triaged)', () => {
  const { h, fiona } = useConsoleHarness();
  const today = amsterdamDate(new Date());

  /** A debtor with one invoice 20 days overdue writes `text` about it from `from`. */
  const mailAbout = async (reference: string, name: string, cents: number, from: string, text: string) => {
    const seeded = await seedDebtor(h.slack.db, {
      reference,
      name,
      invoices: [{ number: `INV-${reference}`, cents, dueDate: addDays(today, -20) }],
    });
    return receiveEmail(h.slack.db, {
      debtorId: seeded.debtorId,
      invoiceId: seeded.invoiceIds[0]!,
      from,
      text,
    });
  };

  it('changes a proposed plan before approving it, checked as Slack’s Change form checks it', async () => {
    const received = await mailAbout('CHG-1', 'Acme Foods BV', 726_000, 'peter@acme.example', LIQUIDITY);
    expect(received.proposal?.action).toBe('request_plan_approval');
    const proposalId = received.proposalId!;
    const inbox = await fiona.client.get('/console?kind=plan');
    expect(inbox.html).toContain(`action="/console/proposals/${proposalId}/change"`);
    // The form starts from the proposal's schedule: the values Slack's Change modal shows.
    const slack = await loadProposalForSlack({ prisma: h.slack.db.prisma, proposalId });
    const schedule = slack!.schedule!;
    expect(schedule).toMatchObject({ count: 3, period: 'month', downPaymentCents: 0 });
    const modal = JSON.stringify(
      renderPlanModal({
        proposalId,
        debtorName: slack!.debtor.name,
        ...prefillPlanChange({ schedule, today }),
      }),
    );
    const first = schedule.instalments[0]!.dueDate;
    expect(modal).toContain('"initial_value":"3"');
    expect(modal).toContain(`"initial_date":"${first}"`);
    expect(modal).toContain('"initial_option":{"text":{"type":"plain_text","text":"month"},"value":"month"}');
    expect(inbox.html).toContain(
      `<input id="count-${proposalId}" name="count" type="number" min="1" max="60" required value="3">`,
    );
    expect(inbox.html).toContain('<option value="month" selected>');
    expect(inbox.html).toContain(
      `<input id="start-${proposalId}" name="start" type="date" required value="${first}">`,
    );
    expect(inbox.html).toContain(
      `<input id="down-${proposalId}" name="down" type="text" inputmode="decimal" maxlength="20">`,
    );

    const start = addDays(today, 10);
    /** Fiona's Change form: `count` instalments a month from `first`, `down` paid first. */
    const change = (count: number, first: string, down: string) =>
      fiona.client.post(`/console/proposals/${proposalId}/change`, {
        csrf: fiona.csrf,
        count: String(count),
        period: 'month',
        start: first,
        down,
      });
    const tooLong = await change(12, start, '1000.00');
    expect(tooLong.status).toBe(422);
    expect(tooLong.html).toContain('Nothing was saved.');
    expect(tooLong.html).toContain('beyond the policy maximum of 6 months');
    const past = await change(4, addDays(today, -1), '');
    expect(past.html).toContain('The first payment cannot be in the past.');
    const prisma = h.slack.db.prisma;
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe('proposed');

    const ok = await change(4, start, '1000.00');
    expect(ok.location).toBe('/console?changed=1');
    expect((await fiona.client.get(ok.location!)).html).toContain(
      'The changed plan is approved and carried out.',
    );
    const plan = await prisma.paymentPlan.findUniqueOrThrow({
      where: { proposalId },
      include: { installments: { orderBy: { sequence: 'asc' } } },
    });
    // 7,260.00 open: 1,000.00 down, then four of 1,565.00.
    expect(plan.installments.map((i) => i.amountCents)).toEqual([
      100_000, 156_500, 156_500, 156_500, 156_500,
    ]);
    const approved = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: proposalId, type: 'proposal.approved' },
    });
    expect(approved).toMatchObject({ actor: 'console:fiona@acme.example', data: { changed: true } });
    // Changed twice: already decided, nothing changes.
    const again = await change(2, start, '');
    expect(again.status).toBe(422);
    expect(again.html).toContain('Already executed');
    expect(await prisma.paymentPlan.count({ where: { proposalId } })).toBe(1);
  });

  it('opens a dispute hand-off for sales from the inbox, once', async () => {
    const { handoffId, debtorId } = await seedDisputeHandoff(h.slack.db, {
      reference: 'TKU-1',
      accountOwner: null,
    });
    expect((await fiona.client.get('/console?kind=dispute')).html).toContain(
      `action="/console/proposals/${handoffId}/open-dispute"`,
    );
    const opened = await fiona.client.post(`/console/proposals/${handoffId}/open-dispute`, {
      csrf: fiona.csrf,
    });
    expect(opened.location).toBe('/console?opened=1');
    const prisma = h.slack.db.prisma;
    expect(await prisma.dispute.findFirstOrThrow({ where: { debtorId } })).toMatchObject({
      status: 'open',
      owner: null,
    });
    expect(
      await prisma.auditEvent.count({
        where: { type: 'dispute.opened', actor: 'console:fiona@acme.example' },
      }),
    ).toBe(1);
    const twice = await fiona.client.post(`/console/proposals/${handoffId}/open-dispute`, {
      csrf: fiona.csrf,
    });
    expect(twice.location).toBe('/console?already=1');
    expect(await prisma.dispute.count({ where: { debtorId } })).toBe(1);
  });

  it('triages an uncertain message with finance’s reason: the policy proposes from it, and Slack’s triage message shows it', async () => {
    const received = await mailAbout(
      'TRG-1',
      'Groenrijk Hoveniers',
      120_000,
      'info@groenrijk.example',
      'Please call me back about this.',
    );
    expect(received.proposal?.action).toBe('human_review');
    await h.slack.runtime.runOnce(); // Slack's triage message is posted, as today.
    const review = await h.slack.db.prisma.proposal.findFirstOrThrow({
      where: { messageId: received.messageId!, action: 'human_review' },
    });
    expect((await fiona.client.get('/console?kind=review')).html).toContain(
      `action="/console/proposals/${review.id}/triage"`,
    );
    const triaged = await fiona.client.post(`/console/proposals/${review.id}/triage`, {
      csrf: fiona.csrf,
      reason: 'dispute',
    });
    expect(triaged.location).toBe('/console?triaged=1');
    const proposals = await h.slack.db.prisma.proposal.findMany({
      where: { messageId: received.messageId! },
      orderBy: { createdAt: 'asc' },
    });
    expect(proposals.map((p) => [p.action, p.status])).toEqual([
      ['human_review', 'expired'],
      ['handoff_to_sales', 'proposed'],
    ]);
    const latest = await h.slack.db.prisma.classification.findFirstOrThrow({
      where: { messageId: received.messageId! },
      orderBy: { createdAt: 'desc' },
    });
    expect(latest).toMatchObject({
      reason: 'dispute',
      decidedBy: 'console:fiona@acme.example',
      confidence: 1,
    });
    const twice = await fiona.client.post(`/console/proposals/${review.id}/triage`, {
      csrf: fiona.csrf,
      reason: 'other',
    });
    expect(twice.location).toBe('/console?already=1');
    const updates = JSON.stringify(await collectSlackUpdates(h.slack));
    expect(updates).toContain('console:fiona@acme.example');
  });
});
