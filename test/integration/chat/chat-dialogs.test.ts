import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../../bot/chat/chat-deps.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { toIsoDate } from '../../../prisma/sql/to-iso-date.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { buttonsOf, plain, startTestChat, textsOfReplies } from '../../support/start-test-chat.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const today = amsterdamDate(new Date());
const dmy = (iso: string) => iso.split('-').reverse().join('-');

const startChat = startTestChat;
const texts = textsOfReplies;
const buttons = buttonsOf;

describe('chat dialogs (TestAdapter, real database)', () => {
  let db: TestDatabase;
  let nl: Omit<ChatSession, 'conversationId'>;
  let en: Omit<ChatSession, 'conversationId'>;
  let big: Omit<ChatSession, 'conversationId'>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const due = addDays(today, -20);
    const a = await seedChatDebtor(db, {
      reference: 'CH-NL',
      name: 'Bakkerij De Vries',
      invoiceNumber: 'INV-NL-1',
      cents: 120_000,
      dueDate: due,
    });
    const b = await seedChatDebtor(db, {
      reference: 'CH-EN',
      name: 'Acme Ltd',
      language: 'en',
      invoiceNumber: 'INV-EN-1',
      cents: 90_000,
      dueDate: due,
    });
    const c = await seedChatDebtor(db, {
      reference: 'CH-BIG',
      name: 'Groot BV',
      invoiceNumber: 'INV-BIG-1',
      cents: 726_000,
      dueDate: due,
    });
    nl = {
      debtorId: a.debtorId,
      invoiceId: a.invoiceId,
      debtorName: 'Bakkerij De Vries',
      language: 'nl',
      invoiceNumber: 'INV-NL-1',
      openCents: 120_000,
      dueDate: due,
    };
    en = {
      debtorId: b.debtorId,
      invoiceId: b.invoiceId,
      debtorName: 'Acme Ltd',
      language: 'en',
      invoiceNumber: 'INV-EN-1',
      openCents: 90_000,
      dueDate: due,
    };
    big = {
      debtorId: c.debtorId,
      invoiceId: c.invoiceId,
      debtorName: 'Groot BV',
      language: 'nl',
      invoiceNumber: 'INV-BIG-1',
      openCents: 726_000,
      dueDate: due,
    };
  });
  afterAll(async () => db?.close());

  it('greets in Dutch naming the invoice and the amount, with the menu as buttons', async () => {
    const chat = startChat(db, nl);
    const [greeting] = await chat.join();
    expect(greeting?.text).toContain('Goedendag Bakkerij De Vries');
    expect(greeting?.text).toContain('INV-NL-1');
    expect(plain(greeting?.text ?? '')).toContain('€ 1.200,00');
    expect(buttons(greeting)).toContain('Betalingsregeling');
  });

  it('greets in English for an English debtor', async () => {
    const [greeting] = await startChat(db, en).join();
    expect(greeting?.text).toContain('Hello Acme Ltd');
    expect(greeting?.text).toContain('€900.00');
  });

  it('nl: a payment plan inside the policy is offered, chosen, confirmed and carried out at once', async () => {
    const chat = startChat(db, nl);
    const offer = await chat.say('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    expect(texts(offer)).toContain('in termijnen betalen');
    const options = buttons(offer.at(-1));
    const three = options.find((o) => o.startsWith('3 ×'));
    expect(three).toBe('3 × € 400,00 per maand');
    // Typed as the button sends it (with Intl's no-break space).
    const confirm = await chat.say(three!.replace('€ ', '€\u00a0'));
    const first = addDays(today, DEFAULT_POLICY.plans.firstInstalmentAfterDays);
    expect(texts(confirm)).toContain(`1. ${dmy(first)}: € 400,00`);
    expect(buttons(confirm.at(-1))).toEqual(['Ja', 'Nee']);
    const done = await chat.say('Ja');
    expect(texts(done)).toContain('Uw betalingsregeling is vastgelegd');

    const plan = await db.prisma.paymentPlan.findFirstOrThrow({
      where: { debtorId: nl.debtorId },
      include: { installments: { orderBy: { sequence: 'asc' } }, proposal: true },
    });
    expect(plan.status).toBe('active');
    expect(plan.approvedBy).toBe('policy');
    expect(plan.installments.map((i) => i.amountCents)).toEqual([40_000, 40_000, 40_000]);
    expect(toIsoDate(plan.installments[0]!.dueDate)).toBe(first);
    expect(plan.proposal?.status).toBe('executed');
    expect((await db.prisma.invoice.findUniqueOrThrow({ where: { id: nl.invoiceId } })).status).toBe(
      'planned',
    );
    // The pipeline's first proposal was replaced by the one for the chosen plan.
    const proposals = await db.prisma.proposal.findMany({
      where: { debtorId: nl.debtorId },
      orderBy: { createdAt: 'asc' },
    });
    expect(proposals.map((p) => [p.action, p.status])).toEqual([
      ['offer_payment_plan', 'expired'],
      ['offer_payment_plan', 'executed'],
    ]);
    // Every turn, the debtor's and the bot's, is on the debtor's timeline.
    const thread = await db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalThreadId: { channel: 'chat', externalThreadId: chat.conversationId } },
    });
    expect(thread.debtorId).toBe(nl.debtorId);
    const timeline = await db.prisma.message.findMany({
      where: { conversationId: thread.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(timeline.filter((m) => m.direction === 'inbound').map((m) => m.rawText)).toEqual([
      'ik kan nu niet alles betalen, kan ik in termijnen betalen?',
      '3 × €\u00a0400,00 per maand',
      'Ja',
    ]);
    expect(timeline.filter((m) => m.direction === 'outbound').length).toBeGreaterThanOrEqual(3);
    expect(timeline.every((m) => m.debtorId === nl.debtorId && m.channel === 'chat')).toBe(true);
  });

  it('a plan above what the policy approves goes to finance and the debtor hears it is pending', async () => {
    const chat = startChat(db, big);
    const offer = await chat.say('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    const options = buttons(offer.at(-1));
    expect(options.every((o) => o.includes('(na akkoord)') || o === 'Liever iets anders')).toBe(true);
    const four = options.find((o) => o.startsWith('4 ×'))!;
    await chat.say(four);
    const done = await chat.say('ja');
    expect(texts(done)).toContain('ter beoordeling bij onze financiële afdeling');
    const pending = await db.prisma.proposal.findMany({
      where: { debtorId: big.debtorId, status: 'proposed' },
    });
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ action: 'request_plan_approval', requiresApproval: true });
    const schedule = (pending[0]!.params as { schedule: { instalments: unknown[] } }).schedule;
    expect(schedule.instalments).toHaveLength(4);
    expect(await db.prisma.paymentPlan.count({ where: { debtorId: big.debtorId } })).toBe(0);
  });

  it('en: dispute intake asks what is wrong and which lines, and hands the details to sales', async () => {
    const chat = startChat(db, en);
    const what = await chat.say('The invoice is wrong, we never received half of the goods.');
    expect(texts(what)).toContain('What is wrong with invoice INV-EN-1?');
    const lines = await chat.say('Only 5 of the 10 pallets arrived');
    expect(texts(lines)).toContain('Which lines or products');
    const done = await chat.say('Line 2, pallets of flour');
    expect(texts(done)).toContain('passed this to the responsible colleague in sales');
    const handoff = await db.prisma.proposal.findFirstOrThrow({
      where: { debtorId: en.debtorId, action: 'handoff_to_sales' },
    });
    expect(handoff.rationale).toContain('Only 5 of the 10 pallets arrived');
    expect(handoff.rationale).toContain('Line 2, pallets of flour');
  });

  it('nl: PO capture re-asks on an invalid number and proposes the reissue with a valid one', async () => {
    const chat = startChat(db, nl);
    const ask = await chat.say(
      'We hebben een inkoopordernummer nodig op de factuur, anders kunnen we niet betalen.',
    );
    expect(texts(ask)).toContain('Wat is het inkoopordernummer');
    const invalid = await chat.say('geen idee!');
    expect(texts(invalid)).toContain('geen geldig PO-nummer');
    const done = await chat.say('PO-45001234');
    expect(texts(done)).toContain('PO-nummer PO-45001234');
    const reissue = await db.prisma.proposal.findFirstOrThrow({
      where: { debtorId: nl.debtorId, action: 'reissue_invoice' },
    });
    expect(reissue).toMatchObject({ status: 'proposed', requiresApproval: true });
    expect((reissue.params as { poNumber: string }).poNumber).toBe('PO-45001234');
    const asked = await db.prisma.proposal.findFirstOrThrow({
      where: { debtorId: nl.debtorId, action: 'request_po_number' },
    });
    expect(asked.status).toBe('expired');
  });

  it('en: a promise date in the past or too far ahead is asked again; a good one is recorded', async () => {
    const chat = startChat(db, en);
    const ask = await chat.say('I will pay the invoice, I promise.');
    expect(texts(ask)).toContain('On what date will you pay?');
    const past = await chat.say(addDays(today, -3));
    expect(texts(past)).toContain('That date is in the past');
    const far = await chat.say(addDays(today, 90));
    expect(texts(far)).toContain('more than 30 days ahead');
    const garbage = await chat.say('whenever');
    expect(texts(garbage)).toContain('I do not recognise that date');
    const date = addDays(today, 5);
    const done = await chat.say(date.split('-').reverse().join('/'));
    expect(texts(done)).toContain('Noted: you will pay on');
    const promise = await db.prisma.proposal.findFirstOrThrow({
      where: { debtorId: en.debtorId, action: 'record_promise' },
    });
    expect((promise.params as { promisedDate: string }).promisedDate).toBe(date);
  });

  it('nl: already paid asks the date (not in the future) and the reference, then finance checks', async () => {
    const chat = startChat(db, big);
    const ask = await chat.say('Ik heb de factuur al betaald.');
    expect(texts(ask)).toContain('Op welke datum heeft u betaald?');
    const future = await chat.say(dmy(addDays(today, 2)));
    expect(texts(future)).toContain('ligt in de toekomst');
    const paidOn = addDays(today, -2);
    const ref = await chat.say(dmy(paidOn));
    expect(texts(ref)).toContain('omschrijving of welk kenmerk');
    const done = await chat.say('INV-BIG-1 betaling');
    expect(texts(done)).toContain('zoekt uw betaling op');
    const check = await db.prisma.proposal.findFirstOrThrow({
      where: { debtorId: big.debtorId, action: 'check_payment' },
    });
    expect(check.params).toMatchObject({ paidOn, reference: 'INV-BIG-1 betaling' });
    const pause = await db.prisma.dunningPause.findFirst({ where: { createdBy: `proposal:${check.id}` } });
    expect(pause).not.toBeNull();
  });

  it('"mens" in the middle of a dialog hands off to a person and ends the dialog', async () => {
    const chat = startChat(db, en);
    await chat.say('I will pay the invoice, I promise.');
    const handoff = await chat.say('I want to talk to a human please');
    expect(texts(handoff)).toContain('passed your question to a colleague');
    const message = await db.prisma.message.findFirstOrThrow({
      where: { debtorId: en.debtorId, rawText: 'I want to talk to a human please' },
      include: { proposals: true, classifications: true },
    });
    expect(message.proposals.map((p) => p.action)).toEqual(['human_review']);
    expect(message.proposals[0]?.rationale).toMatch(/^The debtor asked to talk to a person\./);
    expect(message.proposals[0]?.rationale).not.toMatch(/uncertain|abstained/);
    expect(message.proposals[0]?.params).toMatchObject({ askedForPerson: true });
    expect(message.classifications[0]?.explanation).toMatchObject({
      note: 'the debtor asked for a person in the chat',
    });
    // The promise dialog is gone: the next message is understood afresh, not taken as a date.
    const next = await chat.say('We already paid this invoice.');
    expect(texts(next)).toContain('On what date did you pay?');
  });

  it('"mens" as the very first message also reaches a person (nl)', async () => {
    const chat = startChat(db, nl);
    const reply = await chat.say('mens');
    expect(texts(reply)).toContain('doorgezet naar een medewerker');
  });

  it('unclear text gets the menu; a pick starts that dialog', async () => {
    const chat = startChat(db, nl);
    const menu = await chat.say('hallo');
    expect(texts(menu)).toContain('Gaat het om een van deze?');
    const po = await chat.say('PO-nummer doorgeven');
    expect(texts(po)).toContain('Wat is het inkoopordernummer');
  });
});
