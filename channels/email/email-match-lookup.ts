/** An outbound message of ours, as the matcher needs it. */
export interface OutboundRef {
  /** Our database id of the outbound message. */
  readonly id: string;
  readonly debtorId: string;
  readonly invoiceId: string | null;
  /** The conversation's thread id (the root Message-ID), so the reply joins the same thread. */
  readonly threadId: string | null;
  readonly toAddress: string | null;
}

/**
 * The port the matcher reads through; prisma/email implements it. Each lookup returns every
 * candidate so the matcher can refuse to guess when a number or an address is ambiguous.
 */
export interface EmailMatchLookup {
  outboundByMessageIds(messageIds: readonly string[]): Promise<OutboundRef | null>;
  outboundById(id: string): Promise<OutboundRef | null>;
  invoicesByNumbers(
    numbers: readonly string[],
  ): Promise<readonly { readonly id: string; readonly debtorId: string; readonly number: string }[]>;
  debtorsByContactAddress(address: string): Promise<readonly string[]>;
  debtorsByContactDomain(domain: string): Promise<readonly string[]>;
}
