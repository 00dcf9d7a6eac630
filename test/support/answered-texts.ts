import type { ReasonCode } from '../../domain/reasons.ts';

/**
 * Texts the policy answers automatically when the debtor writes them (see ingest-email-chunks),
 * with what each must be understood as: the tests that send them check who may be answered, not
 * the model, so every mail they send is first checked to read as meant (expectUnderstood).
 */
export const DISPUTE_TEXT =
  'Factuur INV-2026-0042 klopt niet: de levering was niet compleet. Wij betalen pas na een creditnota.';
export const PLAN_TEXT =
  'We have a cash flow problem this month. Could we pay invoice INV-2026-0077 in three instalments?';
export const LINK_TEXT =
  'Apologies, invoice INV-2026-0077 slipped through the cracks and we simply forgot to pay it. Could you send us a payment link?';
export const MEANT_BY_TEXT: ReadonlyMap<string, ReasonCode> = new Map<string, ReasonCode>([
  [DISPUTE_TEXT, 'dispute'],
  [PLAN_TEXT, 'liquidity'],
  [LINK_TEXT, 'forgotten'],
]);
