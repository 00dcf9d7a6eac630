import { randomUUID } from 'node:crypto';
import { type Activity, type Storage, TestAdapter, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../../bot/chat/chat-deps.ts';
import { type ChatTexts, textsFor } from '../../../bot/chat/chat-texts.ts';
import { createChatBot } from '../../../bot/chat/create-chat-bot.ts';
import type { EmailDeps } from '../../../bot/email/email-deps.ts';
import { ingestEmail } from '../../../bot/email/ingest-email.ts';
import { runDunning } from '../../../bot/email/run-dunning.ts';
import type { ChannelCapabilities } from '../../../bot/server/read-channel-capabilities.ts';
import { carryOutDecision } from '../../../bot/slack/carry-out-decision.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { EMAIL_TEMPLATES, type EmailTemplate } from '../../../channels/email/render-email.ts';
import { nextBusinessDayOnOrAfter } from '../../../domain/calendar/next-business-day.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { formatMoney, money } from '../../../domain/money.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import type { ReasonCode } from '../../../domain/reasons.ts';
import type { Entities, Understanding } from '../../../nlp/understanding.ts';
import { createChatStateStorage } from '../../../prisma/chat/create-chat-state-storage.ts';
import { toIsoDate } from '../../../prisma/repositories/to-iso-date.ts';
import { decideProposal } from '../../../prisma/slack/decide-proposal.ts';
import { findUndispatchedSlackWork } from '../../../prisma/slack/find-undispatched-slack-work.ts';
import { buildEml } from '../../support/build-eml.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

/**
 * Said means done: for every automatic message a debtor can receive, on every channel that can
 * produce it, the state its words claim is in the database once the message exists (a plan with
 * exactly those instalments, a promise on that date, a pause until the day named, a hand-over
 * waiting for sales, a PO number on the invoice). The tables are keyed by the template lists the
 * code exports, so a new template without a row fails here.
 */

const today = amsterdamDate(new Date());
const SECRET = 'test-secret-that-is-at-least-32-characters-long';
const NO_ENTITIES: Entities = {
  amounts: [],
  dates: [],
  invoiceNumbers: [],
  poNumbers: [],
  ibans: [],
  instalments: [],
};

type Channel = 'email' | 'slack' | 'chat';

/** A message the assistant produced for a debtor, and whom it is about. */
interface Produced {
  readonly debtorId: string;
  readonly invoiceId: string;
  readonly text: string;
  readonly payload?: Record<string, unknown>;
}

interface Harness {
  readonly db: TestDatabase;
  readonly deps: EmailDeps;
  /** The understanding a mail carrying this marker gets: the matrix is about what follows it, not NLP. */
  readonly readAs: Map<string, { reason: ReasonCode; entities?: Partial<Entities> }>;
}

let seq = 0;
async function seedDebtor(
  db: TestDatabase,
  { cents = 120_000, dueDaysAgo = 20 }: { cents?: number; dueDaysAgo?: number } = {},
) {
  seq += 1;
  const email = `ap${seq}@debtor${seq}.example`;
  const debtor = await db.prisma.debtor.create({
    data: {
      reference: `SMD-${seq}`,
      name: `Debtor ${seq} B.V.`,
      kind: 'company',
      language: 'nl',
      accountOwner: 'sales@ourcompany.example',
      contacts: { create: { email, isPrimary: true } },
      invoices: {
        create: {
          number: `INV-SMD-${seq}`,
          amountCents: cents,
          openCents: cents,
          issueDate: new Date(`${addDays(today, -dueDaysAgo - 30)}T00:00:00Z`),
          dueDate: new Date(`${addDays(today, -dueDaysAgo)}T00:00:00Z`),
        },
      },
    },
    include: { invoices: true },
  });
  return { debtorId: debtor.id, invoiceId: debtor.invoices[0]!.id, number: `INV-SMD-${seq}`, email };
}

/** A reply by e-mail from the debtor's contact, through the real e-mail path (store, execute, answer). */
async function mailFrom(
  h: Harness,
  seeded: Awaited<ReturnType<typeof seedDebtor>>,
  reason: ReasonCode,
  entities: Partial<Entities> = {},
) {
  const marker = `marker-${randomUUID()}`;
  h.readAs.set(marker, { reason, entities });
  seq += 1;
  await ingestEmail({
    deps: h.deps,
    mail: {
      mailbox: 'INBOX',
      uidValidity: 1n,
      uid: seq,
      raw: Buffer.from(
        buildEml({
          from: seeded.email,
          subject: `Factuur ${seeded.number}`,
          body: `Over factuur ${seeded.number}. ${marker}`,
          messageId: `<${marker}@debtor.example>`,
        }),
      ),
    },
  });
}

/** The automatic mail with this template the debtor got, as queued in the outbox. */
async function mailed(h: Harness, debtorId: string, template: EmailTemplate, invoiceId: string) {
  const rows = await h.db.prisma.emailOutbox.findMany({ where: { debtorId, template } });
  expect(rows, `one ${template} mail queued`).toHaveLength(1);
  const message = await h.db.prisma.message.findUniqueOrThrow({ where: { id: rows[0]!.messageId } });
  return {
    debtorId,
    invoiceId,
    text: message.rawText.replace(/\u00a0/gu, ' '),
    payload: rows[0]!.payload as Record<string, unknown>,
  };
}

/** Approve in Slack, carried out as a click is (decideProposal, then carryOutDecision). */
async function approveInSlack(h: Harness, debtorId: string, action: string, contactEmail?: string) {
  const proposal = await h.db.prisma.proposal.findFirstOrThrow({
    where: { debtorId, action, status: 'proposed', requiresApproval: true },
  });
  const schedule = (proposal.params as { schedule?: never }).schedule ?? null;
  await decideProposal({
    prisma: h.db.prisma,
    proposalId: proposal.id,
    actor: 'slack:UFINANCE',
    decision: {
      kind: 'approve',
      schedule,
      changed: false,
      ...(contactEmail ? { input: { contactEmail } } : {}),
    },
  });
  await carryOutDecision({
    deps: { db: h.db, policy: DEFAULT_POLICY, email: h.deps, log: () => undefined, now: () => new Date() },
    proposalId: proposal.id,
    ...(contactEmail ? { contactEmail } : {}),
  });
}

/** The ladder sends on Dutch business days only: a dunning run is held on the next one. */
const dunningDeps = (h: Harness): EmailDeps => ({
  ...h.deps,
  now: () => new Date(`${nextBusinessDayOnOrAfter(today)}T10:00:00Z`),
});

/** A day as the message writes it: in words in a mail (12 december 2026), in digits in the chat (12-12-2026). */
function mentionsDay(text: string, iso: string): boolean {
  return text.includes(day(iso)) || text.includes(iso.split('-').reverse().join('-'));
}

const day = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  })
    .format(new Date(`${iso}T12:00:00Z`))
    .replace(/\u00a0/gu, ' ');
const eur = (cents: number) => formatMoney(money(cents), 'nl').replace(/\u00a0/gu, ' ');

// ---- what each message claims, checked against the database -------------------------------

async function invoiceAsListed(h: Harness, p: Produced) {
  const invoice = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: p.invoiceId } });
  expect(p.text).toContain(invoice.number);
  expect(p.text, 'the amount the mail names is what is open').toContain(eur(invoice.openCents));
  return invoice;
}

async function planAsConfirmed(h: Harness, p: Produced) {
  const plan = await h.db.prisma.paymentPlan.findFirst({
    where: { debtorId: p.debtorId, status: 'active' },
    include: { installments: { orderBy: { sequence: 'asc' } } },
  });
  expect(plan, 'a confirmed plan exists').not.toBeNull();
  expect(plan!.installments.length).toBeGreaterThan(0);
  for (const instalment of plan!.installments) {
    const on = toIsoDate(instalment.dueDate);
    expect(
      [day(on), on.split('-').reverse().join('-')].some((d) =>
        p.text.includes(`${d}: ${eur(instalment.amountCents)}`),
      ),
      `instalment ${on} ${eur(instalment.amountCents)} is confirmed as stored`,
    ).toBe(true);
  }
  expect(plan!.installments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(plan!.totalCents);
  const invoice = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: p.invoiceId } });
  expect(invoice).toMatchObject({ status: 'planned', paymentPlanId: plan!.id });
}

async function promiseAsNoted(h: Harness, p: Produced, promisedDate?: string) {
  const promise = await h.db.prisma.paymentPromise.findFirst({
    where: { debtorId: p.debtorId, status: 'open' },
  });
  expect(promise, 'the promise the debtor is told about is recorded').not.toBeNull();
  const date = toIsoDate(promise!.promisedDate);
  if (promisedDate) expect(date).toBe(promisedDate);
  expect(mentionsDay(p.text, date), `${date} is the promised date`).toBe(true);
  // "Until then no reminders": a pause that reaches the promised date.
  await pausedThrough(h, p.invoiceId, date);
}

async function pausedThrough(h: Harness, invoiceId: string, until: string) {
  const pauses = await h.db.prisma.dunningPause.findMany({ where: { invoiceId, liftedAt: null } });
  expect(
    pauses.some((pause) => toIsoDate(pause.until) >= until),
    `reminders paused through ${until}`,
  ).toBe(true);
}

async function stillOpen(h: Harness, p: Produced) {
  const invoice = await invoiceAsListed(h, p);
  expect(invoice.status).toBe('open');
}

type Scenario = (h: Harness) => Promise<Produced>;
interface Row {
  /** What the words say, in short (the test name). */
  readonly claims: string;
  readonly channels: Partial<Record<Channel, Scenario>>;
  readonly check: (h: Harness, produced: Produced) => Promise<void>;
}

const EMAIL_CLAIMS: Record<EmailTemplate, Row> = {
  payment_plan_confirmation: {
    claims: 'a plan with these instalments exists and the invoice is in it',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'liquidity', {
          instalments: [{ count: 3, amountCents: null, period: 'month', text: 'drie termijnen' }],
        });
        return mailed(h, s.debtorId, 'payment_plan_confirmation', s.invoiceId);
      },
      slack: async (h) => {
        const s = await seedDebtor(h.db, { cents: 726_000 });
        await mailFrom(h, s, 'liquidity', {
          instalments: [{ count: 3, amountCents: null, period: 'month', text: 'drie termijnen' }],
        });
        await approveInSlack(h, s.debtorId, 'request_plan_approval');
        return mailed(h, s.debtorId, 'payment_plan_confirmation', s.invoiceId);
      },
    },
    check: planAsConfirmed,
  },
  promise_confirmation: {
    claims: 'the promise is recorded on that date and reminders pause until then',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'promise_to_pay', { dates: [{ date: addDays(today, 10), text: '' }] });
        return mailed(h, s.debtorId, 'promise_confirmation', s.invoiceId);
      },
      slack: async (h) => {
        const s = await seedDebtor(h.db);
        // Further ahead than the policy accepts by itself: finance approves it.
        await mailFrom(h, s, 'promise_to_pay', { dates: [{ date: addDays(today, 45), text: '' }] });
        await approveInSlack(h, s.debtorId, 'record_promise');
        return mailed(h, s.debtorId, 'promise_confirmation', s.invoiceId);
      },
    },
    check: (h, p) => promiseAsNoted(h, p),
  },
  dispute_acknowledgement: {
    claims: 'the question waits for sales and reminders pause until the day named',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'dispute');
        return mailed(h, s.debtorId, 'dispute_acknowledgement', s.invoiceId);
      },
    },
    check: async (h, p) => {
      const until = addDays(today, DEFAULT_POLICY.dispute.pauseDays);
      expect(p.text).toContain(day(until));
      await pausedThrough(h, p.invoiceId, until);
      const handoff = await h.db.prisma.proposal.findFirstOrThrow({
        where: { debtorId: p.debtorId, action: 'handoff_to_sales' },
      });
      const work = await findUndispatchedSlackWork({ prisma: h.db.prisma });
      expect(work.handoffs, 'the hand-over is queued for sales').toContain(handoff.id);
    },
  },
  payment_link: {
    claims: 'the invoice is open for the amount the link asks',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'forgotten');
        return mailed(h, s.debtorId, 'payment_link', s.invoiceId);
      },
    },
    check: async (h, p) => {
      await stillOpen(h, p);
      const invoice = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: p.invoiceId } });
      expect(p.text).toContain(`https://pay.example/${invoice.number}`);
    },
  },
  po_request: {
    claims: 'the invoice waits for a PO number, reminders held meanwhile',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'missing_po');
        return mailed(h, s.debtorId, 'po_request', s.invoiceId);
      },
    },
    check: async (h, p) => {
      await stillOpen(h, p);
      await pausedThrough(h, p.invoiceId, addDays(today, 1));
    },
  },
  invoice_reissued: {
    claims: 'the PO number is on the invoice; amount and due date unchanged',
    channels: {
      slack: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'missing_po', { poNumbers: ['PO-45001234'] });
        await approveInSlack(h, s.debtorId, 'reissue_invoice');
        return mailed(h, s.debtorId, 'invoice_reissued', s.invoiceId);
      },
    },
    check: async (h, p) => {
      const invoice = await invoiceAsListed(h, p);
      expect(invoice.poNumber).toBe('PO-45001234');
      expect(p.text).toContain('PO-45001234');
    },
  },
  contact_updated: {
    claims: 'the new address is the primary contact',
    channels: {
      slack: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'wrong_contact');
        await approveInSlack(h, s.debtorId, 'update_contact', `new${seq}@debtor.example`);
        return mailed(h, s.debtorId, 'contact_updated', s.invoiceId);
      },
    },
    check: async (h, p) => {
      const primary = await h.db.prisma.contact.findFirstOrThrow({
        where: { debtorId: p.debtorId, isPrimary: true },
      });
      expect(primary.undeliverable).toBe(false);
      expect(p.text).toContain(primary.email);
    },
  },
  payment_reference_request: {
    claims: 'no payment was booked: the invoice is still open',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'already_paid');
        return mailed(h, s.debtorId, 'payment_reference_request', s.invoiceId);
      },
    },
    check: stillOpen,
  },
  invoice_copy: {
    claims: 'the invoice details sent are those on file',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'invoice_request');
        return mailed(h, s.debtorId, 'invoice_copy', s.invoiceId);
      },
    },
    check: stillOpen,
  },
  reminder: {
    claims: 'the invoice is open for that amount, not in a plan, dispute or pause',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db, { dueDaysAgo: 10 });
        await runDunning({ deps: dunningDeps(h), sender: null, dryRun: false });
        return mailed(h, s.debtorId, 'reminder', s.invoiceId);
      },
    },
    check: async (h, p) => {
      await stillOpen(h, p);
      expect(
        await h.db.prisma.dunningPause.count({ where: { invoiceId: p.invoiceId, liftedAt: null } }),
      ).toBe(0);
    },
  },
  dunning_letter: {
    claims: 'the invoice is open for that amount and the letter is the next step on the ladder',
    channels: {
      slack: async (h) => {
        const s = await seedDebtor(h.db, { dueDaysAgo: 60 });
        await h.db.prisma.dunningState.create({
          data: {
            invoiceId: s.invoiceId,
            step: 1,
            stepCode: 'reminder_2',
            lastStepAt: new Date(`${addDays(today, -30)}T09:00:00Z`),
          },
        });
        await runDunning({ deps: dunningDeps(h), sender: null, dryRun: false });
        await approveInSlack(h, s.debtorId, 'escalate');
        return mailed(h, s.debtorId, 'dunning_letter', s.invoiceId);
      },
    },
    check: async (h, p) => {
      await stillOpen(h, p);
      expect((p.payload?.dunning as { stepCode?: string } | null)?.stepCode).toBe('aanmaning');
    },
  },
};

describe('said means done: every automatic mail, on every channel that sends it', () => {
  const h = { readAs: new Map() } as { db: TestDatabase; deps: EmailDeps; readAs: Harness['readAs'] };

  beforeAll(async () => {
    h.db = await createTestDatabase();
    h.deps = {
      prisma: h.db.prisma,
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: SECRET,
        EMAIL_PAYMENT_LINK_URL: 'https://pay.example/{invoice}',
      }),
      policy: DEFAULT_POLICY,
      companyName: 'Our Company',
      log: () => undefined,
      understand: async (input): Promise<Understanding> => {
        const marker = [...h.readAs.keys()].find((key) => input.text.includes(key));
        const read = marker ? h.readAs.get(marker)! : { reason: 'other' as const };
        return {
          kind: 'reply',
          reason: read.reason,
          secondary: [],
          confidence: 0.99,
          abstained: false,
          language: 'nl',
          reply: input.text,
          entities: { ...NO_ENTITIES, ...read.entities },
          explanation: { phrases: [], note: 'read as the matrix row says' },
          model: 'matrix',
          modelVersion: '1',
        };
      },
    };
  });
  afterAll(async () => h.db?.close());

  it('has a row for every automatic mail template', () => {
    expect(Object.keys(EMAIL_CLAIMS).sort()).toEqual([...EMAIL_TEMPLATES].sort());
    for (const template of EMAIL_TEMPLATES)
      expect(Object.keys(EMAIL_CLAIMS[template].channels).length, template).toBeGreaterThan(0);
  });

  const cases = EMAIL_TEMPLATES.flatMap((template) =>
    Object.entries(EMAIL_CLAIMS[template].channels).map(([channel, produce]) => ({
      template,
      channel,
      produce: produce as Scenario,
    })),
  );
  it.each(cases)('$template by $channel: the state it claims exists', async ({ template, produce }) => {
    const produced = await produce(h);
    await EMAIL_CLAIMS[template].check(h, produced);
  });
});

// ---- the chat: what the bot says in a dialog ----------------------------------------------

type ChatKey = keyof ChatTexts;

/**
 * Every chat text: either it claims state and a scenario below proves it, or why it claims none.
 * Texts owned by the chat's wording (what it offers, how it asks) are listed with that reason.
 */
const CHAT_CLAIMS: Record<ChatKey, { verified: string } | { none: string } | { todo: string }> = {
  greeting: { none: 'reads the invoice as stored' },
  menuPrompt: { none: 'a question' },
  menu: { none: 'button labels' },
  notUnderstood: { none: 'a question' },
  yes: { none: 'a button label' },
  no: { none: 'a button label' },
  planIntro: { none: 'an offer read from the policy' },
  planOption: { none: 'an offer read from the policy' },
  planOther: { none: 'a button label' },
  planConfirm: { none: 'a question' },
  planLine: { none: 'part of planConfirm / planApproved' },
  planApproved: { verified: 'a plan chosen in the chat inside the policy' },
  promiseDone: { verified: 'a promise given in the chat inside the policy' },
  disputeWhat: { none: 'a question' },
  disputeLines: { none: 'a question' },
  poAsk: { none: 'a question' },
  poInvalid: { none: 'asks again' },
  promiseAsk: { none: 'a question' },
  promiseInvalid: { none: 'asks again' },
  promisePast: { none: 'asks again' },
  promiseTooFar: { none: 'asks again' },
  paidWhen: { none: 'a question' },
  paidInvalid: { none: 'asks again' },
  paidFuture: { none: 'asks again' },
  paidReference: { none: 'a question' },
  paidReferenceInvalid: { none: 'asks again' },
  tooLong: { none: 'asks again' },
  sorry: { none: 'an error, claims nothing done' },
  handedToPerson: { todo: 'a person notified and a pause: depends on a staff channel (chat-state work)' },
  forgotten: { todo: 'a pay button: depends on a payment provider (chat-state work)' },
  invoiceResent: { todo: 'the invoice sent again: the chat route does not carry resend_invoice out yet' },
  contactUpdate: { todo: 'a colleague updates the contact: depends on a staff channel (chat-state work)' },
  planNone: { todo: 'a colleague looks at it: depends on a staff channel (chat-state work)' },
  planPending: { todo: 'finance has the request: depends on a staff channel (chat-state work)' },
  planRejected: { todo: 'a colleague contacts the debtor: depends on a staff channel (chat-state work)' },
  disputeDone: { todo: 'sales has it and reminders pause: depends on a staff channel (chat-state work)' },
  poDone: { todo: 'the invoice is reissued: waits for finance, depends on a staff channel' },
  paidDone: { todo: 'the payment is looked up: depends on a staff channel (chat-state work)' },
  planActive: { todo: 'the plan on file with its instalments (chat-state work)' },
  requestPending: { todo: 'a plan request waiting for finance (chat-state work)' },
  disputeOnFile: { todo: 'an open dispute on file (chat-state work)' },
  poDoneRecorded: { todo: 'the PO number recorded on the invoice' },
};

/** Slack set up, no payment provider: what the matrix's chat rows are told against. */
const CAPABILITIES: ChannelCapabilities = {
  staffChannel: true,
  payment: { online: false, iban: null, contactEmail: null },
};

describe('said means done in the chat (TestAdapter, real database)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db?.close());

  function startChat(session: Omit<ChatSession, 'conversationId'>) {
    const conversationId = `test-${randomUUID()}`;
    const full: ChatSession = { ...session, conversationId };
    const bot = createChatBot(
      {
        db,
        policy: DEFAULT_POLICY,
        capabilities: CAPABILITIES,
        log: () => undefined,
        now: () => new Date(),
        resolveSession: async (context: TurnContext) =>
          context.activity.conversation.id === conversationId ? full : null,
      },
      createChatStateStorage({ prisma: db.prisma }) as Storage,
    );
    const adapter = new TestAdapter(async (context) => bot.run(context), {
      conversation: { id: conversationId } as Activity['conversation'],
      channelId: 'test',
    });
    return async (text: string) => {
      await adapter.send({ type: 'message', text, id: randomUUID() });
      const replies = adapter.activeQueue.splice(0, adapter.activeQueue.length);
      return {
        text: replies.map((r) => r.text ?? '').join('\n'),
        buttons: replies.at(-1)?.suggestedActions?.actions.map((a) => a.title ?? '') ?? [],
      };
    };
  }

  async function session() {
    const s = await seedDebtor(db);
    return {
      s,
      chat: startChat({
        debtorId: s.debtorId,
        invoiceId: s.invoiceId,
        debtorName: 'Debtor',
        language: 'nl',
        invoiceNumber: s.number,
        openCents: 120_000,
        dueDate: addDays(today, -20),
      }),
    };
  }

  it('has a row for every chat text', () => {
    expect(Object.keys(CHAT_CLAIMS).sort()).toEqual(Object.keys(textsFor('nl', CAPABILITIES)).sort());
  });

  for (const [key, row] of Object.entries(CHAT_CLAIMS)) {
    if ('todo' in row) it.todo(`${key}: ${row.todo}`);
  }

  it('planApproved: the plan it confirms exists with those instalments', async () => {
    const { s, chat } = await session();
    const offer = await chat('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    const three = offer.buttons.find((o) => o.startsWith('3 ×'));
    expect(three).toBeDefined();
    await chat(three!);
    const done = await chat('Ja');
    expect(done.text).toContain(textsFor('nl', CAPABILITIES).planApproved([]).split('\n')[0]);
    const text = done.text.replace(/\u00a0/gu, ' ');
    await planAsConfirmed({ db } as Harness, { debtorId: s.debtorId, invoiceId: s.invoiceId, text });
    await toldOnce(s.debtorId, 'payment_plan_confirmation');
  });

  it('promiseDone: the promise it notes is recorded, with the pause it names', async () => {
    const { s, chat } = await session();
    await chat('Ik beloof dat ik de factuur ga betalen.');
    const date = addDays(today, 5);
    const done = await chat(date.split('-').reverse().join('-'));
    expect(done.text).toContain('Genoteerd');
    expect(done.text).not.toContain('Een medewerker bevestigt dit nog');
    await promiseAsNoted(
      { db } as Harness,
      { debtorId: s.debtorId, invoiceId: s.invoiceId, text: done.text.replace(/\u00a0/gu, ' ') },
      date,
    );
    await toldOnce(s.debtorId, 'promise_confirmation');
  });

  /** The planner's notice exists and counts as told by the dialog: no second message follows in the chat. */
  async function toldOnce(debtorId: string, template: string) {
    const notices = await db.prisma.actionNotice.findMany({ where: { debtorId } });
    expect(notices.map((n) => [n.template, n.channel, n.status])).toEqual([[template, 'chat', 'queued']]);
  }
});
