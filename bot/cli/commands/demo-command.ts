import { computeAging } from '../../../domain/kpi/compute-aging.ts';
import { amsterdamDate } from '../../../domain/model/iso-date.ts';
import { describeTarget } from '../../../prisma/database-target.ts';
import { importLedger } from '../../../prisma/ledger/import-ledger.ts';
import { loadReceivables } from '../../../prisma/ledger/load-receivables.ts';
import { resolveLedgerIds } from '../../../prisma/ledger/resolve-ledger-ids.ts';
import { loadMessageOutcomes } from '../../../prisma/messages/load-message-outcomes.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { buildSampleLedger } from '../../demo/sample-ledger.ts';
import { SAMPLE_REPLIES } from '../../demo/sample-replies.ts';
import { processInboundMessages } from '../../inbound/process-inbound-messages.ts';
import { renderAgingReport } from '../../report/render-aging-report.ts';
import { renderTable } from '../../report/render-table.ts';
import type { CommandHandler } from '../command.ts';

/**
 * `collections demo` (`npm run demo`): migrates the database, loads a sample ledger and runs sample
 * debtor replies through the real pipeline, then prints what was understood and proposed and an
 * aging table. Everything is keyed (invoice numbers, Message-IDs), so a second run adds nothing.
 */
export const demoCommand: CommandHandler = async ({ io, env }) => {
  const config = loadConfig(env);
  const now = new Date();
  const today = amsterdamDate(now);
  io.stderr.write(`Using ${describeTarget(config.database)}\n`);
  const db = await openDatabase({ target: config.database, migrate: true });
  try {
    if (db.migrations?.applied.length)
      io.stderr.write(`Applied migrations: ${db.migrations.applied.join(', ')}\n`);
    const ledger = buildSampleLedger(today);
    const imported = await importLedger({ prisma: db.prisma, rows: ledger });
    io.stdout.write(
      `Sample ledger: ${new Set(ledger.map((row) => row.debtor_reference)).size} debtors, ${ledger.length} invoices (${imported.invoicesCreated} new).\n\n`,
    );
    const ids = await resolveLedgerIds({
      prisma: db.prisma,
      references: SAMPLE_REPLIES.map((reply) => reply.debtorReference),
      invoiceNumbers: SAMPLE_REPLIES.flatMap((reply) => (reply.invoiceNumber ? [reply.invoiceNumber] : [])),
    });
    const processed = await processInboundMessages({
      prisma: db.prisma,
      policy: config.policy,
      now,
      items: SAMPLE_REPLIES.map((reply) => ({
        message: {
          channel: 'email',
          externalId: reply.id,
          debtorId: ids.debtors.get(reply.debtorReference) ?? null,
          invoiceId: reply.invoiceNumber ? (ids.invoices.get(reply.invoiceNumber) ?? null) : null,
          // The sample replies stand for mail from the debtors' own contacts.
          senderAuthority: 'contact',
          thread: { externalThreadId: reply.id, subject: reply.subject },
          from: reply.from,
          to: 'incasso@example.com',
          subject: reply.subject,
          text: reply.text,
          headers: reply.headers ?? null,
          receivedAt: now,
        },
      })),
    });
    const fresh = processed.filter((result) => result.outcome !== 'duplicate').length;
    const outcomes = await loadMessageOutcomes({
      prisma: db.prisma,
      channel: 'email',
      externalIds: SAMPLE_REPLIES.map((reply) => reply.id),
    });
    io.stdout.write(
      `Sample replies: ${SAMPLE_REPLIES.length} (${fresh} processed now, ${SAMPLE_REPLIES.length - fresh} already stored by an earlier run).\n`,
    );
    io.stdout.write(
      renderTable({
        columns: [
          { header: 'Debtor' },
          { header: 'Invoice(s)' },
          { header: 'Reason' },
          { header: 'Conf.', align: 'right' },
          { header: 'Proposed next step' },
        ],
        rows: outcomes.map((outcome) => [
          outcome.debtor ?? '(unmatched)',
          outcome.invoiceNumbers.join(', ') || '-',
          outcome.kind === 'reply' ? (outcome.reason ?? '-') : `${outcome.kind}`,
          outcome.confidence === null ? '-' : outcome.confidence.toFixed(2),
          `${outcome.action ?? '-'}${outcome.requiresApproval ? ' (needs approval)' : ''}${outcome.abstained ? ' [abstained]' : ''}`,
        ]),
      }),
    );
    io.stdout.write('\nWhy:\n');
    for (const outcome of outcomes) io.stdout.write(`- ${outcome.debtor}: ${outcome.rationale ?? '-'}\n`);
    const receivables = await loadReceivables({ prisma: db.prisma });
    const open = receivables.invoices.filter(
      (invoice) => ['open', 'disputed', 'planned'].includes(invoice.status) && invoice.openCents > 0,
    );
    io.stdout.write(`\nOpen invoices by age on ${today}:\n`);
    io.stdout.write(renderAgingReport(computeAging({ invoices: open, asOf: today })));
    return 0;
  } finally {
    await db.close();
  }
};
