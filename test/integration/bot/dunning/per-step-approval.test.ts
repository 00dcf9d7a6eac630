import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDunning } from '../../../../bot/dunning/run-dunning.ts';
import type { EmailDeps } from '../../../../bot/server/email-deps.ts';
import type { MailSender, OutboundMail } from '../../../../channels/email/create-smtp-sender.ts';
import { readEmailConfig } from '../../../../channels/email/read-email-config.ts';
import { type CollectionsPolicy, DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { parsePolicy } from '../../../../domain/policy/parse-policy.ts';
import type { DatabaseTarget } from '../../../../prisma/database-target.ts';
import { type Database, openDatabase } from '../../../../prisma/open-database.ts';
import { stopDunningForPaidInvoices } from '../../../../prisma/payments/stop-dunning-for-paid-invoices.ts';
import { runCliProcess } from '../../../support/run-cli.ts';
import { type SeededInvoice, seedDunningDebtor } from '../../../support/seed-dunning-debtor.ts';
import { shiftedClockEnv } from '../../../support/shifted-clock.ts';
import { createTestTarget, withDatabase } from '../../../support/test-database.ts';

// A Tuesday, a business day: the ladder only sends on business days.
const NOW = new Date('2026-11-24T09:00:00Z');
const SECRET = 'per-step-approval-secret-with-32-characters';
const APPROVALS: Record<string, string> = {
  reminder_1: 'never',
  aanmaning: 'above 100',
  veertiendagenbrief: 'never',
  incassobureau: 'never',
};

/** A finance user's policy file: the default ladder with some steps' approval changed. */
function writePolicyFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'policy-')), 'policy.json');
  const steps = DEFAULT_POLICY.ladder.steps.map((step) =>
    step.code in APPROVALS ? { ...step, approval: APPROVALS[step.code] } : step,
  );
  writeFileSync(file, JSON.stringify({ ladder: { steps } }, null, 2));
  return file;
}

/** A fake of the MailSender port that keeps what it was given. */
function recordingSender(): MailSender & { sent: OutboundMail[] } {
  const sent: OutboundMail[] = [];
  return { sent, send: async (mail) => void sent.push(mail), close: () => undefined };
}

interface Seeded {
  /** Reference -> debtor id. */
  readonly debtors: Record<string, string>;
}

/**
 * Six debtors, each due one letter today (or, the last, not yet):
 * - EERSTE: first reminder (never) -> queued
 * - PRECIES: aanmaning for exactly EUR 100 (above 100) -> queued
 * - GROOT: aanmaning for two invoices, EUR 100.01 together (above 100) -> proposal
 * - TWEEDE: second reminder (always, as by default) -> proposal
 * - CONSUMENT: the 14-day letter (never) -> queued, stating the costs
 * - TERMIJN: a consumer whose 14-day letter term still runs: the hand-over (never) waits
 */
async function seed(db: Database): Promise<Seeded> {
  const debtors: Record<string, string> = {};
  const add = async (reference: string, kind: 'company' | 'consumer', invoices: SeededInvoice[]) => {
    debtors[reference] = (await seedDunningDebtor(db, { reference, kind, invoices })).debtorId;
  };
  /** An invoice whose last letter, `code` at ladder index `step`, went on `on`. */
  const after = (number: string, cents: number, due: string, code: string, step: number, on: string) => ({
    number,
    cents,
    due,
    last: { code, step, on },
  });
  await add('EERSTE', 'company', [{ number: 'F-1', cents: 30_000, due: '2026-11-10' }]);
  await add('PRECIES', 'company', [after('F-2', 10_000, '2026-10-01', 'reminder_2', 1, '2026-11-03')]);
  await add('GROOT', 'company', [
    after('F-3', 6_000, '2026-10-01', 'reminder_2', 1, '2026-11-03'),
    after('F-4', 4_001, '2026-10-02', 'reminder_2', 1, '2026-11-03'),
  ]);
  await add('TWEEDE', 'company', [after('F-5', 5_000, '2026-10-15', 'reminder_1', 0, '2026-11-03')]);
  await add('CONSUMENT', 'consumer', [after('F-6', 8_000, '2026-09-15', 'aanmaning', 2, '2026-11-03')]);
  await add('TERMIJN', 'consumer', [
    after('F-7', 8_000, '2026-09-01', 'veertiendagenbrief', 3, '2026-11-17'),
  ]);
  return { debtors };
}

/** The e-mail side of the bot over `db`, under `policy`, on NOW. */
function emailDeps(db: Database, policy: CollectionsPolicy): EmailDeps {
  return {
    prisma: db.prisma,
    email: readEmailConfig({
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: SECRET,
    }),
    policy,
    companyName: 'Our Company',
    log: () => undefined,
    now: () => NOW,
  };
}

describe("dunning run honours each step's approval in the policy", () => {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let seeded: Seeded;
  let policyFile: string;

  beforeAll(async () => {
    ({ target, env, drop } = await createTestTarget());
    const db = await openDatabase({ target, migrate: true });
    seeded = await seed(db);
    // The embedded database admits one process at a time: the CLI gets it first.
    await db.close();
    policyFile = writePolicyFile();
    env = {
      ...env,
      ...shiftedClockEnv(NOW),
      COLLECTIONS_POLICY_FILE: policyFile,
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: SECRET,
    };
  });

  afterAll(async () => drop?.());

  it('--dry-run shows for each letter whether it goes out or waits for approval, and changes nothing', async () => {
    const run = await runCliProcess(['dunning', 'run', '--dry-run'], { env });
    expect(run.code, run.stderr).toBe(0);
    const line = (invoices: string) =>
      run.stdout.split('\n').find((text) => text.includes(`| ${invoices} |`)) ?? `(no line for ${invoices})`;
    expect(line('F-1')).toMatch(
      /EERSTE B\.V\. \| reminder_1 \| F-1 \| eerste@example\.nl \| would send \(approval never: the policy's approval for Herinnering is "never", so it goes out by itself\.\)/,
    );
    expect(line('F-2')).toMatch(
      /\| aanmaning \| F-2 \| .* \| would send \(approval above €100\.00: .*"above €100\.00" and this letter is about €100\.00, so it goes out by itself\.\)/,
    );
    expect(line('F-3, F-4')).toMatch(
      /\| aanmaning \| F-3, F-4 \| .* \| needs approval \(approval above €100\.00: .*this letter is about €100\.01\.\)/,
    );
    expect(line('F-5')).toMatch(/\| reminder_2 \| F-5 \| .* \| needs approval \(approval always: /);
    expect(line('F-6')).toMatch(/\| veertiendagenbrief \| F-6 \| .* \| would send \(approval never: /);
    expect(run.stdout).not.toContain('F-7');

    await withDatabase(target, async (db) => {
      expect(await db.prisma.emailOutbox.count()).toBe(0);
      expect(await db.prisma.proposal.count()).toBe(0);
    });
  });

  it('queues the letters that need no approval and proposes the others, once', async () => {
    await withDatabase(target, async (db) => {
      const policy = parsePolicy(JSON.parse(readFileSync(policyFile, 'utf8')));
      const deps = emailDeps(db, policy);
      const sender = recordingSender();
      const report = await runDunning({ deps, sender, dryRun: false });
      expect(report.sent).toMatchObject({ sent: 3, failed: 0 });

      const { debtors } = seeded;
      const outbox = await db.prisma.emailOutbox.findMany({ orderBy: { idempotencyKey: 'asc' } });
      const queuedFor = (reference: string) => outbox.filter((row) => row.debtorId === debtors[reference]);
      expect(outbox).toHaveLength(3);
      expect(queuedFor('EERSTE')).toEqual([
        expect.objectContaining({
          template: 'reminder',
          status: 'sent',
          idempotencyKey: expect.stringMatching(/^dunning:reminder_1:/),
        }),
      ]);
      expect(queuedFor('PRECIES')).toEqual([
        expect.objectContaining({
          template: 'dunning_letter',
          status: 'sent',
          idempotencyKey: expect.stringMatching(/^dunning:aanmaning:/),
        }),
      ]);
      expect(queuedFor('CONSUMENT')).toEqual([
        expect.objectContaining({
          template: 'dunning_letter',
          status: 'sent',
          idempotencyKey: expect.stringMatching(/^dunning:veertiendagenbrief:/),
        }),
      ]);
      for (const reference of ['GROOT', 'TWEEDE', 'TERMIJN']) expect(queuedFor(reference)).toEqual([]);

      const proposals = await db.prisma.proposal.findMany({ orderBy: { createdAt: 'asc' } });
      expect(proposals).toHaveLength(2);
      const proposalFor = (reference: string) => proposals.find((row) => row.debtorId === debtors[reference]);
      expect(proposalFor('GROOT')).toMatchObject({
        action: 'escalate',
        status: 'proposed',
        requiresApproval: true,
        params: expect.objectContaining({ stepCode: 'aanmaning', principalCents: 10_001 }),
        rationale: expect.stringContaining('"above €100.00" and this letter is about €100.01'),
      });
      expect(proposalFor('TWEEDE')).toMatchObject({
        action: 'escalate',
        requiresApproval: true,
        params: expect.objectContaining({ stepCode: 'reminder_2' }),
      });

      // The letters that went out by themselves are the ones an approval would have sent.
      const mailTo = (reference: string) =>
        sender.sent.find((mail) => mail.to === `${reference.toLowerCase()}@example.nl`);
      expect(mailTo('EERSTE')?.subject).toBe('Herinnering: factuur F-1');
      expect(mailTo('PRECIES')?.subject).toBe('Aanmaning: factuur F-2');
      expect(mailTo('PRECIES')?.text).toContain('Ondanks onze eerdere herinnering');
      expect(mailTo('CONSUMENT')?.text).toContain(
        'binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd',
      );
      expect(mailTo('CONSUMENT')?.text).toMatch(/Deze kosten bedragen €\s40,00\./u);
      // The 14-day letter that went out by itself is a formal letter like an approved one: its
      // PDF is attached and it is recorded with how it went out; the reminders are not.
      expect(mailTo('CONSUMENT')?.attachments).toEqual([
        expect.objectContaining({ contentType: 'application/pdf' }),
      ]);
      expect(mailTo('EERSTE')?.attachments).toBeUndefined();
      const recorded = await db.prisma.ladderLetter.findMany({
        select: { debtorId: true, stepCode: true, delivery: true, costsCents: true },
      });
      expect(recorded).toEqual([
        { debtorId: debtors.CONSUMENT, stepCode: 'veertiendagenbrief', delivery: 'email', costsCents: 4_000 },
      ]);

      // The ladder moved for what was sent, with the costs the 14-day letter stated.
      const state = (number: string) =>
        db.prisma.dunningState.findFirstOrThrow({ where: { invoice: { number } } });
      expect(await state('F-1')).toMatchObject({ stepCode: 'reminder_1', step: 0 });
      expect(await state('F-2')).toMatchObject({ stepCode: 'aanmaning', step: 2 });
      expect(await state('F-6')).toMatchObject({ stepCode: 'veertiendagenbrief', step: 3 });
      expect(await state('F-3')).toMatchObject({ stepCode: 'reminder_2' });
      expect(await state('F-7')).toMatchObject({ stepCode: 'veertiendagenbrief' });

      const again = await runDunning({ deps, sender, dryRun: false });
      expect(again.lines.filter((line) => line.outcome === 'queued')).toEqual([]);
      expect(await db.prisma.emailOutbox.count()).toBe(3);
      expect(await db.prisma.proposal.count()).toBe(2);
      expect(sender.sent).toHaveLength(3);
    });
  });

  it('a letter already proposed waits for its decision when the policy later lets that step go by itself', async () => {
    await withDatabase(target, async (db) => {
      const policy = parsePolicy({
        ladder: {
          steps: DEFAULT_POLICY.ladder.steps.map((step) => ({ ...step, approval: 'never' })),
        },
      });
      const deps = emailDeps(db, policy);
      const report = await runDunning({ deps, sender: null, dryRun: false });
      const about = (number: string) => report.lines.find((line) => line.invoices.includes(number));
      // GROOT's aanmaning was proposed by the first run: a person decides it, nothing is sent beside it.
      expect(about('F-3')).toMatchObject({
        step: 'aanmaning',
        outcome: 'needs approval',
        approval: { rule: 'never', reason: expect.stringContaining('waits for that decision') },
      });
      expect(about('F-5')).toMatchObject({ step: 'reminder_2', outcome: 'needs approval' });
      expect(await db.prisma.emailOutbox.count({ where: { debtorId: seeded.debtors.GROOT } })).toBe(0);
      expect(await db.prisma.emailOutbox.count({ where: { debtorId: seeded.debtors.TWEEDE } })).toBe(0);
      expect(await db.prisma.proposal.count()).toBe(2);
    });
  });

  it('a later step queued by itself is cancelled like a reminder when its invoice is paid before it leaves', async () => {
    await withDatabase(target, async (db) => {
      const {
        debtorId,
        invoices: [invoice],
      } = await seedDunningDebtor(db, {
        reference: 'BETAALT',
        kind: 'company',
        invoices: [
          {
            number: 'F-8',
            cents: 5_000,
            due: '2026-10-01',
            last: { code: 'reminder_2', step: 1, on: '2026-11-03' },
          },
        ],
      });
      const deps = emailDeps(db, parsePolicy(JSON.parse(readFileSync(policyFile, 'utf8'))));
      await runDunning({ deps, sender: null, dryRun: false });
      const row = await db.prisma.emailOutbox.findFirstOrThrow({ where: { debtorId } });
      expect(row).toMatchObject({ template: 'dunning_letter', status: 'pending' });
      await db.prisma.$transaction((tx) =>
        stopDunningForPaidInvoices({
          tx,
          invoices: [{ id: invoice!.id, number: 'F-8' }],
          actor: 'test',
          now: NOW,
        }),
      );
      expect(await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
        status: 'cancelled',
        lastError: 'not sent: invoice F-8 was paid',
      });
    });
  });
});
