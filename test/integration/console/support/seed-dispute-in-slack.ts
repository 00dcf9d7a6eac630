import { expect } from 'vitest';
import { seedDisputeHandoff } from './seed-dispute.ts';
import type { ConsoleHarness } from './start-console-harness.ts';

/**
 * A hand-off (seedDisputeHandoff) that Slack's worker opened as a dispute and posted to the
 * account owner, as it does today: one Slack round, which must dispatch exactly this dispute.
 */
export async function seedDisputeInSlack(
  h: ConsoleHarness,
  options: { reference: string; accountOwner: string | null; cents?: number },
): Promise<{ debtorId: string; invoiceId: string; handoffId: string; disputeId: string }> {
  const seeded = await seedDisputeHandoff(h.slack.db, options);
  expect((await h.slack.runtime.runOnce()).dispatched.disputes).toBe(1);
  const dispute = await h.slack.db.prisma.dispute.findFirstOrThrow({ where: { debtorId: seeded.debtorId } });
  return { ...seeded, disputeId: dispute.id };
}
