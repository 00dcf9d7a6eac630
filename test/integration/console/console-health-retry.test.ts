import { describe, expect, it } from 'vitest';
import { seedDisputeHandoff } from './support/seed-dispute.ts';
import { useConsoleHarness } from './support/use-console-harness.ts';

describe('console health page: failed outbox items retried', () => {
  const { h, fiona: finance } = useConsoleHarness();

  it('a Slack post Slack refused is retried from the page; refused again it shows again; once Slack takes it, it is gone', async () => {
    // Slack refuses the dispute's post for good (the sales channel does not exist): a dead letter.
    h.slack.api.refusals.set('chat.postMessage', 'channel_not_found');
    const { debtorId } = await seedDisputeHandoff(h.slack.db, { reference: 'RTY-1', accountOwner: null });
    await h.slack.runtime.runOnce();
    const prisma = h.slack.db.prisma;
    const dispute = await prisma.dispute.findFirstOrThrow({ where: { debtorId } });
    const row = await prisma.slackOutbox.findUniqueOrThrow({
      where: { idempotencyKey: `dispute:${dispute.id}` },
    });
    expect(row.status).toBe('failed');

    const page = await finance.client.get('/console/health');
    expect(page.html).toContain(row.id);
    expect(page.html).toContain('channel_not_found');
    expect(page.html).toContain(`aria-label="Retry: slack_outbox ${row.id}"`);

    // Without the page's CSRF token: refused, nothing requeued.
    const forged = await finance.client.post('/console/health/retry', { queue: 'slack_outbox', key: row.id });
    expect(forged.status).toBe(403);
    expect((await prisma.slackOutbox.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('failed');

    const retried = await finance.client.post('/console/health/retry', {
      csrf: finance.csrf,
      queue: 'slack_outbox',
      key: row.id,
    });
    expect(retried.location).toBe('/console/health?retried=1&queue=slack_outbox#h-failed');
    const said = await finance.client.get('/console/health?retried=1&queue=slack_outbox');
    expect(said.html).toContain('1 item of slack_outbox back in the queue');
    expect(said.html).not.toContain(`aria-label="Retry: slack_outbox ${row.id}"`);
    expect(
      await prisma.auditEvent.count({
        where: { type: 'outbox.requeued', entityId: row.id, actor: 'console:fiona@acme.example' },
      }),
    ).toBe(1);
    // The same form again: it is not failed any more, so nothing happens.
    const twice = await finance.client.post('/console/health/retry', {
      csrf: finance.csrf,
      queue: 'slack_outbox',
      key: row.id,
    });
    expect(twice.location).toBe('/console/health?notice=nothing_to_retry');

    // Slack still refuses: the worker's next round gives it up again, and the page shows it again.
    await h.slack.runtime.runOnce();
    expect((await prisma.slackOutbox.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('failed');
    expect((await finance.client.get('/console/health')).html).toContain(
      `aria-label="Retry: slack_outbox ${row.id}"`,
    );

    // The channel exists now: retried, sent, gone from the page.
    h.slack.api.refusals.delete('chat.postMessage');
    await finance.client.post('/console/health/retry', {
      csrf: finance.csrf,
      queue: 'slack_outbox',
      key: row.id,
    });
    await h.slack.runtime.runOnce();
    expect((await prisma.slackOutbox.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('sent');
    expect((await finance.client.get('/console/health')).html).not.toContain(row.id);
  });

  it('refuses an unknown queue or a key that is not a uuid, changing nothing', async () => {
    for (const form of <Record<string, string>[]>[
      { queue: 'no_such_queue', key: '00000000-0000-4000-8000-000000000000' },
      { queue: 'slack_outbox', key: 'nope' },
      { queue: 'slack_outbox' },
    ]) {
      const answer = await finance.client.post('/console/health/retry', { csrf: finance.csrf, ...form });
      expect(answer.location).toBe('/console/health?notice=invalid_retry');
    }
    expect((await finance.client.get('/console/health?notice=invalid_retry')).html).toContain(
      'That retry request is not valid',
    );
  });
});
