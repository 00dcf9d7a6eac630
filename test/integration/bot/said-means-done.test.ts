import { randomUUID } from 'node:crypto';
import { type Activity, type Storage, TestAdapter, type TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatSession } from '../../../bot/chat/chat-deps.ts';
import { type ChatTexts, textsFor } from '../../../bot/chat/chat-texts.ts';
import { createChatBot } from '../../../bot/chat/create-chat-bot.ts';
import { createChatNoticeService } from '../../../bot/chat/create-chat-notice-service.ts';
import { decideInSlack } from '../../../bot/decisions/decide-in-slack.ts';
import { runDunning } from '../../../bot/dunning/run-dunning.ts';
import { receiveEmails } from '../../../bot/inbound/receive-emails.ts';
import { deliverActionNotices } from '../../../bot/notices/deliver-action-notices.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import type { ChannelCapabilities } from '../../../bot/server/read-channel-capabilities.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { EMAIL_TEMPLATES, type EmailTemplate } from '../../../channels/email/render-email.ts';
import { addBusinessDays } from '../../../domain/calendar/add-business-days.ts';
import { nextBusinessDayOnOrAfter } from '../../../domain/calendar/next-business-day.ts';
import type { Entities, Understanding } from '../../../domain/messages/understanding.ts';
import { addDays, amsterdamDate } from '../../../domain/model/iso-date.ts';
import { formatMoney, money } from '../../../domain/money.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import type { ReasonCode } from '../../../domain/reasons.ts';
import { createChatStateStorage } from '../../../prisma/chat-state/create-chat-state-storage.ts';
import { openDisputesForProposal } from '../../../prisma/disputes/open-disputes-for-proposal.ts';
import { findUndispatchedSlackWork } from '../../../prisma/outbox/find-undispatched-slack-work.ts';
import { askFinanceAboutPaymentChecks } from '../../../prisma/payments/ask-finance-about-payment-checks.ts';
import { recordProviderPayment } from '../../../prisma/payments/record-provider-payment.ts';
import { decideProposal } from '../../../prisma/proposals/decide-proposal.ts';
import { toIsoDate } from '../../../prisma/sql/to-iso-date.ts';
import { buildEml } from '../../support/build-eml.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { useTestDatabase } from '../../support/use-test-database.ts';

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

/**
 * A reply by e-mail from the debtor's contact, through the real e-mail path (store, execute, then
 * answer as the sink does after the sync).
 */
async function mailFrom(
  h: Harness,
  seeded: Awaited<ReturnType<typeof seedDebtor>>,
  reason: ReasonCode,
  entities: Partial<Entities> = {},
) {
  const marker = `marker-${randomUUID()}`;
  h.readAs.set(marker, { reason, entities });
  seq += 1;
  await receiveEmails({
    deps: h.deps,
    mails: [
      {
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
    ],
  });
  await deliverActionNotices({ db: h.db, email: h.deps, log: () => undefined });
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

/**
 * Approve in Slack, decided and carried out as a click is (decideInSlack), then told
 * as the worker's round tells it (deliverActionNotices).
 */
async function approveInSlack(h: Harness, debtorId: string, action: string, contactEmail?: string) {
  const proposal = await h.db.prisma.proposal.findFirstOrThrow({
    where: { debtorId, action, status: 'proposed', requiresApproval: true },
  });
  const schedule = (proposal.params as { schedule?: never }).schedule ?? null;
  await decideInSlack({
    deps: { db: h.db, policy: DEFAULT_POLICY, log: () => undefined, now: () => new Date() },
    proposalId: proposal.id,
    user: 'UFINANCE',
    decision: {
      kind: 'approve',
      schedule,
      changed: false,
      ...(contactEmail ? { input: { contactEmail } } : {}),
    },
    ...(contactEmail ? { contactEmail } : {}),
  });
  await deliverActionNotices({ db: h.db, email: h.deps, log: () => undefined });
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
      // One line (a row of the mail's instalment table) holds the day and its amount.
      [day(on), on.split('-').reverse().join('-')].some((d) =>
        p.text.split('\n').some((line) => line.includes(d) && line.includes(eur(instalment.amountCents))),
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
  payment_received: {
    claims: 'the reported payment is booked for that amount and the invoice is paid',
    channels: {
      email: async (h) => {
        const s = await seedDebtor(h.db);
        await mailFrom(h, s, 'already_paid', {
          amounts: [{ cents: 120_000, currency: 'EUR', text: '1.200,00' }],
          dates: [{ date: addDays(today, -2), text: 'eergisteren' }],
        });
        await recordProviderPayment({
          prisma: h.db.prisma,
          provider: 'mollie',
          payment: {
            id: `tr_${randomUUID()}`,
            status: 'paid',
            amountCents: 120_000,
            currency: 'EUR',
            method: 'ideal',
            paidAt: new Date(),
            checkoutUrl: null,
            metadata: { invoiceId: s.invoiceId },
          },
        });
        await deliverActionNotices({ db: h.db, email: h.deps, log: () => undefined });
        return mailed(h, s.debtorId, 'payment_received', s.invoiceId);
      },
    },
    check: async (h, p) => {
      const invoice = await h.db.prisma.invoice.findUniqueOrThrow({ where: { id: p.invoiceId } });
      expect(invoice).toMatchObject({ status: 'paid', openCents: 0 });
      expect(p.text).toContain(invoice.number);
      const payments = await h.db.prisma.payment.findMany({ where: { invoiceId: p.invoiceId } });
      expect(p.text, 'the amount named is the amount booked').toContain(
        eur(payments.reduce((sum, payment) => sum + payment.amountCents, 0)),
      );
    },
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
  handedToPerson: {
    verified:
      'a review waits for a person with a pause; with Slack the triage is queued, without it no contact promised',
  },
  forgotten: {
    verified: 'the open amount; a pay button only with online payment, else the transfer account',
  },
  invoiceResent: {
    verified: 'the resend is carried out (executed, told here), reminders paused; the PDF is on the page',
  },
  contactUpdate: {
    verified: 'the contact change waits for finance with a pause; reaches Slack only with a staff channel',
  },
  planNone: { verified: 'no plan exists and none is asked for' },
  planPending: { verified: 'exactly one plan request waits for finance, with a pause' },
  planRejected: { verified: 'finance rejected the request; nobody is promised to call' },
  disputeDone: {
    verified: 'the hand-off to sales exists with the pause named; queued for Slack with a staff channel',
  },
  poDone: { verified: 'the reissue with that PO waits for finance in Slack, with a pause' },
  paidDone: { verified: 'a payment check waits for finance (Slack with a staff channel), with a pause' },
  planActive: { verified: "the instalments named are the plan's rows" },
  requestPending: { verified: 'exactly one pending request, of the day named' },
  disputeOnFile: { verified: 'the open dispute of the day named' },
  poDoneRecorded: {
    verified: "the PO number is on the stored request; the invoice waits for finance's check",
  },
};

/** Slack set up, no payment provider: what the matrix's chat rows are told against by default. */
const CAPABILITIES: ChannelCapabilities = {
  staffChannel: true,
  payment: { online: false, iban: null, contactEmail: null },
};
/** No staff channel: nobody is told, so the texts must not promise anyone's contact. */
const NO_STAFF: ChannelCapabilities = {
  staffChannel: false,
  payment: { online: false, iban: null, contactEmail: 'debiteuren@ourcompany.example' },
};
const BOTH = [
  { name: 'with a staff channel', can: CAPABILITIES },
  { name: 'without a staff channel', can: NO_STAFF },
] as const;
/** What a text without a staff channel must not say: that someone will contact or has been told. */
const PROMISES_CONTACT = /medewerker|collega|neemt contact|doorgezet|doorgegeven/iu;

describe('said means done in the chat (TestAdapter, real database)', () => {
  const db = useTestDatabase();

  function startChat(session: Omit<ChatSession, 'conversationId'>, can: ChannelCapabilities) {
    const conversationId = `test-${randomUUID()}`;
    const full: ChatSession = { ...session, conversationId };
    const bot = createChatBot(
      {
        db,
        policy: DEFAULT_POLICY,
        capabilities: can,
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
        text: replies
          .map((r) => r.text ?? '')
          .join('\n')
          .replace(/\u00a0/gu, ' '),
        buttons: replies.at(-1)?.suggestedActions?.actions.map((a) => a.title ?? '') ?? [],
      };
    };
  }

  async function session(can: ChannelCapabilities = CAPABILITIES, cents = 120_000) {
    const s = await seedDebtor(db, { cents });
    return {
      s,
      t: textsFor('nl', can),
      chat: startChat(
        {
          debtorId: s.debtorId,
          invoiceId: s.invoiceId,
          debtorName: 'Debtor',
          language: 'nl',
          invoiceNumber: s.number,
          openCents: cents,
          dueDate: addDays(today, -20),
        },
        can,
      ),
    };
  }

  const nbsp = (text: string) => text.replace(/\u00a0/gu, ' ');
  const dmy = (iso: string) => iso.split('-').reverse().join('-');
  const produced = (s: { debtorId: string; invoiceId: string }, text: string): Produced => ({
    debtorId: s.debtorId,
    invoiceId: s.invoiceId,
    text,
  });
  const work = () => findUndispatchedSlackWork({ prisma: db.prisma });
  const proposalsOf = (debtorId: string, action: string) =>
    db.prisma.proposal.findMany({ where: { debtorId, action }, orderBy: { createdAt: 'asc' } });

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
    await planAsConfirmed({ db } as Harness, produced(s, done.text));
    await toldOnce(s.debtorId, 'payment_plan_confirmation');
  });

  it('promiseDone: the promise it notes is recorded, with the pause it names', async () => {
    const { s, chat } = await session();
    await chat('Ik beloof dat ik de factuur ga betalen.');
    const date = addDays(today, 5);
    const done = await chat(dmy(date));
    expect(done.text).toContain('Genoteerd');
    expect(done.text).not.toContain('Een medewerker bevestigt dit nog');
    await promiseAsNoted({ db } as Harness, produced(s, done.text), date);
    await toldOnce(s.debtorId, 'promise_confirmation');
  });

  it('planActive: the instalments it names are the plan on file, and how to pay is what is configured', async () => {
    const can: ChannelCapabilities = {
      ...CAPABILITIES,
      payment: { online: false, iban: 'NL91ABNA0417164300', contactEmail: null },
    };
    const { s, chat } = await session(can);
    const offer = await chat('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    await chat(offer.buttons.find((o) => o.startsWith('3 ×'))!);
    await chat('Ja');
    const asked = await chat('Hoe zit het met mijn betalingsregeling? Kan ik in termijnen betalen?');
    expect(asked.text).toContain('Deze factuur betaalt u met een betalingsregeling');
    await planAsConfirmed({ db } as Harness, produced(s, asked.text));
    const plan = await db.prisma.paymentPlan.findFirstOrThrow({
      where: { debtorId: s.debtorId, status: 'active' },
      include: { installments: true },
    });
    expect(asked.text.match(/^\d+\. /gmu), 'no instalment named that is not on file').toHaveLength(
      plan.installments.length,
    );
    expect(asked.text).toContain(`IBAN NL91ABNA0417164300, onder vermelding van factuur ${s.number}`);
    expect(asked.text, 'no pay button without online payment').not.toMatch(/knop/u);
  });

  describe.each(BOTH)('$name', ({ can }) => {
    it('handedToPerson: a review waits for a person, reminders pause, the triage reaches Slack', async () => {
      const { s, t, chat } = await session(can);
      const reply = await chat('mens');
      expect(reply.text).toContain(t.handedToPerson);
      const [review] = await proposalsOf(s.debtorId, 'human_review');
      expect(review, 'the review for a person exists').toBeDefined();
      expect(review!.status).toBe('proposed');
      await pausedThrough(
        { db } as Harness,
        s.invoiceId,
        addBusinessDays(today, DEFAULT_POLICY.humanReview.pauseBusinessDays),
      );
      // The triage is what reaches Slack when there is one; without it the text promises no one.
      expect((await work()).triage).toContain(review!.messageId);
      if (!can.staffChannel) expect(reply.text).not.toMatch(PROMISES_CONTACT);
    });

    it('disputeDone and disputeOnFile: the hand-off exists with the pause named; the open dispute is told', async () => {
      const { s, t, chat } = await session(can);
      await chat('De factuur klopt niet, we hebben maar de helft van de goederen ontvangen.');
      await chat('Er kwamen 5 van de 10 pallets');
      const done = await chat('Regel 2, pallets meel');
      expect(done.text).toContain(t.disputeDone);
      const [handoff] = await proposalsOf(s.debtorId, 'handoff_to_sales');
      expect(handoff?.status).toBe('proposed');
      // The same acknowledgement a mail gets, from the same planner, told here once.
      await toldOnce(s.debtorId, 'dispute_acknowledgement');
      await pausedThrough({ db } as Harness, s.invoiceId, addDays(today, DEFAULT_POLICY.dispute.pauseDays));
      expect((await work()).handoffs, 'the hand-over is queued for sales').toContain(handoff!.id);
      if (!can.staffChannel) expect(done.text).not.toMatch(PROMISES_CONTACT);

      // Slack's dispatch opens the dispute; the chat then tells it instead of opening another.
      await openDisputesForProposal({ prisma: db.prisma, proposalId: handoff!.id });
      const again = await chat('De factuur klopt niet, de prijs is verkeerd.');
      const dispute = await db.prisma.dispute.findFirstOrThrow({
        where: { invoiceId: s.invoiceId, status: { in: ['open', 'taken'] } },
      });
      expect(again.text).toContain(t.disputeOnFile(amsterdamDate(dispute.createdAt)));
      expect(await db.prisma.dispute.count({ where: { invoiceId: s.invoiceId } })).toBe(1);
      expect(await proposalsOf(s.debtorId, 'handoff_to_sales')).toHaveLength(1);
      if (!can.staffChannel) expect(again.text).not.toMatch(PROMISES_CONTACT);
    });

    it('planPending, requestPending, planRejected: one request waits for finance; a rejection is told as such', async () => {
      const { s, t, chat } = await session(can, 726_000);
      const offer = await chat('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
      const choice = offer.buttons.find((o) => o.includes('(na akkoord)'));
      expect(choice).toBeDefined();
      await chat(choice!);
      const pending = await chat('Ja');
      expect(pending.text).toContain(t.planPending);
      const waiting = await db.prisma.proposal.findMany({
        where: { debtorId: s.debtorId, status: 'proposed', requiresApproval: true },
      });
      expect(
        waiting.map((p) => p.action),
        'exactly one request waits for finance',
      ).toEqual(['request_plan_approval']);
      const request = waiting[0]!;
      await pausedThrough({ db } as Harness, s.invoiceId, addDays(today, 1));
      expect((await work()).approvals, 'the request reaches finance').toContain(request.id);
      if (!can.staffChannel) expect(pending.text).not.toMatch(PROMISES_CONTACT);

      const asked = await chat('Kan ik in termijnen betalen?');
      const schedule = (
        request.params as { schedule: { instalments: { dueDate: string; amountCents: number }[] } }
      ).schedule.instalments;
      expect(asked.text).toContain(nbsp(t.requestPending(amsterdamDate(request.createdAt), schedule)));
      expect(
        await db.prisma.proposal.count({
          where: { debtorId: s.debtorId, status: 'proposed', requiresApproval: true },
        }),
        'asking again asks nobody again',
      ).toBe(1);

      await decideProposal({
        prisma: db.prisma,
        proposalId: request.id,
        actor: 'slack:UFINANCE',
        decision: { kind: 'reject', note: null },
      });
      const notices = createChatNoticeService({
        db,
        send: async () => undefined,
        isStreaming: () => false,
        intervalMs: 60_000,
        log: () => undefined,
        capabilities: can,
      });
      await notices.deliverOpen();
      const told = await db.prisma.message.findMany({
        where: { debtorId: s.debtorId, direction: 'outbound', rawText: t.planRejected },
      });
      expect(told, 'the rejection is told once').toHaveLength(1);
      expect((await db.prisma.proposal.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
        'rejected',
      );
      expect(t.planRejected, 'nothing sends a colleague to the debtor').not.toMatch(/neemt contact/u);
    });

    it('poDone / poDoneRecorded: the reissue with that PO waits for finance, reminders pause', async () => {
      const { s, t, chat } = await session(can);
      await chat('We hebben een inkoopordernummer nodig op de factuur, anders kunnen we niet betalen.');
      const done = await chat('PO-45001234');
      expect(done.text).toContain(
        can.staffChannel ? t.poDone('PO-45001234') : t.poDoneRecorded('PO-45001234'),
      );
      const reissue = await db.prisma.proposal.findFirstOrThrow({
        where: { debtorId: s.debtorId, action: 'reissue_invoice', status: 'proposed' },
      });
      expect((reissue.params as { poNumber: string }).poNumber).toBe('PO-45001234');
      // "Reissued once finance has checked it": not on the invoice before that.
      const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { id: s.invoiceId } });
      expect(invoice.poNumber).toBeNull();
      await pausedThrough({ db } as Harness, s.invoiceId, addDays(today, DEFAULT_POLICY.missingPo.pauseDays));
      expect((await work()).approvals).toContain(reissue.id);
      if (!can.staffChannel) expect(done.text).not.toMatch(PROMISES_CONTACT);
    });

    it('paidDone: a payment check waits for finance, reminders pause while it does', async () => {
      const { s, t, chat } = await session(can);
      await chat('Ik heb de factuur al betaald.');
      await chat(dmy(addDays(today, -2)));
      const done = await chat('INV betaling');
      expect(done.text).toContain(t.paidDone);
      const check = await db.prisma.proposal.findFirstOrThrow({
        where: { debtorId: s.debtorId, action: 'check_payment', status: 'proposed' },
      });
      expect(check.requiresApproval).toBe(true);
      const windowEnd = addBusinessDays(today, DEFAULT_POLICY.alreadyPaid.pauseBusinessDays);
      await pausedThrough({ db } as Harness, s.invoiceId, windowEnd);
      // The payment is looked for while the pause runs (a payment that arrives resolves the
      // check); when it runs out without one, someone is asked to look for it.
      expect((await work()).approvals, 'nobody is asked while the check window runs').not.toContain(check.id);
      await askFinanceAboutPaymentChecks({ prisma: db.prisma, today: windowEnd, now: new Date() });
      expect((await work()).approvals, 'someone is asked to look for the payment').toContain(check.id);
      if (!can.staffChannel) expect(done.text).not.toMatch(PROMISES_CONTACT);
    });

    it('contactUpdate: the change waits for finance with a pause', async () => {
      const { s, t, chat } = await session(can);
      const reply = await chat(
        'U stuurt de facturen naar het verkeerde adres, dit is niet het juiste contactpersoon. Stuur ze naar boekhouding@debtor.example',
      );
      expect(reply.text).toContain(t.contactUpdate);
      const update = await db.prisma.proposal.findFirstOrThrow({
        where: { debtorId: s.debtorId, action: 'update_contact', status: 'proposed' },
      });
      expect((await work()).approvals).toContain(update.id);
      await pausedThrough({ db } as Harness, s.invoiceId, addDays(today, DEFAULT_POLICY.contact.pauseDays));
      if (!can.staffChannel) expect(reply.text).not.toMatch(PROMISES_CONTACT);
    });

    it('invoiceResent: the resend is carried out, reminders pause', async () => {
      const { s, t, chat } = await session(can);
      const reply = await chat('Kunt u mij de factuur nog een keer sturen? Ik heb hem niet ontvangen.');
      expect(reply.text).toContain(t.invoiceResent);
      const resend = await db.prisma.proposal.findFirstOrThrow({
        where: { debtorId: s.debtorId, action: 'resend_invoice' },
      });
      expect(resend.status, 'carried out, not left waiting').toBe('executed');
      await toldOnce(s.debtorId, 'invoice_copy');
      await pausedThrough({ db } as Harness, s.invoiceId, addDays(today, DEFAULT_POLICY.contact.pauseDays));
    });
  });

  it.each([
    { name: 'without online payment or IBAN', payment: { online: false, iban: null, contactEmail: null } },
    { name: 'with an IBAN', payment: { online: false, iban: 'NL91ABNA0417164300', contactEmail: null } },
    { name: 'with online payment', payment: { online: true, iban: null, contactEmail: null } },
  ])('forgotten $name: the open amount, and a pay button only when there is one', async ({ payment }) => {
    const can: ChannelCapabilities = { staffChannel: true, payment };
    const { s, t, chat } = await session(can);
    const reply = await chat('Sorry, ik was vergeten te betalen.');
    expect(reply.text).toContain(nbsp(t.forgotten(120_000, s.number)));
    await stillOpen({ db } as Harness, produced(s, `${reply.text} ${s.number}`));
    // Decided by the policy: carried out as a mail's would be, its notice told here once.
    const [link] = await proposalsOf(s.debtorId, 'send_payment_link');
    expect(link?.status).toBe('executed');
    await toldOnce(s.debtorId, 'payment_link');
    if (payment.online) {
      expect(reply.text).toContain('Betaal € 1.200,00 met iDEAL');
    } else {
      expect(reply.text, 'no pay button without a provider').not.toMatch(/knop|iDEAL|Betaal /u);
      if (payment.iban) expect(reply.text).toContain(`IBAN ${payment.iban}`);
    }
  });

  it('planNone: no plan exists and nothing waits for finance', async () => {
    const { s, t, chat } = await session(CAPABILITIES, 4_000);
    const reply = await chat('ik kan nu niet alles betalen, kan ik in termijnen betalen?');
    expect(reply.text).toContain(t.planNone);
    expect(await db.prisma.paymentPlan.count({ where: { debtorId: s.debtorId } })).toBe(0);
    // Nothing waits for finance either: the text sends the debtor to "mens" for that.
    const waiting = await db.prisma.proposal.findMany({
      where: { debtorId: s.debtorId, status: 'proposed', requiresApproval: true },
    });
    expect(waiting).toEqual([]);
  });

  /** The planner's notice exists and counts as told by the dialog: no second message follows in the chat. */
  async function toldOnce(debtorId: string, template: string) {
    const notices = await db.prisma.actionNotice.findMany({ where: { debtorId } });
    expect(notices.map((n) => [n.template, n.channel, n.status])).toEqual([[template, 'chat', 'queued']]);
  }
});
