import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../../bot/server/service.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { receiveEmail } from './support/receive-email.ts';
import { seedDebtor } from './support/seed-debtor.ts';
import { buttonClick } from './support/slack-requests.ts';
import { FINANCE, OUTSIDER, type SlackHarness, startSlackHarness } from './support/start-slack-harness.ts';
import { type SocketModeServer, startSocketModeServer } from './support/start-socket-mode-server.ts';

const LIQUIDITY =
  'Hello,\n\nWe are going through a difficult period with our cash flow and cannot pay invoice INV-SOCK-1 in one go. ' +
  'Could we pay it in 3 monthly instalments?\n\nKind regards,\nPeter';

/** The interaction payload Slack wraps in a Socket Mode envelope (the same one it would POST). */
const clickPayload = (args: Parameters<typeof buttonClick>[0]) =>
  JSON.parse(new URLSearchParams(buttonClick(args).body).get('payload')!) as Record<string, unknown>;

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Slack over Socket Mode', () => {
  let h: SlackHarness;
  let ws: SocketModeServer;
  let socketService: Service;
  let proposalId: string;
  let debtorId: string;

  beforeAll(async () => {
    ws = await startSocketModeServer();
    h = await startSlackHarness({ SLACK_SOCKET_MODE: 'true', SLACK_APP_TOKEN: 'xapp-1-A1-test' });
    h.api.socketUrl = ws.url;
    const today = amsterdamDate(new Date());
    const seeded = await seedDebtor(h.db, {
      reference: 'SOCK-1',
      name: 'Socket Foods BV',
      invoices: [{ number: 'INV-SOCK-1', cents: 726_000, dueDate: addDays(today, -20) }],
    });
    debtorId = seeded.debtorId;
    const received = await receiveEmail(h.db, {
      debtorId,
      invoiceId: seeded.invoiceIds[0]!,
      from: 'peter@socket.example',
      text: LIQUIDITY,
    });
    proposalId = received.proposalId!;
    await h.runtime.runOnce();
    socketService = h.runtime.services.find((service) => service.name === 'slack-socket-mode')!;
    await socketService.start();
  });
  afterAll(async () => {
    await socketService?.stop();
    await ws?.close();
    await h?.close();
  });

  it('has no HTTP route: the app opened its connection through apps.connections.open', async () => {
    expect(h.runtime.routes).toHaveLength(0);
    await ws.connected();
    const open = h.api.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
  });

  it('refuses an unauthorized click with the ephemeral note, as over HTTP', async () => {
    const ack = await ws.deliver(
      'interactive',
      clickPayload({
        actionId: 'proposal_approve',
        value: proposalId,
        user: OUTSIDER,
        triggerId: 'sock-out',
      }),
    );
    expect(ack.envelope_id).toBeTruthy();
    await until(
      () => h.db.prisma.slackOutbox.count({ where: { idempotencyKey: 'ephemeral:sock-out' } }),
      (n) => n === 1,
    );
    await h.runtime.runOnce();
    const refusal = h.api.callsTo('chat.postEphemeral').at(-1)!.args;
    expect(refusal).toMatchObject({ channel: 'CFINANCE', user: OUTSIDER });
    expect(String(refusal.text)).toContain('Only finance approvers');
    expect((await h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe(
      'proposed',
    );
  });

  it('an Approve click delivered as an envelope executes the plan and tells the debtor', async () => {
    await ws.deliver(
      'interactive',
      clickPayload({ actionId: 'proposal_approve', value: proposalId, user: FINANCE, triggerId: 'sock-ok' }),
    );
    const proposal = await until(
      () => h.db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } }),
      (p) => p.status === 'executed',
    );
    expect(proposal).toMatchObject({ status: 'executed', decidedBy: `slack:${FINANCE}` });
    const plan = await h.db.prisma.paymentPlan.findUniqueOrThrow({ where: { proposalId } });
    expect(plan.status).toBe('active');
    // The click ends with the notice committed; the worker's round tells the debtor and updates the message.
    await h.runtime.runOnce();
    const outbox = await until(
      () => h.db.prisma.emailOutbox.findMany({ where: { debtorId } }),
      (rows) => rows.length === 1,
    );
    expect(outbox[0]).toMatchObject({
      template: 'payment_plan_confirmation',
      idempotencyKey: `proposal-executed:${plan.proposalId}:payment_plan_confirmation`,
    });
    expect(
      await h.db.prisma.slackOutbox.count({ where: { idempotencyKey: `approval:${proposalId}:executed` } }),
    ).toBe(1);
    const update = h.api.callsTo('chat.update').at(-1)!.args;
    expect(JSON.stringify(update.blocks)).toContain(`Approved and carried out by <@${FINANCE}>`);
  });

  it('stops cleanly: the connection closes and no reconnect is attempted', async () => {
    await socketService.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.callsTo('apps.connections.open')).toHaveLength(1);
  });
});
