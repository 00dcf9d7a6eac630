import { describe, expect, it } from 'vitest';
import { claimDueEmailRetries } from '../../../../prisma/outbox/claim-due-email-retries.ts';
import { claimDueSlackCalls } from '../../../../prisma/outbox/claim-due-slack-calls.ts';
import { enqueueSlackCall } from '../../../../prisma/outbox/enqueue-slack-call.ts';
import type { OutboxQueue } from '../../../../prisma/outbox/outbox-queue.ts';
import { EMAIL_RETRY, SLACK_OUTBOX } from '../../../../prisma/outbox/outbox-queues.ts';
import { recordSlackCallResult } from '../../../../prisma/outbox/record-slack-call-result.ts';
import { requeueDeadLetters } from '../../../../prisma/outbox/requeue-dead-letters.ts';
import { resolveEmailRetry } from '../../../../prisma/outbox/resolve-email-retry.ts';
import { storeFailedEmail } from '../../../../prisma/outbox/store-failed-email.ts';
import { useTestDatabase } from '../../../support/use-test-database.ts';

describe('requeueDeadLetters: a person sends failed outbox items back, once more', () => {
  const db = useTestDatabase();
  /** What a console user asks for one dead item of `queue`. */
  const requeue = (queue: OutboxQueue, key: string, now: Date) =>
    requeueDeadLetters({ prisma: db.prisma, queue, keys: [key], actor: 'console:a@b.example', now });

  it('slack_outbox: a refused call is pending again with one attempt left; failing again makes it dead again at once; a second requeue changes nothing', async () => {
    const prisma = db.prisma;
    await enqueueSlackCall({
      prisma,
      calls: [
        { idempotencyKey: 'requeue:1', method: 'chat.postMessage', messageKey: null, payload: { text: 'x' } },
      ],
    });
    const fail = async (at: Date) => {
      const [call] = await claimDueSlackCalls({ prisma, now: at, limit: 10 });
      expect(call).toBeDefined();
      return recordSlackCallResult({
        prisma,
        claim: call!.claim,
        result: { kind: 'failed', error: 'channel_not_found', permanent: true },
        now: at,
      });
    };
    expect(await fail(new Date())).toBe('dead');
    const row = await prisma.slackOutbox.findUniqueOrThrow({ where: { idempotencyKey: 'requeue:1' } });
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });

    const now = new Date(Date.now() + 1_000);
    expect(await requeue(SLACK_OUTBOX, row.id, now)).toEqual([row.id]);
    expect(await prisma.slackOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'pending',
      deadAt: null,
      leaseUntil: null,
      attempts: SLACK_OUTBOX.maxAttempts - 1,
    });
    // Asked twice (a double click): the row is no longer dead, nothing changes, nothing is audited twice.
    expect(await requeue(SLACK_OUTBOX, row.id, now)).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { type: 'outbox.requeued', entityId: row.id } })).toBe(1);

    // A transient failure now (not permanent) is still the last attempt: dead again, shown again.
    const [call] = await claimDueSlackCalls({ prisma, now, limit: 10 });
    expect(
      await recordSlackCallResult({
        prisma,
        claim: call!.claim,
        result: { kind: 'failed', error: 'internal_error', permanent: false },
        now,
      }),
    ).toBe('dead');
    expect(await prisma.slackOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'failed',
      lastError: 'internal_error',
    });
  });

  it('email_retry: a dead inbound mail is claimed again, and failing again is dead again at once; once it went through (resolveEmailRetry removed it) there is nothing to requeue', async () => {
    const prisma = db.prisma;
    const failed = () =>
      storeFailedEmail({
        prisma,
        externalId: 'INBOX:1:42',
        mailbox: 'INBOX',
        uidValidity: 1n,
        uid: 42,
        raw: Buffer.from('Subject: hi\r\n\r\nbody'),
        reason: 'database was down',
      });
    // Six failures: the queue's last attempt makes it a dead letter.
    let stored = await failed();
    for (let i = 1; i < EMAIL_RETRY.maxAttempts; i++) {
      const [retry] = await claimDueEmailRetries({ prisma, now: new Date(Date.now() + 86_400_000 * i) });
      expect(retry?.messageId).toBe(stored.messageId);
      stored = await failed();
    }
    expect(stored.willRetry).toBe(false);
    const later = new Date(Date.now() + 86_400_000 * 30);
    expect(await claimDueEmailRetries({ prisma, now: later })).toEqual([]);

    expect(await requeue(EMAIL_RETRY, stored.messageId, later)).toEqual([stored.messageId]);
    const [again] = await claimDueEmailRetries({ prisma, now: later });
    expect(again?.messageId).toBe(stored.messageId);
    const failedAgain = await failed();
    expect(failedAgain).toMatchObject({ messageId: stored.messageId, willRetry: false });
    expect(
      (await prisma.emailRetry.findUniqueOrThrow({ where: { messageId: stored.messageId } })).deadAt,
    ).not.toBeNull();

    // Requeued, and this time it goes through: the retry row and its placeholder go.
    await requeue(EMAIL_RETRY, stored.messageId, later);
    await claimDueEmailRetries({ prisma, now: later });
    const message = await prisma.message.create({
      data: {
        channel: 'email',
        direction: 'inbound',
        externalId: '<ok@requeue.test>',
        rawText: 'body',
        status: 'processed',
      },
    });
    await resolveEmailRetry({ prisma, failedMessageId: stored.messageId, storedMessageId: message.id });
    expect(await prisma.emailRetry.count({ where: { messageId: stored.messageId } })).toBe(0);
    expect(await requeue(EMAIL_RETRY, stored.messageId, later)).toEqual([]);
  });

  it('email_retry: a mail given up at once (unreadable) and requeued gets one attempt, not the queue’s six again', async () => {
    const prisma = db.prisma;
    const store = (retry: boolean) =>
      storeFailedEmail({
        prisma,
        externalId: 'INBOX:1:77',
        mailbox: 'INBOX',
        uidValidity: 1n,
        uid: 77,
        raw: Buffer.from('Subject: odd\r\n\r\n'),
        reason: 'could not parse',
        retry,
      });
    const first = await store(false);
    expect(first).toMatchObject({ attempts: 1, willRetry: false });
    const now = new Date(Date.now() + 60_000);
    await requeue(EMAIL_RETRY, first.messageId, now);
    const [claimed] = await claimDueEmailRetries({ prisma, now });
    expect(claimed?.messageId).toBe(first.messageId);
    // This time the failure is transient, yet it was the one attempt left: dead again, shown again.
    expect(await store(true)).toMatchObject({ attempts: EMAIL_RETRY.maxAttempts, willRetry: false });
  });
});
