import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifyDebtor } from '../../../bot/notices/notify-debtor.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { decideProposal } from '../../../prisma/proposals/decide-proposal.ts';
import {
  type DlActivity,
  directLineClient,
  openConversation,
  openStream,
} from '../../support/directline-test-client.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { type ChatServer, startChatServer } from '../../support/start-chat-server.ts';

const fromBot = (a: DlActivity) => a.from.role === 'bot';

describe('notices to the debtor in the chat', () => {
  let s: ChatServer;
  let debtorId: string;
  let invoiceId: string;
  const today = amsterdamDate(new Date());
  const notice = (planId: string) =>
    notifyDebtor({
      db: s.db,
      debtorId,
      channel: 'chat',
      template: 'payment_plan_confirmation',
      params: {
        planId,
        language: 'nl',
        invoiceNumbers: ['INV-NT-1'],
        instalments: [{ dueDate: addDays(today, 7), amountCents: 40_000 }],
      },
      idempotencyKey: `plan-approved:${planId}`,
      invoiceId,
    });

  beforeAll(async () => {
    s = await startChatServer({ env: { CHAT_NOTICE_INTERVAL_MS: '200' } });
    ({ debtorId, invoiceId } = await seedChatDebtor(s.db, {
      reference: 'NT-1',
      name: 'Notice BV',
      invoiceNumber: 'INV-NT-1',
      cents: 120_000,
      dueDate: addDays(today, -10),
    }));
  });
  afterAll(async () => s?.close());

  it('pushes a notice queued while the chat is open into the open stream, once, and marks it sent', async () => {
    const { stream, conversationId } = await openConversation(s.base, s.linkToken(invoiceId));
    await stream.waitFor(fromBot);
    const queued = await notice('11111111-1111-4111-8111-111111111111');
    expect(queued.outcome).toBe('queued');
    const pushed = await stream.waitFor((a) => (a.text ?? '').includes('is goedgekeurd'), 5000);
    expect(pushed.from.role).toBe('bot');
    expect(pushed.id.startsWith(`${conversationId}|`)).toBe(true);
    // Telling twice tells once; more polling rounds deliver nothing new.
    expect((await notice('11111111-1111-4111-8111-111111111111')).outcome).toBe('duplicate');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(stream.activities.filter((a) => (a.text ?? '').includes('is goedgekeurd'))).toHaveLength(1);
    const message = await s.db.prisma.message.findUniqueOrThrow({
      where: { id: queued.messageId! },
      include: { conversation: true },
    });
    expect(message).toMatchObject({ status: 'sent', direction: 'outbound', channel: 'chat' });
    expect(message.conversation?.externalThreadId).toBe(conversationId);
    stream.close();
  });

  it('keeps a notice queued while no chat is open and delivers it when the debtor reconnects', async () => {
    const { stream, conversationId, token } = await openConversation(s.base, s.linkToken(invoiceId));
    await stream.waitFor(fromBot);
    stream.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const queued = await notice('22222222-2222-4222-8222-222222222222');
    await s.runtime.notices.deliverOpen();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await s.db.prisma.message.findUniqueOrThrow({ where: { id: queued.messageId! } })).status).toBe(
      'queued',
    );

    const client = directLineClient(s.base);
    const { streamUrl } = (await (await client.reconnect(conversationId, token, '1')).json()) as {
      streamUrl: string;
    };
    const again = await openStream(streamUrl);
    await again.waitFor((a) => (a.text ?? '').includes('is goedgekeurd'), 5000);
    // Marked sent once appended (the claim holds it meanwhile): the stream may see it a moment earlier.
    await expect
      .poll(
        async () =>
          (await s.db.prisma.message.findUniqueOrThrow({ where: { id: queued.messageId! } })).status,
      )
      .toBe('sent');
    again.close();
  });

  it('tells the debtor in the chat when finance rejects the plan they asked for, once', async () => {
    const { invoiceId: bigInvoice } = await seedChatDebtor(s.db, {
      reference: 'NT-2',
      name: 'Groot BV',
      invoiceNumber: 'INV-NT-2',
      cents: 726_000,
      dueDate: addDays(today, -10),
    });
    const { client, stream, conversationId, token } = await openConversation(s.base, s.linkToken(bigInvoice));
    await stream.waitFor(fromBot);
    await client.post(conversationId, token, {
      type: 'message',
      text: 'ik kan nu niet alles betalen, kan ik in termijnen betalen?',
    });
    await stream.waitFor((a) => fromBot(a) && (a.text ?? '').includes('termijnen'));
    const request = await s.db.prisma.proposal.findFirstOrThrow({
      where: { action: 'request_plan_approval', status: 'proposed', invoiceId: bigInvoice },
    });
    await decideProposal({
      prisma: s.db.prisma,
      proposalId: request.id,
      actor: 'slack:UFINANCE1',
      decision: { kind: 'reject', note: null },
    });
    await stream.waitFor((a) => (a.text ?? '').includes('niet goedkeuren'), 5000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(stream.activities.filter((a) => (a.text ?? '').includes('niet goedkeuren'))).toHaveLength(1);
    stream.close();
  });
});
