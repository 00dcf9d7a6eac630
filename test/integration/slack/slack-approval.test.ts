import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSlackOutbox } from '../../../bot/decisions/send-slack-outbox.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { openModalByClick } from './support/open-modal-by-click.ts';
import { receiveEmail } from './support/receive-email.ts';
import { seedDebtor } from './support/seed-debtor.ts';
import { buttonClick, postToSlackRoute } from './support/slack-requests.ts';
import {
  FINANCE,
  GROUP_APPROVER,
  OUTSIDER,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/start-slack-harness.ts';

const LIQUIDITY =
  'Hello,\n\nWe are going through a difficult period with our cash flow and cannot pay invoice INV-SLK-1 in one go. ' +
  'Could we pay it in 3 monthly instalments?\n\nKind regards,\nPeter';

type Block = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { action_id?: string; value?: string; text?: unknown }[];
};
const textOf = (blocks: Block[]) =>
  blocks
    .flatMap((block) => [
      block.text?.text ?? '',
      ...(block.fields ?? []).map((f) => f.text),
      ...(block.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : '')),
    ])
    .join('\n');

describe('Slack approval requests over HTTP', () => {
  let h: SlackHarness;
  let proposalId: string;
  let debtorId: string;
  let invoiceId: string;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    h = await startSlackHarness();
    const seeded = await seedDebtor(h.db, {
      reference: 'SLK-1',
      name: 'Acme Foods BV',
      invoices: [{ number: 'INV-SLK-1', cents: 726_000, dueDate: addDays(today, -20) }],
    });
    debtorId = seeded.debtorId;
    invoiceId = seeded.invoiceIds[0]!;
  });
  afterAll(async () => h?.close());

  it('a liquidity reply produces an approval request with everything needed to decide', async () => {
    const result = await receiveEmail(h.db, {
      debtorId,
      invoiceId,
      from: 'peter@acme.example',
      text: LIQUIDITY,
    });
    expect(result.understanding.reason).toBe('liquidity');
    expect(result.proposal?.action).toBe('request_plan_approval');
    proposalId = result.proposalId!;

    const round = await h.runtime.runOnce();
    expect(round.dispatched.approvals).toBe(1);
    const posts = h.api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const post = posts[0]!.args as { channel: string; text: string; blocks: Block[] };
    expect(post.channel).toBe('CFINANCE');
    const text = textOf(post.blocks);
    expect(text).toContain('Acme Foods BV (SLK-1)');
    expect(text).toContain('€7,260.00');
    expect(text).toContain('INV-SLK-1');
    expect(text).toContain('20 days overdue');
    expect(text).toMatch(/\*liquidity\* \(\d+% confidence\)/);
    expect(text).toContain('cannot pay invoice INV-SLK-1 in one go');
    expect(text).toMatch(/Proposed plan\* \(monthly\)\n1\. \d{4}-\d\d-\d\d: €2,420\.00/);
    const actions = post.blocks.find((block) => block.type === 'actions')!;
    expect(actions.elements!.map((e) => [e.action_id, e.value])).toEqual([
      ['proposal_approve', proposalId],
      ['proposal_reject', proposalId],
      ['proposal_change', proposalId],
    ]);
    // A second round posts nothing new.
    expect((await h.runtime.runOnce()).dispatched.approvals).toBe(0);
  });

  it('refuses a forged click and a replayed one, and changes nothing', async () => {
    const click = buttonClick({ actionId: 'proposal_approve', value: proposalId, user: FINANCE });
    const forged = await postToSlackRoute(h.url, { ...click, secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const replayed = await postToSlackRoute(h.url, {
      ...click,
      secret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 5 * 60 - 1,
    });
    expect(replayed.status).toBe(401);
    const future = await postToSlackRoute(h.url, {
      ...click,
      secret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) + 6 * 60,
    });
    expect(future.status).toBe(401);
    const proposal = await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal.status).toBe('proposed');
    expect(await h.db.prisma.paymentPlan.count()).toBe(0);
  });

  it('gives someone who is not a finance approver an ephemeral refusal', async () => {
    const response = await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'proposal_approve', value: proposalId, user: OUTSIDER }),
      secret: SIGNING_SECRET,
    });
    expect(response.status).toBe(200);
    expect((await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe(
      'proposed',
    );
    await h.runtime.runOnce();
    const refusal = h.api.callsTo('chat.postEphemeral').at(-1)!.args;
    expect(refusal).toMatchObject({ channel: 'CFINANCE', user: OUTSIDER });
    expect(String(refusal.text)).toContain('Only finance approvers');
  });

  it('a signed Approve click executes the plan, tells the debtor, logs the Slack user and updates the message', async () => {
    const response = await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'proposal_approve', value: proposalId, user: FINANCE }),
      secret: SIGNING_SECRET,
    });
    expect(response.status).toBe(200);

    const proposal = await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(proposal).toMatchObject({ status: 'executed', decidedBy: `slack:${FINANCE}` });
    const plan = await h.db.prisma.paymentPlan.findUniqueOrThrow({
      where: { proposalId },
      include: { installments: true },
    });
    expect(plan.status).toBe('active');
    expect(plan.installments.map((i) => i.amountCents)).toEqual([242_000, 242_000, 242_000]);
    expect(await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'planned',
      paymentPlanId: plan.id,
    });
    const audit = await h.db.prisma.auditEvent.findMany({
      where: { entityId: { in: [proposalId, plan.id] } },
    });
    expect(audit.map((event) => [event.type, event.actor])).toEqual(
      expect.arrayContaining([
        ['proposal.approved', `slack:${FINANCE}`],
        ['plan.created', `slack:${FINANCE}`],
      ]),
    );
    // The click ends with the notice committed; the worker's round hands it to the debtor's channel
    // and updates the approval message. The debtor wrote by e-mail, so the confirmation waits in
    // the e-mail outbox.
    await h.runtime.runOnce();
    const outbox = await h.db.prisma.emailOutbox.findMany({ where: { debtorId } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      template: 'payment_plan_confirmation',
      idempotencyKey: `proposal-executed:${plan.proposalId}:payment_plan_confirmation`,
      status: 'pending',
    });
    const notice = await h.db.prisma.message.findUniqueOrThrow({ where: { id: outbox[0]!.messageId } });
    expect(notice).toMatchObject({
      direction: 'outbound',
      status: 'queued',
      channel: 'email',
      // An answer to the debtor's own mail goes back to whoever wrote it, in that thread.
      toAddress: 'peter@acme.example',
    });
    expect(notice.rawText).toContain('€2,420.00');
    // Each stored instalment is a numbered row of the mail's table: its number, day and amount.
    const stored = await h.db.prisma.installment.findMany({
      where: { plan: { debtorId } },
      orderBy: { sequence: 'asc' },
    });
    expect(stored.length).toBeGreaterThan(1);
    const lines = notice.rawText.replace(/\u00a0/gu, ' ').split('\n');
    for (const part of stored) {
      const euros = `€${(part.amountCents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;
      expect(
        lines.some((line) => line.trim().startsWith(String(part.sequence)) && line.includes(euros)),
        `instalment ${part.sequence} (${euros}) is a row of the mail`,
      ).toBe(true);
    }

    const update = h.api.callsTo('chat.update').at(-1)!.args as {
      channel: string;
      ts: string;
      blocks: Block[];
    };
    const posted = await h.db.prisma.slackMessage.findUniqueOrThrow({
      where: { key: `approval:${proposalId}` },
    });
    expect(update).toMatchObject({ channel: 'CFINANCE', ts: posted.ts });
    expect(update.blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(JSON.stringify(update.blocks)).toContain(`Approved and carried out by <@${FINANCE}>`);
  });

  it('a double click and a Slack retry by another approver change nothing and tell them', async () => {
    const click = buttonClick({
      actionId: 'proposal_approve',
      value: proposalId,
      user: GROUP_APPROVER,
      triggerId: 'trigger-double',
    });
    const [first, retry] = await Promise.all([
      postToSlackRoute(h.url, { ...click, secret: SIGNING_SECRET }),
      postToSlackRoute(h.url, { ...click, secret: SIGNING_SECRET, retryNum: 1 }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.runtime.runOnce();
    expect(await h.db.prisma.paymentPlan.count({ where: { debtorId } })).toBe(1);
    expect(await h.db.prisma.emailOutbox.count({ where: { debtorId } })).toBe(1);
    expect(
      await h.db.prisma.auditEvent.count({ where: { entityId: proposalId, type: 'proposal.approved' } }),
    ).toBe(1);
    const notes = h.api.callsTo('chat.postEphemeral').filter((call) => call.args.user === GROUP_APPROVER);
    expect(notes).toHaveLength(1);
    expect(String(notes[0]!.args.text)).toContain(`Already executed by <@${FINANCE}>`);
  });

  it('Change opens a modal; a plan outside policy is refused in the modal, one inside is executed', async () => {
    const other = await seedDebtor(h.db, {
      reference: 'SLK-2',
      name: 'Bolt & Nut BV',
      invoices: [{ number: 'INV-SLK-2', cents: 900_000, dueDate: addDays(today, -40) }],
    });
    const received = await receiveEmail(h.db, {
      debtorId: other.debtorId,
      invoiceId: other.invoiceIds[0]!,
      from: 'ap@boltnut.example',
      text: LIQUIDITY.replace('INV-SLK-1', 'INV-SLK-2'),
    });
    const changeId = received.proposalId!;
    await h.runtime.runOnce();

    const modal = await openModalByClick(h, {
      click: { actionId: 'proposal_change', value: changeId, user: FINANCE },
      callbackId: 'plan_change',
    });

    const values = (count: string, start: string) => ({
      plan_count: { value: { type: 'number_input', value: count } },
      plan_period: {
        value: {
          type: 'static_select',
          selected_option: { value: 'month', text: { type: 'plain_text', text: 'month' } },
        },
      },
      plan_start: { value: { type: 'datepicker', selected_date: start } },
      plan_down: { value: { type: 'plain_text_input', value: '1000.00' } },
    });
    const start = addDays(today, 10);
    const tooLong = await modal.submit(values('12', start));
    expect(tooLong.status).toBe(200);
    const refused = JSON.parse(tooLong.text) as { response_action: string; errors: Record<string, string> };
    expect(refused.response_action).toBe('errors');
    expect(refused.errors.plan_count).toContain('beyond the policy maximum of 6 months');
    expect((await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: changeId } })).status).toBe(
      'proposed',
    );

    const ok = await modal.submit(values('4', start));
    expect(ok.status).toBe(200);
    expect(ok.text).toBe('');
    const plan = await h.db.prisma.paymentPlan.findUniqueOrThrow({
      where: { proposalId: changeId },
      include: { installments: { orderBy: { sequence: 'asc' } } },
    });
    expect(plan.downPaymentCents).toBe(100_000);
    expect(plan.installments.map((i) => i.amountCents)).toEqual([
      100_000, 200_000, 200_000, 200_000, 200_000,
    ]);
    expect(plan.installments[0]!.dueDate.toISOString().slice(0, 10)).toBe(start);
    const approved = await h.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: changeId, type: 'proposal.approved' },
    });
    expect(approved.data).toMatchObject({ changed: true });
  });

  it('Reject lifts the pause the proposal set, and keeps working while Slack is down', async () => {
    const third = await seedDebtor(h.db, {
      reference: 'SLK-3',
      name: 'Carrot Co',
      invoices: [{ number: 'INV-SLK-3', cents: 650_000, dueDate: addDays(today, -15) }],
    });
    const received = await receiveEmail(h.db, {
      debtorId: third.debtorId,
      invoiceId: third.invoiceIds[0]!,
      from: 'ap@carrot.example',
      text: LIQUIDITY.replace('INV-SLK-1', 'INV-SLK-3'),
    });
    const rejectId = received.proposalId!;
    await h.runtime.runOnce();
    expect(
      await h.db.prisma.dunningPause.count({ where: { createdBy: `proposal:${rejectId}`, liftedAt: null } }),
    ).toBe(1);

    h.api.down = true;
    const response = await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'proposal_reject', value: rejectId, user: FINANCE }),
      secret: SIGNING_SECRET,
    });
    expect(response.status).toBe(200);
    expect((await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: rejectId } })).status).toBe(
      'rejected',
    );
    expect(
      await h.db.prisma.dunningPause.count({ where: { createdBy: `proposal:${rejectId}`, liftedAt: null } }),
    ).toBe(0);
    const before = h.api.callsTo('chat.update').length;
    const downRound = await h.runtime.runOnce();
    expect(downRound.sent.sent).toBe(0);
    expect(downRound.sent.retrying).toBeGreaterThan(0);
    const pending = await h.db.prisma.slackOutbox.findFirstOrThrow({
      where: { idempotencyKey: `approval:${rejectId}:decided` },
    });
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.lastError).toContain('Slack unreachable');

    h.api.down = false;
    const later = () => new Date(Date.now() + 10 * 60_000);
    await sendSlackOutbox({ db: h.db, client: h.runtime.deps.client, now: later });
    const update = h.api.callsTo('chat.update').slice(before).at(-1)!.args;
    expect(JSON.stringify(update.blocks)).toContain(`Rejected by <@${FINANCE}>`);
    expect(
      (
        await h.db.prisma.slackOutbox.findFirstOrThrow({
          where: { idempotencyKey: `approval:${rejectId}:decided` },
        })
      ).status,
    ).toBe('sent');
  });
});
