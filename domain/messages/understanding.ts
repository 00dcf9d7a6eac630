import { z } from 'zod';
import type { Language, MessageKind, ReasonCode } from '../reasons.ts';

/** The text nlp/ understands, as a channel received it. */
export interface MessageInput {
  readonly text: string;
  /**
   * Where the reply is extracted from when it is not `text`: a mail's first text/plain body part
   * (nlp/mail/read-first-text-part.ts). Kind detection still reads `text`.
   */
  readonly replyText?: string | undefined;
  readonly subject?: string | undefined;
  /** Header names in lower case; values as received. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** HTML body, for HTML-only mail. */
  readonly html?: string | undefined;
  /** When the message was sent or received; relative dates resolve against it (Europe/Amsterdam). */
  readonly receivedAt?: Date | undefined;
}

/**
 * What nlp found in a reply. Declared as a schema because it is stored as JSON (the
 * classification's `entities` column) and parsed with it where it is read back; the types are
 * what the schema yields. Each list defaults to empty, so a row written before a list existed
 * still reads.
 */
const ZAmountEntity = z
  .object({ cents: z.number().int(), currency: z.literal('EUR'), text: z.string() })
  .readonly();

const ZDateEntity = z
  .object({
    /** Resolved calendar date, YYYY-MM-DD in Europe/Amsterdam (an IsoDate). */
    date: z.string(),
    text: z.string(),
  })
  .readonly();

const ZInstalmentEntity = z
  .object({
    count: z.number().int().nullable(),
    amountCents: z.number().int().nullable(),
    period: z.enum(['week', 'month']).nullable(),
    text: z.string(),
  })
  .readonly();

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly().default([]);

export const ZEntities = z
  .object({
    amounts: list(ZAmountEntity),
    dates: list(ZDateEntity),
    invoiceNumbers: list(z.string()),
    poNumbers: list(z.string()),
    ibans: list(z.string()),
    instalments: list(ZInstalmentEntity),
  })
  .readonly();

export type AmountEntity = z.infer<typeof ZAmountEntity>;
export type DateEntity = z.infer<typeof ZDateEntity>;
export type InstalmentEntity = z.infer<typeof ZInstalmentEntity>;
export type Entities = z.infer<typeof ZEntities>;

/** A type, not an interface, so it is a JSON value as stored (the classification's `explanation`). */
export type Explanation = {
  /** Phrases in the reply that drove the decision, strongest first. */
  readonly phrases: readonly string[];
  /** Free text for staff, e.g. "abstained: confidence 0.41 below threshold 0.60". */
  readonly note?: string;
};

/**
 * What we understood of one message: the contract between nlp/ (which produces it), the policy
 * (domain/proposals/propose-next-step.ts reads it), the pipeline and the classification rows in
 * prisma/ (which store it). Declared here, once, so nlp/ and prisma/ can both import it;
 * `collections classify` prints exactly these fields (plus the id).
 */
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

/**
 * Understands one message: nlp's understandMessage (synchronous), its LLM variant, or a channel's
 * wrapper around either. The port the pipeline and `collections classify` take.
 */
export type Understand = (input: MessageInput) => Understanding | Promise<Understanding>;
