/**
 * An inbound mail that matched no debtor (neither its sender nor an invoice number in it), as the
 * console's triage shows it: a person assigns it to a debtor or sets it aside. prisma/ reads it,
 * channels/web renders it.
 */
export interface UnmatchedMail {
  readonly id: string;
  readonly from: string | null;
  readonly subject: string | null;
  readonly receivedAt: Date;
  /** The reply with quoted history, signatures and disclaimers removed (else the text as it came). */
  readonly reply: string;
  /** The classifier's reason, offered as the person's default; null when it abstained. */
  readonly suggestedReason: string | null;
  readonly confidence: number;
}

/** Why a person set an unmatched mail aside. */
export const DISMISS_KINDS = ['spam', 'not_ours'] as const;
export type DismissKind = (typeof DISMISS_KINDS)[number];
