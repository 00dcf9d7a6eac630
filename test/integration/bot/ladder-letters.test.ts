import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../bot/cli/main.ts';
import { postLetters } from '../../../bot/letters/post-letters.ts';
import { printLetters } from '../../../bot/letters/print-letters.ts';
import { notifyDebtor } from '../../../bot/notices/notify-debtor.ts';
import { sendQueuedEmails } from '../../../bot/notices/send-queued-emails.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import type { MailSender, OutboundMail } from '../../../channels/email/create-smtp-sender.ts';
import { LOGO_CONTENT_ID } from '../../../channels/email/letters/logo-content-id.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { createManualPostalService } from '../../../channels/post/create-manual-postal-service.ts';
import { dueDunningSteps } from '../../../domain/dunning/due-dunning-steps.ts';
import { amsterdamDate } from '../../../domain/model/iso-date.ts';
import type { NoticeParams } from '../../../domain/notices/action-notice.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import type { Database } from '../../../prisma/open-database.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { FIXTURE_IDENTITY } from '../../support/fixture-company-identity.ts';
import { makePng } from '../../support/make-png.ts';
import { createTestTarget } from '../../support/test-database.ts';
import { createFakeCliIo } from '../../unit/bot/cli/commands/fake-cli-io.ts';

const LOGO = {
  contentType: 'image/png' as const,
  base64: makePng({ width: 200, height: 60 }).toString('base64'),
  file: 'logo.png',
};

// The 14-day letter as a PDF: attached to its e-mail, recorded with how it went out, printed with
// the day's other postal letters, and its posting registered; the ladder then counts the 14-day
// term from the day it was posted. PGlite; PostgreSQL with DATABASE_URL.
const LETTER_DAY = '2026-11-23'; // Monday
const POSTED_ON = '2026-11-25'; // Wednesday

describe('formal letters on paper: PDF, print, posting', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  const sent: OutboundMail[] = [];
  const sender: MailSender = { send: async (mail) => void sent.push(mail), close: () => undefined };
  const deps = (db: Database): EmailDeps => ({
    prisma: db.prisma,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@voorbeeld.example',
      EMAIL_REPLY_TOKEN_SECRET: 'reply-token-secret-0123456789abcdef0123',
    }),
    policy: DEFAULT_POLICY,
    companyName: 'Voorbeeld',
    log: () => undefined,
    now: () => new Date(`${LETTER_DAY}T09:00:00Z`),
    letters: { byPost: true, company: { ...FIXTURE_IDENTITY, logo: LOGO }, templatesDir: null },
  });
  const seed = async (db: Database, reference: string, address: boolean, email = true) => {
    const debtor = await db.prisma.debtor.create({
      data: {
        reference,
        name: `J. de Vries ${reference}`,
        kind: 'consumer',
        ...(address
          ? { addressStreet: 'Dorpsstraat 12', addressPostalCode: '3511 AB', addressCity: 'Utrecht' }
          : {}),
        ...(email
          ? { contacts: { create: { email: `${reference.toLowerCase()}@example.nl`, isPrimary: true } } }
          : {}),
      },
    });
    const invoice = await db.prisma.invoice.create({
      data: {
        number: `F-${reference}`,
        debtorId: debtor.id,
        amountCents: 75_050,
        openCents: 75_050,
        issueDate: new Date('2026-09-01T00:00:00Z'),
        dueDate: new Date('2026-10-01T00:00:00Z'),
        dunning: {
          create: { step: 2, stepCode: 'aanmaning', lastStepAt: new Date('2026-11-06T09:00:00Z') },
        },
      },
    });
    // The notice as the click or the run owes it: the step and the invoices; the letter is planned when sent.
    const params: NoticeParams = {
      language: 'nl',
      invoices: [{ id: invoice.id, number: invoice.number, openCents: 75_050, dueDate: '2026-10-01' }],
      ladderStep: 'veertiendagenbrief',
    };
    const queued = await notifyDebtor({
      db,
      debtorId: debtor.id,
      channel: 'email',
      template: 'dunning_letter',
      params,
      idempotencyKey: `dunning:veertiendagenbrief:${invoice.id}`,
      email: deps(db),
    });
    return { debtorId: debtor.id, invoiceId: invoice.id, queued };
  };

  beforeAll(async () => {
    target = await createTestTarget();
  }, 120_000);
  afterAll(async () => target?.drop());

  it('attaches the PDF, records e-mail and post, prints, registers the posting and counts the term from it', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'letters-')), 'print.pdf');
    const db = await openDatabase({ target: target.target, migrate: true });
    try {
      const withAddress = await seed(db, 'P1', true);
      const withoutAddress = await seed(db, 'P2', false);
      const postOnly = await seed(db, 'P3', true, false);
      expect(withAddress.queued.outcome).toBe('queued');
      expect(postOnly.queued.outcome).toBe('by_post');
      // Neither an e-mail address nor post: left for a person, nothing recorded.
      expect((await seed(db, 'P4', false, false)).queued.outcome).toBe('no_recipient');

      const letters = await db.prisma.ladderLetter.findMany({
        orderBy: { createdAt: 'asc' },
        select: { id: true, debtorId: true, delivery: true, stepCode: true, emailMessageId: true, pdf: true },
      });
      expect(letters.map((letter) => [letter.debtorId, letter.delivery, letter.stepCode])).toEqual([
        [withAddress.debtorId, 'both', 'veertiendagenbrief'],
        [withoutAddress.debtorId, 'email', 'veertiendagenbrief'],
        [postOnly.debtorId, 'post', 'veertiendagenbrief'],
      ]);
      expect(letters[0]?.emailMessageId).toBe(
        'messageId' in withAddress.queued ? withAddress.queued.messageId : 'no message',
      );

      // The mail leaves with the PDF; the ladder moves on the day it left.
      expect((await sendQueuedEmails({ deps: deps(db), sender })).sent).toBe(2);
      const mail = sent.find((m) => m.to === 'p1@example.nl')!;
      // The PDF, and the logo file as an inline image the HTML shows by its Content-ID.
      expect(mail.attachments).toHaveLength(2);
      expect(mail.attachments![0]).toMatchObject({ contentType: 'application/pdf' });
      expect(mail.attachments![1]).toMatchObject({
        contentType: 'image/png',
        contentId: LOGO_CONTENT_ID,
        contentBase64: LOGO.base64,
      });
      expect(mail.html).toContain(`src="cid:${LOGO_CONTENT_ID}"`);
      const attached = Buffer.from(mail.attachments![0]!.contentBase64, 'base64');
      const { text } = await extractText(new Uint8Array(attached), { mergePages: true });
      const flat = text.replace(/\s+/gu, ' ');
      expect(flat).toContain('binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd');
      expect(flat).toContain('Deze kosten bedragen € 112,58');
      expect(flat).toContain('Amsterdam, 23 november 2026');
      expect(flat).toContain('Dorpsstraat 12');
      // Worded for paper: how to reach us, not "reply to this e-mail".
      expect(flat).not.toMatch(/beantwoord/iu);
      expect(flat).toContain('telefonisch: +31 20 123 4567');
      // What is printed is exactly what was mailed.
      expect(Buffer.from(letters[0]!.pdf).equals(attached)).toBe(true);

      // Only the letter with a postal address goes by post.
      const printed = await printLetters({ prisma: db.prisma, date: LETTER_DAY, now: new Date() });
      expect(printed.letters.map((letter) => letter.debtorName)).toEqual([
        'J. de Vries P1',
        'J. de Vries P3',
      ]);
      // Each letter on its own sheet: a letter with an odd number of pages gets a blank back.
      const pages = async (pdf: Uint8Array) => (await getDocumentProxy(new Uint8Array(pdf))).numPages;
      const own = await Promise.all(printed.letters.map((letter) => pages(letter.pdf)));
      const firstSheets = own[0]! + (own[0]! % 2);
      expect(await pages(printed.pdf!)).toBe(firstSheets + own[1]!);
      const postOnlyState = () =>
        db.prisma.dunningState.findUniqueOrThrow({ where: { invoiceId: postOnly.invoiceId } });
      // Not posted yet: the ladder still stands at the aanmaning.
      expect((await postOnlyState()).stepCode).toBe('aanmaning');

      const state = () =>
        db.prisma.dunningState.findUniqueOrThrow({ where: { invoiceId: withAddress.invoiceId } });
      expect(amsterdamDate((await state()).lastStepAt!)).toBe(LETTER_DAY);
      const posted = await postLetters({
        prisma: db.prisma,
        service: createManualPostalService(),
        lettersOf: LETTER_DAY,
        on: POSTED_ON,
        actor: 'test',
      });
      expect(posted.receipts).toEqual([
        { letterId: letters[0]!.id, postedOn: POSTED_ON, reference: null },
        { letterId: letters[2]!.id, postedOn: POSTED_ON, reference: null },
      ]);
      // The letter only by post moves the ladder when its posting is registered.
      const postedState = await postOnlyState();
      expect(postedState).toMatchObject({
        step: 3,
        stepCode: 'veertiendagenbrief',
        letterCostsCents: 11_258,
      });
      expect(amsterdamDate(postedState.lastStepAt!)).toBe(POSTED_ON);
      const after = await state();
      expect(amsterdamDate(after.lastStepAt!)).toBe(POSTED_ON);
      expect(amsterdamDate(after.letterSentAt!)).toBe(POSTED_ON);
      expect(
        await db.prisma.$queryRawUnsafe(
          `SELECT postal_service AS service, to_char(posted_on, 'YYYY-MM-DD') AS "postedOn" FROM ladder_letter WHERE id = $1::uuid`,
          letters[0]!.id,
        ),
      ).toEqual([{ service: 'manual', postedOn: POSTED_ON }]);
      // Registering again changes nothing.
      const again = await postLetters({
        prisma: db.prisma,
        service: createManualPostalService(),
        lettersOf: LETTER_DAY,
        on: '2026-11-26',
        actor: 'test',
      });
      expect(again).toMatchObject({ receipts: [], alreadyPosted: 2 });

      // The term: posted Wednesday 11-25, assumed received Friday 11-27, day 14 Friday 12-11, so the
      // hand-over may come on Monday 12-14; counted from the e-mail it would have been due 12-10.
      const ladder = (today: string) =>
        dueDunningSteps({
          invoices: [
            {
              id: withAddress.invoiceId,
              number: 'F-P1',
              openCents: 75_050,
              currency: 'EUR',
              dueDate: '2026-10-01',
              status: 'open',
            },
          ],
          states: [
            {
              invoiceId: withAddress.invoiceId,
              lastStepCode: after.stepCode,
              lastStepSentOn: amsterdamDate(after.lastStepAt!),
            },
          ],
          pauses: [],
          debtor: { kind: 'consumer' },
          today,
          policy: DEFAULT_POLICY,
        }).letters.map((letter) => letter.step.code);
      expect(ladder('2026-12-10')).toEqual([]);
      expect(ladder('2026-12-11')).toEqual([]);
      expect(ladder('2026-12-14')).toEqual(['incassobureau']);
    } finally {
      await db.close();
    }

    // The command writes the same letters as one PDF.
    const io = createFakeCliIo();
    const code = await runCli(['letters', 'print', '--date', LETTER_DAY, '--out', out], {
      io,
      env: target.env,
    });
    expect(io.output()).toContain(`2 letter(s) dated ${LETTER_DAY} written to ${out}`);
    expect(code).toBe(0);
    const { text } = await extractText(new Uint8Array(readFileSync(out)), { mergePages: true });
    expect(text).toContain('J. de Vries P1');
    const none = createFakeCliIo();
    expect(
      await runCli(['letters', 'print', '--date', '2026-11-24', '--out', out], { io: none, env: target.env }),
    ).toBe(0);
    expect(none.output()).toContain('No letters dated 2026-11-24 go by post');
  }, 120_000);
});
