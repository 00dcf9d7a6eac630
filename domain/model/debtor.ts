import type { Language } from '../reasons.ts';

/** B2B or B2C: consumers get the 14-day letter and mandatory WIK rules, companies do not. */
export type DebtorKind = 'company' | 'consumer';

export interface Debtor {
  readonly id: string;
  /** The debtor number in the company's ledger; stable across imports. */
  readonly reference: string;
  readonly name: string;
  readonly kind: DebtorKind;
  readonly language: Language;
  /** Sales account owner (a Slack user id or e-mail), who receives disputes. */
  readonly accountOwner: string | null;
}

export interface Contact {
  readonly id: string;
  readonly debtorId: string;
  readonly name: string | null;
  readonly email: string;
  readonly isPrimary: boolean;
  readonly undeliverable: boolean;
}
