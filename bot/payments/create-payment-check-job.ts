import type { TimeOfDay } from '../../domain/schedule/time-of-day.ts';
import type { Database } from '../../prisma/open-database.ts';
import { askFinanceAboutPaymentChecks } from '../../prisma/payments/ask-finance-about-payment-checks.ts';
import type { BusinessDayJob } from '../schedule/business-day-job.ts';

/**
 * The "already paid" checks as the scheduler's business-day job: each check whose window (the
 * pause it set) ends today or ended earlier without the payment arriving is put to finance, with
 * what the debtor said and what was searched. Safe to run again: a check is asked once.
 */
export function createPaymentCheckJob({
  name,
  at,
  db,
}: {
  name: string;
  at: TimeOfDay;
  db: Pick<Database, 'prisma'>;
}): BusinessDayJob {
  return {
    name,
    at,
    async run({ day, now }) {
      return askFinanceAboutPaymentChecks({ prisma: db.prisma, today: day, now: now() });
    },
  };
}
