import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { openModalByClick } from './support/open-modal-by-click.ts';
import { receiveEmail } from './support/receive-email.ts';
import { seedDebtor } from './support/seed-debtor.ts';
import { buttonClick, postToSlackRoute } from './support/slack-requests.ts';
import {
  FINANCE,
  OWNER,
  SALES,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/start-slack-harness.ts';

const DISPUTE =
  'Hello,\n\nWe will not pay this invoice. Only 8 of the 10 pallets were delivered and two arrived damaged; ' +
  'we reported this to your driver at the time and never heard back.\nPlease send a corrected invoice.\n\nRegards,\nJames';

describe('Slack dispute hand-off to sales', () => {
  let h: SlackHarness;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  const openDispute = async (reference: string, accountOwner: string | null, cents = 240_000) => {
    const seeded = await seedDebtor(h.db, {
      reference,
      name: `Northwind ${reference}`,
      accountOwner,
      invoices: [{ number: `INV-${reference}`, cents, dueDate: addDays(today, -10) }],
    });
    const received = await receiveEmail(h.db, {
      debtorId: seeded.debtorId,
      invoiceId: seeded.invoiceIds[0]!,
      from: 'james@northwind.example',
      text: DISPUTE,
    });
    expect(received.proposal?.action).toBe('handoff_to_sales');
    const round = await h.runtime.runOnce();
    expect(round.dispatched.disputes).toBe(1);
    const dispute = await h.db.prisma.dispute.findFirstOrThrow({ where: { debtorId: seeded.debtorId } });
    return { ...seeded, invoiceId: seeded.invoiceIds[0]!, disputeId: dispute.id };
  };

  it('reaches the account owner with the summary, their words and the invoice, and pauses dunning until resolved', async () => {
    const { invoiceId, disputeId } = await openDispute('DSP-1', 'anna@example.com');
    const post = h.api.callsTo('chat.postMessage').at(-1)!.args as { channel: string; blocks: unknown[] };
    expect(post.channel).toBe(OWNER);
    const json = JSON.stringify(post.blocks);
    expect(json).toContain('Only 8 of the 10 pallets were delivered');
    expect(json).toContain('INV-DSP-1');
    expect(json).toContain('€2,400.00');
    expect(json).toContain('Reason: dispute');
    for (const action of ['dispute_take', 'dispute_stands', 'dispute_credit', 'dispute_escalate']) {
      expect(json).toContain(`"action_id":"${action}"`);
    }
    expect(await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'disputed',
    });
    expect(await h.db.prisma.dunningPause.count({ where: { invoiceId, liftedAt: null } })).toBe(1);

    // Finance is not sales: refused, nothing moves.
    await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'dispute_take', value: disputeId, user: FINANCE, channel: 'DOWNER1' }),
      secret: SIGNING_SECRET,
    });
    expect((await h.db.prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).status).toBe('open');

    await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'dispute_take', value: disputeId, user: OWNER, channel: 'DOWNER1' }),
      secret: SIGNING_SECRET,
    });
    expect(await h.db.prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'taken',
      owner: OWNER,
    });
    expect(await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'disputed',
    });

    const resolved = await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'dispute_stands', value: disputeId, user: OWNER, channel: 'DOWNER1' }),
      secret: SIGNING_SECRET,
    });
    expect(resolved.status).toBe(200);
    expect(await h.db.prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'resolved_stands',
      resolution: 'resolved_stands',
    });
    expect(await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'open',
      openCents: 240_000,
    });
    expect(await h.db.prisma.dunningPause.count({ where: { invoiceId, liftedAt: null } })).toBe(0);
    const audit = await h.db.prisma.auditEvent.findMany({
      where: { entityId: { in: [disputeId, invoiceId] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((event) => [event.type, event.actor])).toEqual(
      expect.arrayContaining([
        ['dispute.taken', `slack:${OWNER}`],
        ['dispute.resolved_stands', `slack:${OWNER}`],
        ['dunning.resumed', `slack:${OWNER}`],
      ]),
    );

    await h.runtime.runOnce();
    const refusal = h.api.callsTo('chat.postEphemeral').find((call) => call.args.user === FINANCE)!;
    expect(String(refusal.args.text)).toContain('Only sales');
    const posted = await h.db.prisma.slackMessage.findUniqueOrThrow({
      where: { key: `dispute:${disputeId}` },
    });
    expect(posted.channel).toBe('DOWNER1');
    const updates = h.api.callsTo('chat.update').filter((call) => call.args.ts === posted.ts);
    expect(JSON.stringify(updates.at(-1)!.args.blocks)).toContain('the invoice stands and dunning resumes');
    expect(JSON.stringify(updates.at(-1)!.args.blocks)).not.toContain('dispute_take');
  });

  it('when Slack refuses to open the credit form, the clicker is told to click again, and nothing changes', async () => {
    const { invoiceId, disputeId } = await openDispute('DSP-9', null);
    const openBefore = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    h.api.refusals.set('views.open', 'expired_trigger_id');
    try {
      await postToSlackRoute(h.url, {
        ...buttonClick({ actionId: 'dispute_credit', value: disputeId, user: SALES, channel: 'CSALES' }),
        secret: SIGNING_SECRET,
      });
    } finally {
      h.api.refusals.delete('views.open');
    }
    await h.runtime.runOnce();
    const note = h.api.callsTo('chat.postEphemeral').find((call) => call.args.user === SALES)!;
    expect(String(note.args.text)).toBe(
      'Slack could not open the form just now. Click Credit note again in a moment.',
    );
    const after = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(after.openCents).toBe(openBefore.openCents);
  });

  it('a credit note lowers what is open; an amount above it is refused in the modal', async () => {
    const { invoiceId, disputeId } = await openDispute('DSP-2', null);
    expect(h.api.callsTo('chat.postMessage').at(-1)!.args.channel).toBe('CSALES');
    const modal = await openModalByClick(h, {
      click: { actionId: 'dispute_credit', value: disputeId, user: SALES, channel: 'CSALES' },
      callbackId: 'dispute_credit_amount',
    });
    const submit = (amount: string) =>
      modal.submit({ credit_amount: { value: { type: 'plain_text_input', value: amount } } });
    const tooMuch = await submit('2500.00');
    expect(JSON.parse(tooMuch.text)).toMatchObject({ response_action: 'errors' });
    expect(JSON.parse(tooMuch.text).errors.credit_amount).toContain('at most');
    const ok = await submit('400,50');
    expect(ok.status).toBe(200);
    expect(await h.db.prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).toMatchObject({
      status: 'credited',
      creditCents: 40_050,
      owner: SALES,
    });
    expect(await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'open',
      openCents: 199_950,
    });
    expect(await h.db.prisma.dunningPause.count({ where: { invoiceId, liftedAt: null } })).toBe(0);
  });

  it('escalating keeps dunning paused and tells finance', async () => {
    const { invoiceId, disputeId } = await openDispute('DSP-3', OWNER);
    expect(h.api.callsTo('chat.postMessage').at(-1)!.args.channel).toBe(OWNER);
    await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'dispute_escalate', value: disputeId, user: OWNER, channel: 'DOWNER1' }),
      secret: SIGNING_SECRET,
    });
    expect((await h.db.prisma.dispute.findUniqueOrThrow({ where: { id: disputeId } })).status).toBe(
      'escalated',
    );
    expect(await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).toMatchObject({
      status: 'disputed',
    });
    await h.runtime.runOnce();
    const toFinance = h.api.callsTo('chat.postMessage').at(-1)!.args;
    expect(toFinance.channel).toBe('CFINANCE');
    expect(JSON.stringify(toFinance.blocks)).toContain('Escalated by <@UOWNER1>');
  });

  it('reminds the owner of a dispute nobody moved for DISPUTE_STALE_DAYS, once per period', async () => {
    const { disputeId } = await openDispute('DSP-4', 'anna@example.com');
    await postToSlackRoute(h.url, {
      ...buttonClick({ actionId: 'dispute_take', value: disputeId, user: SALES, channel: 'DOWNER1' }),
      secret: SIGNING_SECRET,
    });
    expect((await h.runtime.runOnce()).reminders).toBe(0);
    await h.db.prisma
      .$executeRaw`UPDATE dispute SET updated_at = now() - interval '4 days' WHERE id = ${disputeId}::uuid`;
    const round = await h.runtime.runOnce();
    expect(round.reminders).toBe(1);
    const reminder = h.api.callsTo('chat.postMessage').at(-1)!.args;
    expect(reminder.channel).toBe(SALES);
    expect(String(reminder.text)).toContain('Still open');
    expect((await h.runtime.runOnce()).reminders).toBe(0);
  });
});
