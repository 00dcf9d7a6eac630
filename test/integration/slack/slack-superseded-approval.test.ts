import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { storeDialogOutcome } from '../../../prisma/proposals/store-dialog-outcome.ts';
import { receiveEmail } from './support/receive-email.ts';
import { seedDebtor } from './support/seed-debtor.ts';
import { type SlackHarness, startSlackHarness } from './support/start-slack-harness.ts';

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; text?: unknown }[] };
const textOf = (blocks: Block[]) =>
  blocks
    .flatMap((block) => [
      block.text?.text ?? '',
      ...(block.elements ?? []).map((element) => (typeof element.text === 'string' ? element.text : '')),
    ])
    .join('\n');
const buttonsOf = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));

describe('an approval request the debtor settled in the chat', () => {
  let h: SlackHarness;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => h?.close());

  it('loses its buttons and says why, once, and the request that replaces it is posted', async () => {
    const { debtorId, invoiceIds } = await seedDebtor(h.db, {
      reference: 'SUP-1',
      name: 'Supersede BV',
      invoices: [{ number: 'INV-SUP-1', cents: 726_000, dueDate: addDays(today, -20) }],
    });
    const first = await receiveEmail(h.db, {
      debtorId,
      invoiceId: invoiceIds[0]!,
      from: 'ap@supersede.example',
      text: 'We cannot pay invoice INV-SUP-1 in one go because of cash flow. Could we pay in 3 monthly instalments?',
    });
    expect(first.proposal?.action).toBe('request_plan_approval');
    await h.runtime.runOnce();
    const [posted] = h.api.callsTo('chat.postMessage');
    expect(buttonsOf((posted!.args as { blocks: Block[] }).blocks).length).toBeGreaterThan(0);

    // Meanwhile the debtor chose a plan in the chat: the dialog's outcome supersedes the first request.
    const answer = await h.db.prisma.message.create({
      data: {
        channel: 'chat',
        direction: 'inbound',
        externalId: 'chat-answer-sup-1',
        debtorId,
        invoiceId: invoiceIds[0]!,
        rawText: 'Ja, 4 termijnen',
        status: 'processed',
        receivedAt: new Date(),
      },
    });
    const { proposalId: newer, superseded } = await storeDialogOutcome({
      prisma: h.db.prisma,
      outcome: {
        debtorId,
        invoiceId: invoiceIds[0]!,
        messageId: answer.id,
        reason: 'liquidity',
        language: 'nl',
        entities: {},
        proposal: first.proposal!,
        invoiceIds,
        supersedes: first.proposalId!,
      },
    });
    expect(superseded).toBe(true);

    const round = await h.runtime.runOnce();
    expect(round.dispatched).toMatchObject({ approvals: 1, decided: 1 });
    const updates = h.api.callsTo('chat.update');
    expect(updates).toHaveLength(1);
    const update = updates[0]!.args as { ts: string; text: string; blocks: Block[] };
    const message = await h.db.prisma.slackMessage.findUniqueOrThrow({
      where: { key: `approval:${first.proposalId}` },
    });
    expect(update.ts).toBe(message.ts);
    expect(buttonsOf(update.blocks)).toEqual([]);
    expect(textOf(update.blocks)).toContain('Superseded by debtor:chat');
    expect(textOf(update.blocks)).toContain('the debtor settled this in the chat');
    const posts = h.api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(2);
    expect(JSON.stringify(posts[1]!.args)).toContain(newer);

    // The next rounds change nothing.
    expect((await h.runtime.runOnce()).dispatched).toMatchObject({ approvals: 0, decided: 0 });
    expect(h.api.callsTo('chat.update')).toHaveLength(1);
  });
});
