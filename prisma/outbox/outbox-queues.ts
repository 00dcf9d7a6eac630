import type { OutboxQueue } from './outbox-queue.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Automated mail to debtors (bot/notices/send-queued-emails.ts); a 5xx refusal is dead at once. */
export const EMAIL_OUTBOX: OutboxQueue = {
  name: 'email_outbox',
  table: 'email_outbox',
  key: 'id',
  open: `status = 'pending'`,
  order: 'next_attempt_at, id',
  doneSet: `status = 'sent', sent_at = $3::timestamptz`,
  deadSet: `status = 'failed'`,
  reviveSet: `status = 'pending'`,
  maxAttempts: 8,
  backoff: { baseMs: MINUTE, factor: 2, maxMs: 6 * HOUR, jitter: 0.2 },
  leaseMs: 5 * MINUTE,
};

/** Calls to Slack's Web API (bot/decisions/send-slack-outbox.ts); Slack's Retry-After wins over the backoff. */
export const SLACK_OUTBOX: OutboxQueue = {
  name: 'slack_outbox',
  table: 'slack_outbox',
  key: 'id',
  open: `status = 'pending'`,
  order: 'created_at, id',
  doneSet: `status = 'sent', sent_at = $3::timestamptz`,
  deadSet: `status = 'failed'`,
  reviveSet: `status = 'pending'`,
  maxAttempts: 50,
  backoff: { baseMs: 1_000, factor: 2, maxMs: 5 * MINUTE, jitter: 0.2 },
  leaseMs: MINUTE,
};

/**
 * What executed proposals owe the debtor, handed to the e-mail outbox or the chat
 * (bot/notices/deliver-action-notices.ts). Failures are mostly missing settings ("the notice
 * waits until they are set"), so it tries for about two weeks before giving up; a debtor with no
 * address at all is dead at once (status skipped).
 */
export const ACTION_NOTICE: OutboxQueue = {
  name: 'action_notice',
  table: 'action_notice',
  key: 'id',
  open: `status = 'pending'`,
  order: 'created_at, id',
  doneSet: `status = 'queued', queued_at = $3::timestamptz`,
  deadSet: `status = 'skipped'`,
  reviveSet: `status = 'pending'`,
  maxAttempts: 64,
  backoff: { baseMs: 30_000, factor: 2, maxMs: 6 * HOUR, jitter: 0.2 },
  leaseMs: 2 * MINUTE,
};

/**
 * Inbound mail that failed, retried from its stored source (bot/inbound/create-email-sink.ts). The
 * first attempt is the ingest itself; a mail that cannot be read is dead at once. A retry that
 * goes through removes the row with its failed placeholder (resolveEmailRetry): no doneSet.
 */
export const EMAIL_RETRY: OutboxQueue = {
  name: 'email_retry',
  table: 'email_retry',
  key: 'message_id',
  open: 'TRUE',
  order: 'next_attempt_at, message_id',
  doneSet: null,
  deadSet: null,
  reviveSet: null,
  maxAttempts: 6,
  backoff: { baseMs: MINUTE, factor: 5, maxMs: 12 * HOUR, jitter: 0.2 },
  leaseMs: 10 * MINUTE,
};

/** Notices in the debtor's chat, delivered while their conversation is open (bot/chat/create-chat-notice-service.ts). */
export const CHAT_OUTBOX: OutboxQueue = {
  name: 'chat_outbox',
  table: 'chat_outbox',
  key: 'message_id',
  open: 'sent_at IS NULL',
  order: 'created_at, message_id',
  doneSet: 'sent_at = $3::timestamptz',
  deadSet: null,
  reviveSet: null,
  maxAttempts: 10,
  backoff: { baseMs: 5_000, factor: 2, maxMs: 10 * MINUTE, jitter: 0.2 },
  leaseMs: MINUTE,
};

/** Every outbox, for metrics. */
export const OUTBOX_QUEUES: readonly OutboxQueue[] = [
  EMAIL_OUTBOX,
  SLACK_OUTBOX,
  ACTION_NOTICE,
  EMAIL_RETRY,
  CHAT_OUTBOX,
];
