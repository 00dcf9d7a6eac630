import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveEmails } from '../../../bot/inbound/receive-emails.ts';
import { deliverActionNotices } from '../../../bot/notices/deliver-action-notices.ts';
import type { EmailDeps } from '../../../bot/server/email-deps.ts';
import { readEmailConfig } from '../../../channels/email/read-email-config.ts';
import { DEFAULT_POLICY } from '../../../domain/policy/collections-policy.ts';
import type { DatabaseTarget } from '../../../prisma/database-target.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { buildEml } from '../../support/build-eml.ts';
import { runCliProcess } from '../../support/run-cli.ts';
import { type EmailLedger, seedEmailLedger } from '../../support/seed-email-ledger.ts';
import { findFaketime, shiftedClockEnv } from '../../support/shifted-clock.ts';
import { createTestTarget } from '../../support/test-database.ts';

// The reply arrives on a Tuesday; the ladder runs two weeks later (a Tuesday too), well after
// the week the plan proposal paused reminders for. Only a plan that exists holds them then.
const REPLIED = new Date('2026-11-24T09:00:00Z');
const LATER = new Date('2026-12-08T09:00:00Z');
const SECRET = 'plan-stops-dunning-secret-with-32-characters';

/**
 * A payment plan the policy confirms by e-mail is a plan: `dunning run` afterwards holds the
 * invoice as "in a payment plan" and sends no reminder for it. (It used to confirm the plan by
 * mail and create nothing, so reminder_1 went out once the proposal's pause had run out.)
 */
describe.skipIf(!findFaketime())('a plan confirmed by e-mail stops the ladder (dunning run)', () => {
  let target: DatabaseTarget;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let ledger: EmailLedger;

  beforeAll(async () => {
    ({ target, env, drop } = await createTestTarget());
    const db = await openDatabase({ target, migrate: true });
    ledger = await seedEmailLedger(db, REPLIED);
    const deps: EmailDeps = {
      prisma: db.prisma,
      email: readEmailConfig({
        EMAIL_FROM: 'debiteuren@ourcompany.example',
        EMAIL_REPLY_TOKEN_SECRET: SECRET,
      }),
      policy: DEFAULT_POLICY,
      companyName: 'Our Company',
      log: () => undefined,
      now: () => REPLIED,
    };
    await receiveEmails({
      deps,
      mails: [
        {
          mailbox: 'INBOX',
          uidValidity: 1n,
          uid: 1,
          raw: Buffer.from(
            buildEml({
              from: 'ap@acme.co.uk',
              subject: 'Invoice INV-2026-0077',
              body: 'We have a cash flow problem this month. Could we pay invoice INV-2026-0077 in three instalments?',
              messageId: '<plan-by-mail@acme.co.uk>',
            }),
          ),
        },
      ],
    });
    // What the debtor was told before the ladder runs (delivered as the sink does after the sync).
    await deliverActionNotices({ db, email: deps, log: deps.log });
    const confirmation = await db.prisma.emailOutbox.findFirstOrThrow({
      where: { debtorId: ledger.acme.debtorId, template: 'payment_plan_confirmation' },
    });
    expect(confirmation.status).toBe('pending');
    // The embedded database admits one process at a time: the CLI gets it now.
    await db.close();
    env = {
      ...env,
      ...shiftedClockEnv(LATER),
      EMAIL_FROM: 'debiteuren@ourcompany.example',
      EMAIL_REPLY_TOKEN_SECRET: SECRET,
    };
  });

  afterAll(async () => drop?.());

  it('holds the planned invoice and still reminds the debtor without a plan', async () => {
    const run = await runCliProcess(['dunning', 'run', '--dry-run', '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      today: string;
      lines: { invoices: string[]; step: string; outcome: string }[];
    };
    expect(report.today).toBe('2026-12-08');
    const about = (number: string) => report.lines.filter((line) => line.invoices.includes(number));
    expect(about('INV-2026-0077')).toEqual([
      expect.objectContaining({ step: '-', outcome: 'held: in a payment plan' }),
    ]);
    // The run itself works: the other debtor, who asked for nothing, is reminded.
    expect(about('INV-2026-0042')).toEqual([
      expect.objectContaining({ step: 'reminder_1', outcome: 'would send' }),
    ]);
  });
});
