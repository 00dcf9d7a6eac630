import type { SenderAuthority } from '../../domain/model/sender-authority.ts';
import { extractInvoiceNumbers } from '../../nlp/entities/extract-invoice-numbers.ts';
import type { InboundEmail } from '../../nlp/mail/parse-inbound-email.ts';
import type { EmailMatchLookup, OutboundRef } from './email-match-lookup.ts';
import { readReplyToken } from './read-reply-token.ts';
import { readSenderAuthentication } from './read-sender-authentication.ts';

export type MatchedBy = 'thread' | 'reply_token' | 'invoice_number' | 'contact' | 'domain';

export interface EmailMatch {
  readonly debtorId: string | null;
  readonly invoiceId: string | null;
  readonly by: MatchedBy | null;
  /**
   * Whether the sender may speak for the debtor: `thread` and `reply_token` from anyone (they
   * prove the mail answers one of ours), `contact` when the sender's bare address is a contact
   * of THAT debtor, `unverified` for an invoice number or a domain alone, or no match.
   */
  readonly senderAuthority: SenderAuthority;
  /** Our outbound message this mail answers or bounces, when known. */
  readonly outbound: OutboundRef | null;
  readonly threadId: string | null;
  /** Why, for staff: "In-Reply-To matches our reminder", "2 debtors use example.nl". */
  readonly note: string;
  /**
   * Set when our receiving server says the From address is forged ("From failed DMARC at
   * mx.example.nl"): the sender is then `unverified`, however the mail matched.
   */
  readonly authenticationFailure: string | null;
}

/** Shared mailbox providers: a domain there says nothing about which company wrote. */
const PUBLIC_DOMAINS = new Set(
  'gmail.com googlemail.com hotmail.com hotmail.nl outlook.com outlook.nl live.com live.nl msn.com yahoo.com yahoo.nl icloud.com me.com kpnmail.nl ziggo.nl planet.nl home.nl xs4all.nl gmx.de gmx.net web.de proton.me protonmail.com'.split(
    ' ',
  ),
);

/**
 * Attaches an inbound mail to a debtor (and an invoice), in the order of trust: our own thread
 * headers; a signed reply token; invoice numbers; the sender's address; the sender's domain.
 * Ambiguity is never resolved by guessing: the mail then waits for a person (debtorId null).
 * Matching is not authority: an invoice number or a domain finds the debtor so the mail lands on
 * the right timeline, but only a contact, a reply token or our thread may act for that debtor
 * (senderAuthority, enforced by the pipeline).
 */
export async function matchInboundEmail({
  email,
  lookup,
  replyTokenSecret,
  authservIds,
  extraText = '',
}: {
  email: InboundEmail;
  lookup: EmailMatchLookup;
  replyTokenSecret: string | null;
  /** MAIL_AUTHSERV_ID: whose Authentication-Results say whether From is forged; empty: none read. */
  authservIds: readonly string[];
  /** Text from attachments (a PDF remittance advice) that may name the invoice. */
  extraText?: string;
}): Promise<EmailMatch> {
  const match = await matchByTrust({ email, lookup, replyTokenSecret, extraText });
  const { failure } = readSenderAuthentication({
    traceFields: email.traceFields,
    authservIds,
    from: email.from,
  });
  if (!failure) return { ...match, authenticationFailure: null };
  // A forged From speaks for nobody: the mail still lands on the timeline it matched, for a
  // person, as a stranger's does. A thread or a reply token does not save it either: whoever
  // wrote it did not write from the address it shows.
  return {
    ...match,
    senderAuthority: 'unverified',
    note: `${match.note}; ${failure}`,
    authenticationFailure: failure,
  };
}

async function matchByTrust({
  email,
  lookup,
  replyTokenSecret,
  extraText,
}: {
  email: InboundEmail;
  lookup: EmailMatchLookup;
  replyTokenSecret: string | null;
  extraText: string;
}): Promise<Omit<EmailMatch, 'authenticationFailure'>> {
  const fromOutbound = (
    outbound: OutboundRef,
    by: 'thread' | 'reply_token',
    note: string,
  ): Omit<EmailMatch, 'authenticationFailure'> => ({
    debtorId: outbound.debtorId,
    invoiceId: outbound.invoiceId,
    by,
    senderAuthority: by,
    outbound,
    threadId: outbound.threadId,
    note,
  });
  const threadIds = [email.inReplyTo, ...[...email.references].reverse()].filter((id): id is string =>
    Boolean(id),
  );
  const answered = threadIds.length > 0 ? await lookup.outboundByMessageIds(threadIds) : null;
  if (answered) return fromOutbound(answered, 'thread', 'In-Reply-To/References name a mail we sent');
  if (replyTokenSecret) {
    const id = readReplyToken({ addresses: email.recipients, secret: replyTokenSecret });
    const tokened = id ? await lookup.outboundById(id) : null;
    if (tokened) return fromOutbound(tokened, 'reply_token', 'signed reply address of a mail we sent');
  }
  // A bounce names the failed mail only inside its report.
  const bounced =
    email.quotedMessageIds.length > 0 ? await lookup.outboundByMessageIds(email.quotedMessageIds) : null;
  if (bounced) return fromOutbound(bounced, 'thread', 'the delivery report quotes a mail we sent');

  const ownThread = email.references[0] ?? email.inReplyTo ?? email.messageId;
  // Addresses are compared bare and in lower case (parseInboundEmail), never by display name.
  const senderDebtors = email.from ? await lookup.debtorsByContactAddress(email.from) : [];
  const numbers = extractInvoiceNumbers(`${email.subject}\n${email.text}\n${extraText}`);
  const notes: string[] = [];
  if (numbers.length > 0) {
    const invoices = await lookup.invoicesByNumbers(numbers);
    const debtors = new Set(invoices.map((invoice) => invoice.debtorId));
    if (debtors.size === 1) {
      const debtorId = invoices[0]!.debtorId;
      // Invoice numbers are sequential: quoting one proves nothing about who writes.
      const known = senderDebtors.includes(debtorId);
      return {
        debtorId,
        invoiceId: invoices.length === 1 ? invoices[0]!.id : null,
        by: 'invoice_number',
        senderAuthority: known ? 'contact' : 'unverified',
        outbound: null,
        threadId: ownThread,
        note: `invoice number ${invoices.map((invoice) => invoice.number).join(', ')}${
          known ? '' : `; sender ${email.from ?? 'unknown'} is not a contact of this debtor`
        }`,
      };
    }
    if (debtors.size > 1) notes.push(`invoice numbers belong to ${debtors.size} debtors`);
  }
  if (email.from) {
    const byAddress = senderDebtors;
    if (byAddress.length === 1) {
      return {
        debtorId: byAddress[0]!,
        invoiceId: null,
        by: 'contact',
        senderAuthority: 'contact',
        outbound: null,
        threadId: ownThread,
        note: `sender ${email.from} is a contact`,
      };
    }
    if (byAddress.length > 1) notes.push(`${email.from} is a contact of ${byAddress.length} debtors`);
    const domain = email.from.slice(email.from.lastIndexOf('@') + 1);
    if (byAddress.length === 0 && domain && !PUBLIC_DOMAINS.has(domain)) {
      const byDomain = await lookup.debtorsByContactDomain(domain);
      if (byDomain.length === 1) {
        return {
          debtorId: byDomain[0]!,
          invoiceId: null,
          by: 'domain',
          // Anyone can write from a debtor's domain (or a forwarder's): a person decides.
          senderAuthority: 'unverified',
          outbound: null,
          threadId: ownThread,
          note: `sender domain ${domain}; ${email.from} is not a contact of this debtor`,
        };
      }
      if (byDomain.length > 1) notes.push(`${byDomain.length} debtors use ${domain}`);
    }
  }
  return {
    debtorId: null,
    invoiceId: null,
    by: null,
    senderAuthority: 'unverified',
    outbound: null,
    threadId: ownThread,
    note: notes.length > 0 ? notes.join('; ') : 'no thread, token, invoice number or known sender',
  };
}
