import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../../bot/chat/chat-deps.ts';
import type { ChannelCapabilities } from '../../../bot/server/read-channel-capabilities.ts';
import { formatPageAmount } from '../../../channels/web/format-page-values.ts';
import { PAGE_STRINGS } from '../../../channels/web/page-strings.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { toIsoDate } from '../../../prisma/sql/to-iso-date.ts';
import { seedChatDebtor } from '../../support/seed-chat-debtor.ts';
import { buttonsOf, plain, startTestChat, textsOfReplies as texts } from '../../support/start-test-chat.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

const today = amsterdamDate(new Date());
const dmy = (iso: string) => iso.split('-').reverse().join('-');
const eurNl = (cents: number) => plain(formatPageAmount(cents, 'EUR', 'nl'));
const ASK_PLAN = 'ik kan nu niet alles betalen, kan ik in termijnen betalen?';
/** Anything that promises a person will act, which is only true when a staff channel is set up. */
const PROMISES_CONTACT =
  /medewerker (bekijkt|neemt|past|bevestigt)|doorgezet naar een medewerker|doorgegeven aan|contact met u op|neemt contact|colleague|will contact|passed (this|your)/i;
const NO_STAFF_NO_PROVIDER: ChannelCapabilities = {
  staffChannel: false,
  payment: { online: false, iban: null, contactEmail: null },
};

/**
 * The chat answers from what is on file for the invoice (the plan, a pending request, an open
 * dispute), asserted against the database: what it says equals the rows, and asking again
 * creates nothing new for finance or sales.
 */
describe('chat: what is on file answers the question (real bot, real database)', () => {
  let db: TestDatabase;
  const sessionFor = async (
    reference: string,
    cents: number,
    language: 'nl' | 'en' = 'nl',
  ): Promise<Omit<ChatSession, 'conversationId'>> => {
    const due = addDays(today, -20);
    const seeded = await seedChatDebtor(db, {
      reference,
      name: `Debiteur ${reference}`,
      language,
      invoiceNumber: `INV-${reference}`,
      cents,
      dueDate: due,
    });
    return {
      ...seeded,
      debtorName: `Debiteur ${reference}`,
      language,
      invoiceNumber: `INV-${reference}`,
      openCents: cents,
      dueDate: due,
    };
  };
  const requestsFor = (debtorId: string) =>
    db.prisma.proposal.findMany({ where: { debtorId, status: 'proposed', requiresApproval: true } });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.close());

  it('after a plan was arranged, asking about it tells its real instalments and asks finance nothing', async () => {
    const session = await sessionFor('ST-PLAN', 120_000);
    const chat = startTestChat(db, session);
    const offer = await chat.say(ASK_PLAN);
    const three = buttonsOf(offer.at(-1)).find((o) => o.startsWith('3 ×'))!;
    await chat.say(three);
    expect(texts(await chat.say('Ja'))).toContain('Uw betalingsregeling is vastgelegd');
    const plan = await db.prisma.paymentPlan.findFirstOrThrow({
      where: { debtorId: session.debtorId, status: 'active' },
      include: { installments: { orderBy: { sequence: 'asc' } } },
    });
    // A payment came in for the first instalment since.
    await db.prisma.installment.update({
      where: { id: plan.installments[0]!.id },
      data: { paidCents: plan.installments[0]!.amountCents, status: 'paid' },
    });

    for (const question of [ASK_PLAN, 'Betalingsregeling']) {
      const answer = texts(await startTestChat(db, session).say(question));
      expect(answer).not.toMatch(/Voor dit bedrag|geen regeling|kan ik hier geen/);
      plan.installments.forEach((row, n) => {
        expect(answer).toContain(
          `${n + 1}. ${dmy(toIsoDate(row.dueDate))}: ${eurNl(row.amountCents)}${n === 0 ? ' (betaald)' : ''}`,
        );
      });
      const second = plan.installments[1]!;
      expect(answer).toContain(
        `De volgende termijn is ${eurNl(second.amountCents)} op ${dmy(toIsoDate(second.dueDate))}.`,
      );
    }
    // Nothing waits for finance, and the question is on the timeline, answered from the plan.
    expect(await requestsFor(session.debtorId)).toEqual([]);
    const answered = await db.prisma.proposal.findFirstOrThrow({
      where: { debtorId: session.debtorId, message: { rawText: ASK_PLAN }, action: 'no_action' },
    });
    expect(answered.params).toMatchObject({
      answeredFromStanding: 'plan_active',
      insteadOf: 'request_plan_approval',
    });
    expect(answered.rationale).toContain(plan.id);
    expect(await db.prisma.paymentPlan.count({ where: { debtorId: session.debtorId } })).toBe(1);
  });

  it('asking twice for a plan finance must approve creates exactly one request, and says since when', async () => {
    const session = await sessionFor('ST-BIG', 726_000);
    const chat = startTestChat(db, session);
    const offer = await chat.say(ASK_PLAN);
    await chat.say(buttonsOf(offer.at(-1)).find((o) => o.startsWith('4 ×'))!);
    expect(texts(await chat.say('ja'))).toContain('ter beoordeling bij onze financiële afdeling');
    const [request] = await requestsFor(session.debtorId);
    expect(request).toMatchObject({ action: 'request_plan_approval' });

    const again = texts(await startTestChat(db, session).say(ASK_PLAN));
    expect(again).toContain(`Uw verzoek om een betalingsregeling van ${dmy(today)} ligt nog ter beoordeling`);
    expect(again).toContain('Een tweede verzoek is niet nodig');
    const schedule = (request!.params as { schedule: { instalments: { amountCents: number }[] } }).schedule;
    expect(again).toContain(
      `(${schedule.instalments.length} termijnen, de eerste ${eurNl(schedule.instalments[0]!.amountCents)}`,
    );
    const menu = texts(await startTestChat(db, session).say('Betalingsregeling'));
    expect(menu).toContain('ligt nog ter beoordeling');
    const requests = await requestsFor(session.debtorId);
    expect(requests.map((p) => p.id)).toEqual([request!.id]);
  });

  it('an open dispute is acknowledged, not opened again', async () => {
    const session = await sessionFor('ST-DISP', 50_000, 'en');
    const dispute = await db.prisma.dispute.create({
      data: { debtorId: session.debtorId, invoiceId: session.invoiceId, summary: 'half the goods missing' },
    });
    const answer = texts(
      await startTestChat(db, session).say('The invoice is wrong, we never received half of the goods.'),
    );
    expect(answer).toContain(
      `Your dispute of this invoice of ${today.split('-').reverse().join('/')} is on file`,
    );
    expect(answer).not.toContain('What is wrong with invoice');
    const menu = texts(await startTestChat(db, session).say('Invoice is wrong'));
    expect(menu).toContain('is on file and not resolved yet');
    expect(
      await db.prisma.proposal.count({ where: { debtorId: session.debtorId, action: 'handoff_to_sales' } }),
    ).toBe(0);
    expect(
      (await db.prisma.dispute.findMany({ where: { debtorId: session.debtorId } })).map((d) => d.id),
    ).toEqual([dispute.id]);
  });

  it('the greeting tells the plan on file', async () => {
    const session = await sessionFor('ST-GREET', 120_000);
    const chat = startTestChat(db, session);
    const offer = await chat.say(ASK_PLAN);
    await chat.say(buttonsOf(offer.at(-1)).find((o) => o.startsWith('3 ×'))!);
    await chat.say('Ja');
    const [greeting] = await startTestChat(db, session).join();
    expect(plain(greeting?.text ?? '')).toContain('Deze factuur betaalt u met een betalingsregeling');
  });

  it('without a staff channel nobody is promised contact; the message is on the timeline as said', async () => {
    const session = await sessionFor('ST-NOSTAFF', 80_000);
    const handoff = texts(
      await startTestChat(db, session, NO_STAFF_NO_PROVIDER).say('ik wil een mens spreken'),
    );
    expect(handoff).not.toMatch(PROMISES_CONTACT);
    expect(handoff).toContain(
      'Uw bericht is vastgelegd bij uw dossier. Ons team bekijkt deze berichten op werkdagen.',
    );
    const stored = await db.prisma.message.findFirstOrThrow({
      where: { debtorId: session.debtorId, rawText: 'ik wil een mens spreken' },
      include: { proposals: true },
    });
    expect(stored.proposals.map((p) => p.action)).toEqual(['human_review']);

    const chat = startTestChat(db, session, NO_STAFF_NO_PROVIDER);
    await chat.say('De factuur klopt niet, we hebben maar de helft van de goederen ontvangen.');
    await chat.say('Er ontbreken 5 pallets');
    const dispute = texts(await chat.say('Regel 2'));
    expect(dispute).not.toMatch(PROMISES_CONTACT);
    expect(dispute).toContain('Uw bericht is vastgelegd bij uw dossier');
    const [greeting] = await startTestChat(db, session, NO_STAFF_NO_PROVIDER).join();
    expect(greeting?.text).not.toMatch(PROMISES_CONTACT);
  });

  it('no pay button is mentioned without a provider; bank details when configured; the real button with one', async () => {
    const session = await sessionFor('ST-PAY', 120_000);
    const forgot = 'Sorry, ik ben de factuur vergeten te betalen.';
    const none = texts(await startTestChat(db, session, NO_STAFF_NO_PROVIDER).say(forgot));
    expect(none).not.toMatch(/Betalen"|knop|button|iDEAL/i);
    expect(none).toContain(
      `U kunt ${eurNl(120_000)} overmaken naar de rekening op uw factuur, onder vermelding van factuur INV-ST-PAY.`,
    );
    const [greeting] = await startTestChat(db, session, NO_STAFF_NO_PROVIDER).join();
    expect(greeting?.text).not.toContain('hier betalen');

    const bank: ChannelCapabilities = {
      ...NO_STAFF_NO_PROVIDER,
      payment: { online: false, iban: 'NL91ABNA0417164300', contactEmail: null },
    };
    const transfer = texts(await startTestChat(db, session, bank).say(forgot));
    expect(transfer).toContain('IBAN NL91ABNA0417164300, onder vermelding van factuur INV-ST-PAY');
    expect(transfer).not.toMatch(/knop|iDEAL/);

    const online: ChannelCapabilities = {
      staffChannel: true,
      payment: { online: true, iban: null, contactEmail: null },
    };
    const pay = texts(await startTestChat(db, session, online).say(forgot));
    // The label the page's button really has.
    expect(pay).toContain(`"${plain(PAGE_STRINGS.nl.payWithIdeal(formatPageAmount(120_000, 'EUR', 'nl')))}"`);
  });
});
