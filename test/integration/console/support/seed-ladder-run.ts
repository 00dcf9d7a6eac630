import { runDunning } from '../../../../bot/dunning/run-dunning.ts';
import type { EmailDeps } from '../../../../bot/server/email-deps.ts';
import { nextBusinessDayOnOrAfter } from '../../../../domain/calendar/next-business-day.ts';
import { addDays, amsterdamDate } from '../../../../domain/model/iso-date.ts';

const DAY = 86_400_000;

/**
 * `count` company debtors whose invoice got its first reminder 20 days before the next business
 * day, then the real ladder run (runDunning) on that day: every one is due its second reminder, which needs a person's
 * approval, so the run leaves one escalation proposal per debtor for the same step.
 */
export async function seedLadderRun(
  email: EmailDeps,
  { count, prefix }: { count: number; prefix: string },
): Promise<{ debtorIds: string[]; lines: number }> {
  // The ladder sends on business days only: the run is on the next one (noon UTC), the reminder before it.
  const today = nextBusinessDayOnOrAfter(amsterdamDate(new Date()));
  const runAt = new Date(`${today}T12:00:00.000Z`);
  const debtorIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const reference = `${prefix}-${String(i + 1).padStart(2, '0')}`;
    const debtor = await email.prisma.debtor.create({
      data: {
        reference,
        name: `${prefix} Debtor ${i + 1} BV`,
        kind: 'company',
        language: i % 2 === 0 ? 'nl' : 'en',
        contacts: { create: { email: `ap@${reference.toLowerCase()}.example`, isPrimary: true } },
      },
    });
    const due = addDays(today, -40);
    const invoice = await email.prisma.invoice.create({
      data: {
        number: `INV-${reference}`,
        debtorId: debtor.id,
        amountCents: 50_000 + i * 1_000,
        openCents: 50_000 + i * 1_000,
        issueDate: new Date(`${addDays(due, -30)}T00:00:00.000Z`),
        dueDate: new Date(`${due}T00:00:00.000Z`),
      },
    });
    await email.prisma.dunningState.create({
      data: {
        invoiceId: invoice.id,
        step: 0,
        stepCode: 'reminder_1',
        lastStepAt: new Date(runAt.getTime() - 20 * DAY),
      },
    });
    debtorIds.push(debtor.id);
  }
  const report = await runDunning({ deps: { ...email, now: () => runAt }, sender: null, dryRun: false });
  return { debtorIds, lines: report.lines.filter((line) => line.outcome === 'needs approval').length };
}
