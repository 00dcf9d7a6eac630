/**
 * Why a debtor has not paid. The order of this list is the priority order: when several reasons
 * apply, the first one in this list is the primary reason and the others are secondary.
 */
export const REASON_CODES = [
  'auto_reply',
  'dispute',
  'missing_po',
  'already_paid',
  'liquidity',
  'forgotten',
  'promise_to_pay',
  'invoice_request',
  'wrong_contact',
  'other',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && (REASON_CODES as readonly string[]).includes(value);
}

/** Orders reasons by priority; the first is the primary reason. */
export function byPriority(reasons: Iterable<ReasonCode>): ReasonCode[] {
  return [...new Set(reasons)].sort((a, b) => REASON_CODES.indexOf(a) - REASON_CODES.indexOf(b));
}

/** What kind of message came in: a human reply, an automatic answer, or a delivery failure. */
export const MESSAGE_KINDS = ['reply', 'auto_reply', 'bounce'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const LANGUAGES = ['nl', 'en', 'fr', 'de', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];
