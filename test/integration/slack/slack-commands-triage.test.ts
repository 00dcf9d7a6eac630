import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { receiveEmail } from './support/receive-email.ts';
import { seedDebtor } from './support/seed-debtor.ts';
import { buttonClick, postToSlackRoute, selectChoice, slashCommand } from './support/slack-requests.ts';
import {
  FINANCE,
  OUTSIDER,
  SALES,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from './support/start-slack-harness.ts';

describe('Slack slash commands and triage', () => {
  let h: SlackHarness;
  let debtorId: string;
  let invoiceId: string;
  const today = amsterdamDate(new Date());

  beforeAll(async () => {
    h = await startSlackHarness();
    const seeded = await seedDebtor(h.db, {
      reference: 'TRI-1',
      name: 'Groenrijk Hoveniers',
      invoices: [
        { number: 'INV-TRI-1', cents: 84_700, dueDate: addDays(today, -45) },
        { number: 'INV-TRI-2', cents: 12_100, dueDate: addDays(today, 5) },
      ],
    });
    debtorId = seeded.debtorId;
    invoiceId = seeded.invoiceIds[0]!;
  });
  afterAll(async () => h?.close());

  const command = (text: string, user = FINANCE, name = '/debtor') =>
    postToSlackRoute(h.url, { ...slashCommand({ command: name, text, user }), secret: SIGNING_SECRET });

  it('/debtor shows the timeline across channels, found by invoice number or name', async () => {
    await receiveEmail(h.db, {
      debtorId,
      invoiceId,
      from: 'info@groenrijk.example',
      text: 'Can you send me a copy of invoice INV-TRI-1? I cannot find it.',
    });
    await h.db.prisma.message.create({
      data: {
        channel: 'chat',
        direction: 'inbound',
        externalId: 'chat-1',
        debtorId,
        rawText: 'Hi, I paid yesterday via iDEAL',
        status: 'processed',
      },
    });
    const byInvoice = await command('inv-tri-1');
    expect(byInvoice.status).toBe(200);
    const answer = JSON.parse(byInvoice.text) as { response_type: string; blocks: unknown[] };
    expect(answer.response_type).toBe('ephemeral');
    const json = JSON.stringify(answer.blocks);
    for (const expected of [
      'Groenrijk Hoveniers (TRI-1)',
      '2 open invoice(s), €968.00 open',
      'email',
      'chat',
      'I paid yesterday via iDEAL',
      'copy of invoice INV-TRI-1',
    ])
      expect(json).toContain(expected);
    expect(JSON.parse((await command('groenrijk')).text).blocks).toBeDefined();
    expect(JSON.parse((await command('nobody-like-this')).text).text).toContain(
      'No debtor or invoice matches',
    );
  });

  it('/ar aging shows the aging summary; outsiders are refused', async () => {
    const response = await command('aging', SALES, '/ar');
    const json = JSON.stringify(JSON.parse(response.text).blocks);
    expect(json).toContain('Aging as of');
    expect(json).toContain('Groenrijk Hoveniers');
    expect(json).toMatch(/31-60 days/);
    const refused = JSON.parse((await command('aging', OUTSIDER, '/ar')).text);
    expect(refused).toMatchObject({ response_type: 'ephemeral' });
    expect(refused.text).toContain('Only finance and sales');
    expect(JSON.parse((await command('TRI-1', OUTSIDER)).text).text).toContain('Only finance and sales');
  });

  it('an uncertain message arrives with a reason picker; the pick feeds the policy like the classifier', async () => {
    const received = await receiveEmail(h.db, {
      debtorId,
      invoiceId,
      from: 'info@groenrijk.example',
      text: 'Please call me back about this.',
    });
    expect(received.proposal?.action).toBe('human_review');
    await h.runtime.runOnce();
    const post = h.api.callsTo('chat.postMessage').at(-1)!.args as {
      channel: string;
      blocks: { type: string; block_id?: string }[];
    };
    expect(post.channel).toBe('CFINANCE');
    const picker = post.blocks.find((block) => block.type === 'actions')!;
    expect(picker.block_id).toBe(`triage:${received.messageId}`);
    expect(JSON.stringify(picker)).toContain('"action_id":"triage_reason"');
    expect(JSON.stringify(picker)).toContain('"value":"dispute"');

    const pick = (user: string) =>
      postToSlackRoute(h.url, {
        ...selectChoice({ actionId: 'triage_reason', value: 'dispute', user, blockId: picker.block_id! }),
        secret: SIGNING_SECRET,
      });
    await pick(OUTSIDER);
    expect(await h.db.prisma.classification.count({ where: { messageId: received.messageId } })).toBe(1);
    await pick(FINANCE);
    const latest = await h.db.prisma.classification.findFirstOrThrow({
      where: { messageId: received.messageId },
      orderBy: { createdAt: 'desc' },
    });
    expect(latest).toMatchObject({ reason: 'dispute', decidedBy: `slack:${FINANCE}`, confidence: 1 });
    const proposals = await h.db.prisma.proposal.findMany({
      where: { messageId: received.messageId },
      orderBy: { createdAt: 'asc' },
    });
    expect(proposals.map((p) => [p.action, p.status])).toEqual([
      ['human_review', 'expired'],
      ['handoff_to_sales', 'executed'],
    ]);
    // The hand-off went straight to sales.
    expect(await h.db.prisma.dispute.count({ where: { debtorId, status: 'open' } })).toBe(1);
    await pick(FINANCE);
    expect(await h.db.prisma.classification.count({ where: { messageId: received.messageId } })).toBe(2);
    await h.runtime.runOnce();
    const toSales = h.api.callsTo('chat.postMessage').find((call) => call.args.channel === 'CSALES');
    expect(JSON.stringify(toSales?.args.blocks)).toContain('picked by slack:UFINANCE1');
    const ephemerals = h.api.callsTo('chat.postEphemeral').map((call) => String(call.args.text));
    expect(ephemerals.some((text) => text.includes('Only finance approvers can triage'))).toBe(true);
    expect(ephemerals.some((text) => text.includes('already triaged'))).toBe(true);
  });

  it('an unmatched message needs the debtor picked first, then is matched and proposed on', async () => {
    const received = await receiveEmail(h.db, {
      debtorId: null,
      from: 'someone@unknown.example',
      text: 'We cannot pay everything now, can we pay in 2 monthly instalments?',
    });
    expect(received.outcome).toBe('unmatched');
    await h.runtime.runOnce();
    const post = h.api.callsTo('chat.postMessage').at(-1)!.args as {
      blocks: { type: string; block_id?: string }[];
    };
    const picker = post.blocks.find((block) => block.type === 'actions')!;
    expect(JSON.stringify(picker)).toContain('"action_id":"triage_debtor"');

    const options = await postToSlackRoute(h.url, {
      body: new URLSearchParams({
        payload: JSON.stringify({
          type: 'block_suggestion',
          action_id: 'triage_debtor',
          block_id: picker.block_id,
          value: 'groen',
          user: { id: FINANCE },
          team: { id: 'T1' },
          api_app_id: 'A1',
          token: 'legacy',
        }),
      }).toString(),
      contentType: 'application/x-www-form-urlencoded',
      secret: SIGNING_SECRET,
    });
    expect(JSON.parse(options.text).options).toEqual([
      { text: { type: 'plain_text', text: 'Groenrijk Hoveniers (TRI-1)' }, value: debtorId },
    ]);

    const withoutDebtor = selectChoice({
      actionId: 'triage_reason',
      value: 'liquidity',
      user: FINANCE,
      blockId: picker.block_id!,
    });
    await postToSlackRoute(h.url, { ...withoutDebtor, secret: SIGNING_SECRET });
    expect((await h.db.prisma.message.findUniqueOrThrow({ where: { id: received.messageId } })).status).toBe(
      'unmatched',
    );

    const withDebtor = selectChoice({
      actionId: 'triage_reason',
      value: 'liquidity',
      user: FINANCE,
      blockId: picker.block_id!,
      state: {
        [picker.block_id!]: {
          triage_debtor: {
            type: 'external_select',
            selected_option: { value: debtorId, text: { type: 'plain_text', text: 'Groenrijk' } },
          },
        },
      },
    });
    await postToSlackRoute(h.url, { ...withDebtor, secret: SIGNING_SECRET });
    expect(await h.db.prisma.message.findUniqueOrThrow({ where: { id: received.messageId } })).toMatchObject({
      status: 'processed',
      debtorId,
    });
    const proposal = await h.db.prisma.proposal.findFirstOrThrow({
      where: { messageId: received.messageId },
    });
    expect(proposal.action).toMatch(/payment_plan|plan_approval/);
    await h.runtime.runOnce();
    expect(
      h.api
        .callsTo('chat.postEphemeral')
        .some((call) => String(call.args.text).includes('Pick the debtor first')),
    ).toBe(true);
  });

  it('a mail from an unverified sender shows why and offers "Add sender as contact" to finance only', async () => {
    const received = await receiveEmail(h.db, {
      debtorId,
      invoiceId,
      from: 'New.Clerk@Groenrijk-Admin.example',
      text: 'Invoice INV-TRI-1 is wrong, the delivery was incomplete. We will not pay.',
      senderAuthority: 'unverified',
    });
    expect(received.proposal).toMatchObject({ action: 'human_review', pause: null });
    await h.runtime.runOnce();
    const post = h.api
      .callsTo('chat.postMessage')
      .map((call) => call.args as { text: string; blocks: { type: string; block_id?: string }[] })
      .find((args) => args.blocks.some((block) => block.block_id === `triage:${received.messageId}`))!;
    expect(JSON.stringify(post.blocks)).toContain('sender_unverified');
    const actions = post.blocks.find((block) => block.type === 'actions')!;
    expect(JSON.stringify(actions)).toContain('"action_id":"triage_add_contact"');
    const click = (user: string) =>
      postToSlackRoute(h.url, {
        ...buttonClick({
          actionId: 'triage_add_contact',
          value: received.messageId,
          user,
          blockId: actions.block_id!,
        }),
        secret: SIGNING_SECRET,
      });
    const contactsOf = () =>
      h.db.prisma.contact.findMany({ where: { debtorId, email: 'new.clerk@groenrijk-admin.example' } });
    expect((await click(OUTSIDER)).status).toBe(200);
    expect(await contactsOf()).toHaveLength(0);
    await click(FINANCE);
    await click(FINANCE);
    const added = await contactsOf();
    expect(added).toHaveLength(1);
    const audit = await h.db.prisma.auditEvent.findMany({
      where: { type: 'contact.added', entityId: added[0]!.id },
    });
    expect(audit.map((event) => event.actor)).toEqual([`slack:${FINANCE}`]);
    await h.runtime.runOnce();
    const ephemerals = h.api.callsTo('chat.postEphemeral').map((call) => String(call.args.text));
    expect(ephemerals.some((text) => text.includes('Only finance approvers can add contacts'))).toBe(true);
    expect(ephemerals.some((text) => text.includes('is now a contact of Groenrijk Hoveniers'))).toBe(true);
    expect(ephemerals.some((text) => text.includes('was already a contact'))).toBe(true);
  });
});
