import type { PrismaClient } from '../generated/client.ts';

export type SlackCallResult =
  | {
      readonly kind: 'sent';
      readonly posted: { readonly key: string; readonly channel: string; readonly ts: string } | null;
    }
  | {
      readonly kind: 'retry';
      readonly error: string;
      readonly nextAttemptAt: Date;
      readonly countAttempt: boolean;
    }
  | { readonly kind: 'failed'; readonly error: string };

/** Stores what happened to one outbox call; a posted message is remembered so it can be updated later. */
export async function recordSlackCallResult({
  prisma,
  id,
  result,
  now = new Date(),
}: {
  prisma: PrismaClient;
  id: string;
  result: SlackCallResult;
  now?: Date;
}): Promise<void> {
  switch (result.kind) {
    case 'sent':
      await prisma.$transaction(async (tx) => {
        await tx.slackOutbox.update({
          where: { id },
          data: { status: 'sent', sentAt: now, attempts: { increment: 1 }, lastError: null },
        });
        if (result.posted) {
          const { key, channel, ts } = result.posted;
          await tx.slackMessage.upsert({ where: { key }, create: { key, channel, ts }, update: {} });
        }
      });
      return;
    case 'retry':
      await prisma.slackOutbox.update({
        where: { id },
        data: {
          nextAttemptAt: result.nextAttemptAt,
          lastError: result.error.slice(0, 1000),
          ...(result.countAttempt ? { attempts: { increment: 1 } } : {}),
        },
      });
      return;
    case 'failed':
      await prisma.slackOutbox.update({
        where: { id },
        data: { status: 'failed', lastError: result.error.slice(0, 1000), attempts: { increment: 1 } },
      });
      return;
  }
}
