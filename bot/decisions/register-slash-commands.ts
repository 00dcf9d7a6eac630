import type { App } from '@slack/bolt';
import { renderPreformatted } from '../../channels/slack/blocks/render-preformatted.ts';
import { renderTimeline } from '../../channels/slack/blocks/render-timeline.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import { formatEur } from '../../domain/policy/format-eur.ts';
import { findDebtors } from '../../prisma/debtors/find-debtors.ts';
import { loadDebtorTimeline } from '../../prisma/debtors/load-debtor-timeline.ts';
import { buildReport } from '../report/build-report.ts';
import type { SlackDeps } from '../server/slack-deps.ts';

/**
 * `/debtor <name or invoice number>`: the timeline across every channel. `/ar aging`: the aging
 * summary. Both answer only the person who asked (ephemeral), and only finance or sales.
 */
export function registerSlashCommands(app: App, deps: SlackDeps): void {
  const allowed = async (user: string) =>
    (await deps.authorizer.can('finance', user)) || (await deps.authorizer.can('sales', user));
  const refusal = {
    response_type: 'ephemeral' as const,
    text: 'Only finance and sales can look up debtors and reports.',
  };

  app.command('/debtor', async ({ ack, command }) => {
    if (!(await allowed(command.user_id))) return ack(refusal);
    const query = command.text.trim();
    if (!query)
      return ack({
        response_type: 'ephemeral',
        text: 'Usage: /debtor <name, debtor number or invoice number>',
      });
    const matches = await findDebtors({ prisma: deps.db.prisma, query, limit: 10 });
    if (matches.length === 0)
      return ack({ response_type: 'ephemeral', text: `No debtor or invoice matches "${query}".` });
    if (matches.length > 1) {
      const list = matches.map((debtor) => `• ${debtor.name} (${debtor.reference})`).join('\n');
      return ack({
        response_type: 'ephemeral',
        text: `Several debtors match "${query}"; try the debtor number:\n${list}`,
      });
    }
    const timeline = await loadDebtorTimeline({ prisma: deps.db.prisma, debtorId: matches[0]!.id });
    if (!timeline) return ack({ response_type: 'ephemeral', text: `Debtor "${query}" is gone.` });
    const summary =
      `${timeline.openInvoices} open invoice(s), ${formatEur(timeline.openCents)} open` +
      `${timeline.openDisputes > 0 ? `, ${timeline.openDisputes} open dispute(s)` : ''}` +
      `${timeline.activePlans > 0 ? `, ${timeline.activePlans} active plan(s)` : ''}`;
    return ack({
      response_type: 'ephemeral',
      ...renderTimeline({
        debtorName: timeline.debtor.name,
        debtorReference: timeline.debtor.reference,
        summary,
        entries: timeline.entries,
      }),
    });
  });

  app.command('/ar', async ({ ack, command }) => {
    if (!(await allowed(command.user_id))) return ack(refusal);
    if (command.text.trim().toLowerCase() !== 'aging') {
      return ack({ response_type: 'ephemeral', text: 'Usage: /ar aging' });
    }
    const today = amsterdamDate(deps.now());
    // Summed by the database: Slack wants its answer within 3 s, also for 100,000 invoices.
    const { text: report } = await buildReport({ db: deps.db, kind: 'aging', asOf: today, weeks: 1 });
    return ack({
      response_type: 'ephemeral',
      ...renderPreformatted({ title: `Aging as of ${today}`, text: report }),
    });
  });
}
