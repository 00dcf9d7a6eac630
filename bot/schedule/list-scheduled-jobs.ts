import { readEmailConfig } from '../../channels/email/read-email-config.ts';
import { readSlackConfig } from '../../channels/slack/read-slack-config.ts';
import type { ScheduledJob } from '../../domain/schedule/job-schedule.ts';
import { readChatConfig } from '../chat/read-chat-config.ts';
import type { AppConfig } from '../config/load-config.ts';
import { EMAIL_OUTBOX_INTERVAL_MS } from '../notices/create-outbox-service.ts';

/** The scheduler's name for the dunning ladder's daily run (scheduled_run.job). */
export const DUNNING_JOB = 'dunning';
/** The scheduler's name for putting "already paid" checks whose window ran out to finance. */
export const PAYMENT_CHECK_JOB = 'payment checks';

/**
 * Every periodic job `serve` runs, with its schedule, under these settings: one list, read by the
 * scheduler in serve, `collections schedule` and a health page alike. A job is one entry: a new
 * one (a nightly ledger or bank sync) is a setting for its time, an entry here and its run in
 * bot/cli/serve/build-scheduler.ts. The interval workers keep their own loops (createWorkerLoop):
 * their rows in the outboxes are their record (`collections queues`); they are listed so that
 * what serve does on its own can be read in one place.
 */
export function listScheduledJobs({
  env,
  config,
}: {
  env: NodeJS.ProcessEnv;
  config: AppConfig;
}): ScheduledJob[] {
  const email = readEmailConfig(env);
  const slack = readSlackConfig(env);
  const chat = readChatConfig(env);
  const canMail = Boolean(email.smtp && email.from && email.replyTokenSecret);
  return [
    {
      name: DUNNING_JOB,
      description: 'the dunning ladder: queues the reminders due today, proposes escalations for approval',
      schedule: { kind: 'business-days', at: config.dunningRunAt },
      enabled: canMail,
      reason: canMail ? null : 'needs SMTP_HOST, EMAIL_FROM and EMAIL_REPLY_TOKEN_SECRET',
    },
    {
      name: 'email outbox',
      description: 'sends queued mail (reminders, answers) with retries; hands due notices to it',
      schedule: { kind: 'interval', everyMs: EMAIL_OUTBOX_INTERVAL_MS },
      enabled: Boolean(email.smtp),
      reason: email.smtp ? null : 'needs SMTP_HOST',
    },
    {
      name: 'email retries',
      description: 'reads new mail, then retries mail that failed to process (after each sync)',
      schedule: { kind: 'interval', everyMs: (email.imap?.pollSeconds ?? 60) * 1000 },
      enabled: Boolean(email.imap),
      reason: email.imap ? null : 'needs IMAP_HOST',
    },
    {
      name: 'slack-worker',
      description:
        'posts approvals, disputes and triage to Slack, carries out decisions, reminds stale disputes',
      schedule: { kind: 'interval', everyMs: slack?.outboxIntervalMs ?? 2_000 },
      enabled: slack !== null,
      reason: slack ? null : 'needs the SLACK_* settings',
    },
    {
      name: 'chat-notices',
      description: 'delivers queued chat notices into open conversations',
      schedule: { kind: 'interval', everyMs: chat?.noticeIntervalMs ?? 2_000 },
      enabled: chat !== null,
      reason: chat ? null : 'needs PAYMENT_LINK_SECRET',
    },
    {
      name: 'ledger sync',
      description:
        'reads what changed in the accounting package: invoices paid, credited or deleted there end dunning',
      // Unset, it does not run; 15 minutes is what README suggests setting.
      schedule: { kind: 'interval', everyMs: config.ledgerSyncIntervalMs ?? 15 * 60_000 },
      enabled: config.ledgerSyncIntervalMs !== null && Boolean(env.MONEYBIRD_TOKEN),
      reason:
        config.ledgerSyncIntervalMs === null
          ? 'needs LEDGER_SYNC_INTERVAL'
          : env.MONEYBIRD_TOKEN
            ? null
            : 'needs a connected package (MONEYBIRD_TOKEN)',
    },
    {
      name: PAYMENT_CHECK_JOB,
      description:
        'asks finance about each "already paid" whose check window ran out without the payment arriving',
      schedule: { kind: 'business-days', at: config.dunningRunAt },
      enabled: true,
      reason: null,
    },
  ];
}
