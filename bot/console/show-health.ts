import { type HealthNotice, renderHealthPage } from '../../channels/web/console/render-health-page.ts';
import { authorizeStaff } from '../../domain/staff/authorize-staff.ts';
import { loadLedgerHealth } from '../../prisma/ledger-connections/load-ledger-health.ts';
import { loadFailedOutboxItems } from '../../prisma/outbox/load-failed-outbox-items.ts';
import { OUTBOX_QUEUES } from '../../prisma/outbox/outbox-queues.ts';
import { readQueueMetrics } from '../../prisma/outbox/read-queue-metrics.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import { readSchedule } from '../schedule/read-schedule.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';

/** GET /console/health: settings, the schedule (as `collections schedule`), the outboxes (as `collections queues`). */
export async function showHealth(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
): Promise<void> {
  const now = deps.now();
  const schedule = await readSchedule({ db: deps.db.sql, jobs: deps.health.jobs, now });
  const queues = await readQueueMetrics({ db: deps.db.sql, now });
  const failed = await loadFailedOutboxItems({ db: deps.db.sql });
  const ledger = await loadLedgerHealth({ prisma: deps.db.prisma });
  exchange.page(
    200,
    renderHealthPage({
      language: exchange.language,
      companyName: deps.companyName,
      configuration: deps.health.configuration,
      schedule,
      queues,
      failed,
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
      canRetry: authorizeStaff({ roles: session.staff.roles, capability: 'retry_outbox' }),
      notice: readNotice(exchange.url),
      ledger,
    }),
  );
}

/** The outcome of the last retry, from the query string: known codes, a known queue and a sane count only. */
function readNotice(url: URL): HealthNotice | null {
  const retried = url.searchParams.get('retried') ?? '';
  const queue = url.searchParams.get('queue') ?? '';
  if (/^\d{1,3}$/.test(retried) && OUTBOX_QUEUES.some((q) => q.name === queue)) {
    return { code: 'retried', count: Number(retried), queue };
  }
  const notice = url.searchParams.get('notice');
  if (notice === 'nothing_to_retry' || notice === 'invalid_retry') return { code: notice };
  return null;
}
