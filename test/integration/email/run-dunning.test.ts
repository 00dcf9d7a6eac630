import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDunning } from '../../../bot/dunning/run-dunning.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import type { MailSender, OutboundMail } from '../../../channels/email/create-smtp-sender.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';

/** A fake of the MailSender port that keeps what it was given. */
function recordingSender(): MailSender & { sent: OutboundMail[] } {
  const sent: OutboundMail[] = [];
  return { sent, send: async (mail) => void sent.push(mail), close: () => undefined };
}

// A Tuesday, a business day: the ladder only sends on business days.
const NOW = new Date('2026-11-24T09:00:00Z');

describe('runDunning', () => {
  let db: TestDatabase;
  let ledger: EmailLedger;
  const deps = (): EmailDeps => ({
    prisma: db.prisma,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: 'dunning-test-secret-with-at-least-32-chars',
    }),
    policy: DEFAULT_POLICY,
    companyName: 'Our Company',
    log: () => undefined,
    now: () => NOW,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    ledger = await seedEmailLedger(db, NOW);
    const other = (number: string, status: 'disputed' | 'planned' | 'paid' | 'open') =>
      db.prisma.invoice.create({
        data: {
          number,
          debtorId: ledger.jansen.debtorId,
          amountCents: 10_000,
          openCents: status === 'paid' ? 0 : 10_000,
          issueDate: new Date('2026-09-01'),
          dueDate: new Date('2026-10-01'),
          status,
        },
      });
    await other('INV-DISPUTED', 'disputed');
    await db.prisma.invoice.create({
      data: {
        number: 'INV-TINY',
        debtorId: ledger.jansen.debtorId,
        amountCents: 350,
        openCents: 350,
        issueDate: new Date('2026-09-01'),
        dueDate: new Date('2026-10-01'),
      },
    });
    await other('INV-PLANNED', 'planned');
    await other('INV-PAID', 'paid');
    const paused = await other('INV-PAUSED', 'open');
    await db.prisma.dunningPause.create({
      data: {
        invoiceId: paused.id,
        reason: 'checking a reported payment',
        until: new Date('2026-11-30'),
        createdBy: 'test',
      },
    });
    // The English debtor's only contact bounced earlier.
    await db.prisma.contact.updateMany({
      where: { debtorId: ledger.acme.debtorId },
      data: { undeliverable: true },
    });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('--dry-run says what it would do and changes nothing', async () => {
    const sender = recordingSender();
    const report = await runDunning({ deps: deps(), sender, dryRun: true });
    expect(report.today).toBe('2026-11-24');
    const outcome = (invoice: string) =>
      report.lines.find((line) => line.invoices.includes(invoice))?.outcome;
    expect(outcome('INV-2026-0042')).toBe('would send');
    expect(outcome('INV-DISPUTED')).toBe('held: in dispute');
    expect(outcome('INV-PLANNED')).toBe('held: in a payment plan');
    expect(outcome('INV-PAUSED')).toMatch(/^held: paused until 2026-11-30/);
    expect(outcome('INV-PAID')).toBeUndefined();
    expect(outcome('INV-2026-0077')).toBe('no deliverable contact');
    // Amounts a person reads are money, never raw cents.
    expect(outcome('INV-TINY')).toBe('held: open amount €3.50 is below the policy threshold of €5.00');
    // Each letter as it would be sent: subject in the debtor's language and its first lines.
    const letter = report.lines.find((line) => line.invoices.includes('INV-2026-0042'))?.letter;
    expect(letter?.subject).toBe('Herinnering: factuur INV-2026-0042');
    expect(letter?.firstLines[0]).toMatch(
      /^Volgens onze administratie staat de onderstaande factuur nog open\. .*€\s1\.250,00/u,
    );
    expect(report.lines.find((line) => line.invoices.includes('INV-2026-0077'))?.letter?.subject).toBe(
      'Reminder: invoice INV-2026-0077',
    );
    expect(sender.sent).toHaveLength(0);
    expect(await db.prisma.emailOutbox.count()).toBe(0);
  });

  it('sends the first reminder, records the ladder step, and never twice', async () => {
    const sender = recordingSender();
    const report = await runDunning({ deps: deps(), sender, dryRun: false });
    expect(report.sent?.sent).toBe(1);
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]).toMatchObject({
      to: 'jan@bakkerij-jansen.nl',
      subject: 'Herinnering: factuur INV-2026-0042',
    });
    // One source, two parts: the HTML and its plain-text twin say the same.
    expect(sender.sent[0]!.html).toContain('INV-2026-0042');
    expect(sender.sent[0]!.text).toContain('Geachte heer/mevrouw Jansen,');
    const state = await db.prisma.dunningState.findUniqueOrThrow({
      where: { invoiceId: ledger.jansen.invoiceId },
    });
    expect(state).toMatchObject({ stepCode: 'reminder_1', step: 0 });
    expect(await db.prisma.dunningState.count()).toBe(1);

    const again = await runDunning({ deps: deps(), sender, dryRun: false });
    expect(again.lines.some((line) => line.outcome === 'queued')).toBe(false);
    expect(sender.sent).toHaveLength(1);
  });
});
