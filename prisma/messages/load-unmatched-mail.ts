import type { UnmatchedMail } from '../../domain/triage/unmatched-mail.ts';
import type { PrismaClient } from '../generated/client.ts';

/**
 * Inbound mail waiting for a person because it matched no debtor (status `unmatched`), oldest
 * first, at most `limit`, with the count of all of them. A mail assigned or dismissed (here or in
 * Slack) is no longer unmatched, so it drops out.
 */
export async function loadUnmatchedMail({
  prisma,
  limit = 100,
}: {
  prisma: PrismaClient;
  limit?: number;
}): Promise<{ readonly total: number; readonly mail: readonly UnmatchedMail[] }> {
  const where = { status: 'unmatched', direction: 'inbound' } as const;
  const [total, rows] = await Promise.all([
    prisma.message.count({ where }),
    prisma.message.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: {
        id: true,
        fromAddress: true,
        subject: true,
        receivedAt: true,
        createdAt: true,
        cleanedText: true,
        rawText: true,
        classifications: {
          orderBy: { createdAt: 'desc' },
          take: 1,
          select: { reason: true, confidence: true, abstained: true },
        },
      },
    }),
  ]);
  return {
    total,
    mail: rows.map((row) => {
      const classification = row.classifications[0];
      return {
        id: row.id,
        from: row.fromAddress,
        subject: row.subject,
        receivedAt: row.receivedAt ?? row.createdAt,
        reply: (row.cleanedText ?? row.rawText).slice(0, 4000),
        suggestedReason: classification && !classification.abstained ? classification.reason : null,
        confidence: classification?.confidence ?? 0,
      };
    }),
  };
}
