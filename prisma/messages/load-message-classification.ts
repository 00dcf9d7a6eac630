import { type Entities, ZEntities } from '../../domain/messages/understanding.ts';
import type { Language } from '../../domain/reasons.ts';
import { LANGUAGES } from '../../domain/reasons.ts';
import type { PrismaClient } from '../generated/client.ts';
import { parseClassificationPhrases } from '../json/classification-json.ts';

/** A message's match and its latest classification's entities and language, for re-running the policy. */
export async function loadMessageClassification({
  prisma,
  messageId,
}: {
  prisma: PrismaClient;
  messageId: string;
}): Promise<{
  debtorId: string | null;
  invoiceId: string | null;
  entities: Entities;
  language: Language;
  phrases: string[];
} | null> {
  const message = await prisma.message.findUnique({
    where: { id: messageId },
    include: { classifications: { orderBy: { createdAt: 'desc' }, take: 1 } },
  });
  if (!message) return null;
  const latest = message.classifications[0];
  const language = (LANGUAGES as readonly string[]).includes(latest?.language ?? '')
    ? (latest!.language as Language)
    : 'other';
  return {
    debtorId: message.debtorId,
    invoiceId: message.invoiceId,
    // JSON from the database is parsed, not trusted: no classification yet reads as no entities.
    entities: ZEntities.parse(latest?.entities ?? {}),
    language,
    phrases: latest ? parseClassificationPhrases(latest) : [],
  };
}
