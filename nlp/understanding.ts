import type { Language, MessageKind, ReasonCode } from '../domain/reasons.ts';

/**
 * The contract between nlp/ and the rest of the application: what we understood of one message.
 * `collections classify` prints exactly these fields (plus the id).
 */
export interface MessageInput {
  readonly text: string;
  readonly subject?: string | undefined;
  /** Header names in lower case; values as received. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** HTML body, for HTML-only mail. */
  readonly html?: string | undefined;
  /** When the message was sent or received; relative dates resolve against it (Europe/Amsterdam). */
  readonly receivedAt?: Date | undefined;
}

export interface AmountEntity {
  readonly cents: number;
  readonly currency: 'EUR';
  readonly text: string;
}

export interface DateEntity {
  /** Resolved calendar date, YYYY-MM-DD in Europe/Amsterdam. */
  readonly date: string;
  readonly text: string;
}

export interface InstalmentEntity {
  readonly count: number | null;
  readonly amountCents: number | null;
  readonly period: 'week' | 'month' | null;
  readonly text: string;
}

export interface Entities {
  readonly amounts: readonly AmountEntity[];
  readonly dates: readonly DateEntity[];
  readonly invoiceNumbers: readonly string[];
  readonly poNumbers: readonly string[];
  readonly ibans: readonly string[];
  readonly instalments: readonly InstalmentEntity[];
}

export interface Explanation {
  /** Phrases in the reply that drove the decision, strongest first. */
  readonly phrases: readonly string[];
  /** Free text for staff, e.g. "abstained: confidence 0.41 below threshold 0.60". */
  readonly note?: string;
}

export interface Understanding {
  readonly kind: MessageKind;
  /** null for bounces: a bounce has no reason. */
  readonly reason: ReasonCode | null;
  readonly secondary: readonly ReasonCode[];
  /** Calibrated probability of the primary reason, 0..1. */
  readonly confidence: number;
  /** True when confidence is below the abstain threshold: a person decides, nothing is automatic. */
  readonly abstained: boolean;
  /**
   * Set by a channel, never by the classifier: the debtor explicitly asked for a person (in the
   * chat: "mens", "human"). The policy then hands the message to a person, whatever the reason.
   */
  readonly askedForPerson?: boolean;
  /**
   * Set by nlp: the debtor's own words ask for a person to call or talk to them ("kan iemand mij
   * bellen?", "can someone call me"; nlp/intent/detect-person-request.ts). The policy treats it
   * like askedForPerson, so an e-mail asking for a call reaches a person as the chat does.
   */
  readonly asksForPerson?: boolean;
  readonly language: Language;
  /** The extracted reply: quoted history, signatures and disclaimers removed. */
  readonly reply: string;
  readonly entities: Entities;
  readonly explanation: Explanation;
  /** Which model decided, and its version, for the audit trail. */
  readonly model: string;
  readonly modelVersion: string;
}
