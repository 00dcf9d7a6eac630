import type { ProposedStep } from '../../domain/proposals/proposal.ts';
import type { PrismaClient } from '../generated/client.ts';
import { loadAnswerContexts } from './load-answer-contexts.ts';

export interface AnswerContext {
  readonly messageId: string;
  readonly externalId: string;
  readonly debtorId: string;
  readonly debtorName: string;
  readonly debtorLanguage: string;
  readonly fromAddress: string | null;
  readonly subject: string | null;
  readonly kind: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly threadId: string | null;
  /** The message's latest proposal: its action and parsed params, and where it stands. */
  readonly proposal:
    | (ProposedStep & { readonly id: string; readonly requiresApproval: boolean; readonly status: string })
    | null;
  readonly invoices: readonly {
    readonly id: string;
    readonly number: string;
    readonly openCents: number;
    readonly dueDate: string;
  }[];
  /** The latest pause the proposal set, if any. */
  readonly pausedUntil: string | null;
}

/** What is needed to answer a stored inbound message, read back from the database (so a replay after a crash sees the same). */
export async function loadAnswerContext({
  prisma,
  messageId,
}: {
  prisma: PrismaClient;
  messageId: string;
}): Promise<AnswerContext | null> {
  return (await loadAnswerContexts({ prisma, messageIds: [messageId] })).get(messageId) ?? null;
}
