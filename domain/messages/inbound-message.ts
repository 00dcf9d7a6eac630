import type { SenderAuthority } from '../model/sender-authority.ts';
import type { FullText } from './full-text.ts';

/**
 * What every channel hands the pipeline: one validated inbound message, already matched (or
 * not). Declared in domain/ so a channel can produce it without knowing the pipeline.
 */
export interface InboundMessage {
  readonly channel: 'email' | 'chat';
  /** The channel's id for the message (Message-ID, activity id): the same message is stored once. */
  readonly externalId: string;
  /** null when the channel could not tell who wrote: the message waits for a person. */
  readonly debtorId: string | null;
  readonly invoiceId: string | null;
  /**
   * Why the sender may speak for debtorId, decided by the channel's matcher. Only a verified
   * sender (anything but `unverified`) can trigger an answer or a change of state; the pipeline
   * enforces it in planInboundMessage. Required, so no channel can forget to say.
   */
  readonly senderAuthority: SenderAuthority;
  /**
   * Why the sender is `unverified` although the mail matched a contact, a thread or a reply
   * token: our receiving server says the From address is forged ("From failed DMARC at
   * mx.example.nl"). Shown to the person who reviews it.
   */
  readonly authenticationFailure?: string | null;
  readonly thread: { readonly externalThreadId: string; readonly subject: string | null } | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly subject: string | null;
  /** At most what `raw_text` keeps (domain/text/cut-stored-text.ts) when `fullText` is given. */
  readonly text: string;
  /** The complete text, compressed, when `text` was cut (a mail longer than 256 KiB). */
  readonly fullText?: FullText | null;
  readonly html?: string | undefined;
  /** Where the reply is read from when not `text`: a mail's first text/plain body part (not stored). */
  readonly replyText?: string | undefined;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>> | null;
  readonly receivedAt: Date;
  /** contentHash(from, subject, text), when the channel computed it already (email, in a worker). */
  readonly contentHash?: string;
  /**
   * External id of an earlier message this one may repeat (same content under another id): it is
   * stored and flagged, and proposes nothing, so a copy neither answers nor pauses twice.
   */
  readonly possibleDuplicateOf?: string | null;
}
