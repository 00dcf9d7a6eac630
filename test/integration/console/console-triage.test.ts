import { describe, expect, it } from 'vitest';
import { reclassifyMessage } from '../../../bot/decisions/reclassify-message.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { seedDebtor } from '../slack/support/seed-debtor.ts';
import { receiveStrangerMail } from './support/receive-stranger-mail.ts';
import { runSlackRound } from './support/run-slack-round.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

const DISPUTE =
  'Hello,\n\nWe will not pay this. Only 8 of the 10 pallets were delivered and two arrived damaged.\n' +
  'Please send a corrected invoice.\n\nRegards,\nPieter';

/**
 * Mail that matched no debtor, triaged in the console as Slack's triage does it: taken in by the
 * e-mail channel's own sink, waiting unmatched (nothing proposed) until finance assigns it (the
 * policy then proposes from finance's reason) or sets it aside; once, whichever side decides.
 */
describe('console triage: mail that matched no debtor', () => {
  const { h, fiona } = useConsoleHarness();
  const today = amsterdamDate(new Date());

  it('assigns a stranger’s mail to a debtor: it becomes theirs, the policy proposes, the sender may become a contact', async () => {
    const prisma = h.slack.db.prisma;
    const { debtorId } = await seedDebtor(h.slack.db, {
      reference: 'TRU-1',
      name: 'Groenrijk Hoveniers',
      invoices: [{ number: 'INV-TRU-1', cents: 120_000, dueDate: addDays(today, -20) }],
    });
    const messageId = await receiveStrangerMail(h.slack.db, {
      from: 'pieter@privemail.example',
      subject: 'Your invoice',
      body: DISPUTE,
    });
    // An unknown sender triggers nothing by itself.
    expect(await prisma.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: 'unmatched',
      debtorId: null,
    });
    expect(await prisma.proposal.count({ where: { messageId } })).toBe(0);
    expect(await prisma.dispute.count({ where: { debtorId } })).toBe(0);
    await h.slack.runtime.runOnce(); // Slack's triage message is posted, as today.

    const page = await fiona.client.get('/console/triage');
    expect(page.status).toBe(200);
    expect(page.html).toContain('pieter@privemail.example');
    expect(page.html).toContain('Your invoice');
    expect(page.html).toContain('Only 8 of the 10 pallets were delivered');
    expect(page.html).toContain(`href="/console/triage/${messageId}"`);
    expect(page.html).toContain(`action="/console/triage/${messageId}/dismiss"`);
    const original = await fiona.client.get(`/console/triage/${messageId}`);
    expect(original.status).toBe(200);
    expect(original.html).toContain('Please send a corrected invoice.');

    const found = await fiona.client.get(`/console/triage?for=${messageId}&q=groenrijk`);
    expect(found.html).toContain(`action="/console/triage/${messageId}/assign"`);
    expect(found.html).toContain(`value="${debtorId}" required checked`);
    expect(found.html).toContain('<option value="dispute" selected>');

    const assigned = await fiona.client.post(`/console/triage/${messageId}/assign`, {
      csrf: fiona.csrf,
      debtor: debtorId,
      reason: 'dispute',
      contact: '1',
    });
    expect(assigned.status).toBe(303);
    expect(assigned.location).toBe(`/console/triage?notice=assigned&message=${messageId}`);
    const told = await fiona.client.get(assigned.location!);
    expect(told.html).toContain('Assigned to Groenrijk Hoveniers. The policy proposed: Dispute to sales.');
    expect(told.html).toContain('pieter@privemail.example is now a contact of Groenrijk Hoveniers');
    expect(told.html).not.toContain(`id="m-${messageId}"`);

    expect(await prisma.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      status: 'processed',
      debtorId,
    });
    const classification = await prisma.classification.findFirstOrThrow({
      where: { messageId },
      orderBy: { createdAt: 'desc' },
    });
    expect(classification).toMatchObject({
      reason: 'dispute',
      confidence: 1,
      decidedBy: 'console:fiona@acme.example',
    });
    const proposals = await prisma.proposal.findMany({ where: { messageId } });
    expect(proposals.map((p) => [p.action, p.status, p.debtorId])).toEqual([
      ['handoff_to_sales', 'proposed', debtorId],
    ]);
    expect(
      await prisma.auditEvent.findMany({
        where: { actor: 'console:fiona@acme.example', type: { in: ['message.triaged', 'contact.added'] } },
        select: { type: true, data: true },
        orderBy: { id: 'asc' },
      }),
    ).toEqual([
      { type: 'message.triaged', data: { reason: 'dispute', debtorId, matchedNow: true } },
      {
        type: 'contact.added',
        data: { debtorId, email: 'pieter@privemail.example', messageId },
      },
    ]);
    // The hand-off it led to waits in the inbox, as any other.
    expect((await fiona.client.get('/console?kind=dispute')).html).toContain(
      `action="/console/proposals/${proposals[0]!.id}/open-dispute"`,
    );

    // A double click: already done, nothing changes.
    const twice = await fiona.client.post(`/console/triage/${messageId}/assign`, {
      csrf: fiona.csrf,
      debtor: debtorId,
      reason: 'liquidity',
    });
    expect(twice.location).toBe('/console/triage?notice=already');
    expect((await fiona.client.get(twice.location!)).html).toContain(
      'This mail was already assigned or set aside (here or in Slack); nothing changed.',
    );
    expect(await prisma.classification.count({ where: { messageId } })).toBe(2);
    expect(await prisma.proposal.count({ where: { messageId } })).toBe(1);

    // Slack's triage message shows who placed it, menus gone.
    const { updates } = await runSlackRound(h);
    expect(updates).toContain('console:fiona@acme.example');
    expect(updates).not.toContain('triage_reason');

    // The sender is the debtor's contact now: their next mail is the debtor's by itself.
    const next = await h.slack.db.prisma.message.count({ where: { debtorId } });
    await expect(
      receiveStrangerMail(h.slack.db, {
        from: 'pieter@privemail.example',
        subject: 'And',
        body: 'Any news?',
      }),
    ).rejects.toThrow('was processed, not unmatched');
    expect(await prisma.message.count({ where: { debtorId } })).toBe(next + 1);
  });

  it('sets a mail aside with a reason, once; a mail Slack already triaged changes nothing here', async () => {
    const prisma = h.slack.db.prisma;
    const spam = await receiveStrangerMail(h.slack.db, {
      from: 'offers@bulkmail.example',
      subject: 'Cheap pallets!',
      body: 'Buy our pallets now, 50% off this week only.',
    });
    await h.slack.runtime.runOnce();
    const refused = await fiona.client.post(`/console/triage/${spam}/dismiss`, {
      csrf: fiona.csrf,
      kind: 'spam',
      reason: 'x',
    });
    expect(refused.location).toBe('/console/triage?notice=invalid');
    expect((await prisma.message.findUniqueOrThrow({ where: { id: spam } })).status).toBe('unmatched');

    const dismissed = await fiona.client.post(`/console/triage/${spam}/dismiss`, {
      csrf: fiona.csrf,
      kind: 'spam',
      reason: 'An advertisement',
    });
    expect(dismissed.location).toBe(`/console/triage?notice=dismissed&message=${spam}`);
    const page = await fiona.client.get(dismissed.location!);
    expect(page.html).toContain('Set aside: Spam: An advertisement. Nothing was done with it.');
    expect(page.html).not.toContain(`id="m-${spam}"`);
    expect(await prisma.message.findUniqueOrThrow({ where: { id: spam } })).toMatchObject({
      status: 'dismissed',
      debtorId: null,
    });
    expect(await prisma.proposal.count({ where: { messageId: spam } })).toBe(0);
    expect(
      await prisma.auditEvent.findFirstOrThrow({ where: { entityId: spam, type: 'message.dismissed' } }),
    ).toMatchObject({
      actor: 'console:fiona@acme.example',
      data: { kind: 'spam', reason: 'An advertisement' },
    });
    const twice = await fiona.client.post(`/console/triage/${spam}/dismiss`, {
      csrf: fiona.csrf,
      kind: 'not_ours',
      reason: 'Again',
    });
    expect(twice.location).toBe('/console/triage?notice=already');
    expect(await prisma.auditEvent.count({ where: { entityId: spam, type: 'message.dismissed' } })).toBe(1);
    // Slack's triage (the same function) finds it decided; its message says who set it aside.
    const { debtorId } = await seedDebtor(h.slack.db, {
      reference: 'TRU-2',
      name: 'Bakkerij Zon',
      invoices: [{ number: 'INV-TRU-2', cents: 50_000, dueDate: addDays(today, -5) }],
    });
    const inSlack = await reclassifyMessage({
      db: h.slack.db,
      messageId: spam,
      reason: 'other',
      debtorId,
      decidedBy: 'slack:UFINANCE1',
      policy: DEFAULT_POLICY,
    });
    expect(inSlack.outcome).toBe('already_triaged');
    expect((await runSlackRound(h)).updates).toContain('set this mail aside: spam (An advertisement)');

    // The other way round: triaged in Slack first, the console changes nothing and says so.
    const other = await receiveStrangerMail(h.slack.db, {
      from: 'someone@elsewhere.example',
      subject: 'Question',
      body: 'Can we pay in two parts?',
    });
    await reclassifyMessage({
      db: h.slack.db,
      messageId: other,
      reason: 'liquidity',
      debtorId,
      decidedBy: 'slack:UFINANCE1',
      policy: DEFAULT_POLICY,
    });
    for (const [path, form] of [
      ['assign', { debtor: debtorId, reason: 'other' }],
      ['dismiss', { kind: 'not_ours', reason: 'Not ours' }],
    ] as const) {
      const response = await fiona.client.post(`/console/triage/${other}/${path}`, {
        csrf: fiona.csrf,
        ...form,
      });
      expect(response.location).toBe('/console/triage?notice=already');
    }
    expect(await prisma.message.findUniqueOrThrow({ where: { id: other } })).toMatchObject({
      status: 'processed',
      debtorId,
    });
    expect(
      await prisma.auditEvent.count({ where: { entityId: other, actor: { startsWith: 'console:' } } }),
    ).toBe(0);
  });
});
