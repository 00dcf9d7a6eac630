import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSlackApp } from '../../../channels/slack/create-slack-app.ts';
import type { SlackConfig } from '../../../channels/slack/read-slack-config.ts';
import type { CollectionsPolicy } from '../../../domain/policy/collections-policy.ts';
import type { Database } from '../../../prisma/open-database.ts';
import { findApprovedProposals } from '../../../prisma/proposals/find-approved-proposals.ts';
import { createSlackAuthorizer } from '../../decisions/create-slack-authorizer.ts';
import {
  type DispatchReport,
  dispatchProposalsToSlack,
} from '../../decisions/dispatch-proposals-to-slack.ts';
import { executeApprovedProposal } from '../../decisions/execute-approved-proposal.ts';
import { registerApprovalHandlers } from '../../decisions/register-approval-handlers.ts';
import { registerContactHandlers } from '../../decisions/register-contact-handlers.ts';
import { registerPaymentReviewHandlers } from '../../decisions/register-payment-review-handlers.ts';
import { registerSlashCommands } from '../../decisions/register-slash-commands.ts';
import { registerTriageHandlers } from '../../decisions/register-triage-handlers.ts';
import { type SendReport, sendSlackOutbox } from '../../decisions/send-slack-outbox.ts';
import { registerDisputeHandlers } from '../../disputes/register-dispute-handlers.ts';
import { remindStaleDisputes } from '../../disputes/remind-stale-disputes.ts';
import { createWorkerLoop } from '../../notices/create-worker-loop.ts';
import { deliverActionNotices, type NoticeReport } from '../../notices/deliver-action-notices.ts';
import type { EmailDeps } from '../../server/email-deps.ts';
import type { HttpRoute, Service } from '../../server/service.ts';
import type { SlackDeps } from '../../server/slack-deps.ts';
import { createSocketService } from './create-socket-service.ts';

/** Slack's request URL for events, interactivity, options and slash commands alike. */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackRuntime {
  readonly deps: SlackDeps;
  readonly routes: readonly HttpRoute[];
  readonly services: readonly Service[];
  /**
   * One round of the worker: approvals a crash left unexecuted, notices owed to debtors, new work
   * to Slack, stale dispute reminders, then the outbox.
   */
  runOnce(): Promise<{
    executed: number;
    notices: NoticeReport;
    dispatched: DispatchReport;
    reminders: number;
    sent: SendReport;
  }>;
}

/**
 * The Slack channel, wired: the Bolt app with every handler, its HTTP route (or Socket Mode),
 * and the worker that posts new work and drains the outbox every SLACK_OUTBOX_INTERVAL_MS.
 */
export function createSlackRuntime({
  db,
  config,
  policy,
  log,
  email = null,
  now = () => new Date(),
}: {
  db: Database;
  config: SlackConfig;
  policy: CollectionsPolicy;
  log: (line: string) => void;
  /** For telling debtors by e-mail when a decision is carried out; without it e-mail notices wait. */
  email?: EmailDeps | null;
  now?: () => Date;
}): SlackRuntime {
  const { app, receiver, socket, client } = createSlackApp({ config, log, now: () => now().getTime() });
  const deps: SlackDeps = {
    db,
    config,
    policy,
    client,
    authorizer: createSlackAuthorizer({ client, config, log }),
    email,
    log,
    now,
  };
  registerApprovalHandlers(app, deps);
  registerContactHandlers(app, deps);
  registerPaymentReviewHandlers(app, deps);
  registerDisputeHandlers(app, deps);
  registerTriageHandlers(app, deps);
  registerSlashCommands(app, deps);
  app.error(async (error) => log(`slack: handler failed: ${error.stack ?? error.message}`));

  const runOnce = async () => {
    let executed = 0;
    for (const approved of await findApprovedProposals({ prisma: db.prisma })) {
      // A decision that a crash interrupted before it was carried out (see decideInSlack).
      const outcome = await executeApprovedProposal({
        db,
        policy,
        proposalId: approved.id,
        now: now(),
      });
      if (outcome.outcome === 'executed' && outcome.notices.length === 0)
        log(`slack: executed ${approved.id}: ${outcome.summary}`);
      executed += 1;
    }
    const notices = await deliverActionNotices({ db, email, log, now });
    const dispatched = await dispatchProposalsToSlack({ db, config, now: now() });
    const reminders = await remindStaleDisputes({ db, config, now: now() });
    // A few batches per round drain a backlog (after Slack was down) without hogging the loop.
    const sent = { sent: 0, retrying: 0, failed: 0 };
    for (let batch = 0; batch < 5; batch += 1) {
      const report = await sendSlackOutbox({ db, client, now, limit: 20 });
      sent.sent += report.sent;
      sent.retrying += report.retrying;
      sent.failed += report.failed;
      if (report.sent + report.retrying + report.failed < 20) break;
    }
    return { executed, notices, dispatched, reminders, sent };
  };

  const worker = createWorkerLoop({
    name: 'slack-worker',
    intervalMs: config.outboxIntervalMs,
    round: runOnce,
    log,
  });
  const services: Service[] = [worker];
  const routes: HttpRoute[] = [];
  if (receiver) {
    routes.push({
      method: 'POST',
      path: SLACK_EVENTS_PATH,
      handle: (request: IncomingMessage, response: ServerResponse) => receiver.handle(request, response),
    });
  } else if (socket) {
    services.push(createSocketService({ socket, log }));
  }
  return { deps, routes, services, runOnce };
}
