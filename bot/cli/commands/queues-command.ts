import { openDatabase } from '../../../prisma/open-database.ts';
import { readQueueMetrics } from '../../../prisma/outbox/read-queue-metrics.ts';
import { loadConfig } from '../../config/load-config.ts';
import { renderTable } from '../../report/render-table.ts';
import type { CommandHandler } from '../command.ts';
import { parseJsonFlag } from '../parse-json-flag.ts';

const USAGE = 'collections queues [--json]';

/**
 * `collections queues`: every outbox (mail, Slack, notices to debtors, chat, mail to retry) by
 * state, with how long the oldest due row has waited. A dead row was given up after its attempts
 * and waits for a person; this is where one finds out there are any.
 */
export const queuesCommand: CommandHandler = async ({ args, io, env }) => {
  const json = parseJsonFlag(args, USAGE);
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const metrics = await readQueueMetrics({ db: db.prisma, now: new Date() });
    const exitCode = metrics.some((m) => m.dead > 0) ? 1 : 0;
    if (json) {
      io.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
      return exitCode;
    }
    const right = { align: 'right' } as const;
    io.stdout.write(
      renderTable({
        columns: [
          { header: 'queue' },
          { header: 'due', ...right },
          { header: 'waiting', ...right },
          { header: 'leased', ...right },
          { header: 'done', ...right },
          { header: 'dead', ...right },
          { header: 'oldest due', ...right },
        ],
        rows: metrics.map((m) => [
          m.queue,
          String(m.due),
          String(m.waiting),
          String(m.leased),
          String(m.done),
          String(m.dead),
          m.oldestDueAgeMs > 0 ? `${Math.round(m.oldestDueAgeMs / 60_000)} min` : '-',
        ]),
      }),
    );
    return exitCode;
  } finally {
    await db.close();
  }
};
