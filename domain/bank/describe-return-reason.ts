/**
 * The ISO 20022 / EPC reason codes a Dutch bank gives on a SEPA return, refund or reject (CAMT
 * RtrInf/Rsn/Cd, MT940 /RTRN/), in words finance reads. The list is the EPC's common set for SEPA
 * credit transfers and direct debits; a code not in it is named as it came.
 */
const REASONS: Readonly<Record<string, string>> = {
  AC01: 'account number incorrect',
  AC04: 'account closed',
  AC06: 'account blocked',
  AC13: 'debtor account is a consumer account',
  AG01: 'transaction forbidden on this account',
  AG02: 'invalid bank operation code',
  AM04: 'insufficient funds',
  AM05: 'duplicate payment',
  BE05: 'creditor unknown',
  CNOR: "creditor's bank not registered",
  CUST: 'requested by the customer',
  DNOR: "debtor's bank not registered",
  DUPL: 'duplicate payment',
  FF01: 'invalid file format',
  FOCR: 'returned after a cancellation request',
  FRAD: 'fraudulent origin',
  MD01: 'no mandate',
  MD02: 'mandate data missing or incorrect',
  MD06: 'refund requested by the debtor',
  MD07: 'debtor deceased',
  MS02: 'refused by the debtor',
  MS03: 'reason not specified',
  RC01: 'bank identifier incorrect',
  RR01: 'regulatory reason (debtor account or identification missing)',
  RR02: "regulatory reason (debtor's name or address missing)",
  RR03: "regulatory reason (creditor's name or address missing)",
  RR04: 'regulatory reason',
  SL01: "specific service offered by the debtor's bank",
  TECH: 'technical problem',
  TM01: 'received after the cut-off time',
};

/** "MD06, refund requested by the debtor"; an unknown code as it came. */
export function describeReturnReason(code: string): string {
  const clean = code.trim().toUpperCase();
  const words = REASONS[clean];
  return words ? `${clean}, ${words}` : clean;
}
