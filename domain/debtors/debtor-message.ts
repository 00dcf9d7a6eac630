/** One stored message with a debtor, whole: what the console shows as the original. */
export interface DebtorMessage {
  readonly id: string;
  readonly channel: string;
  readonly direction: 'inbound' | 'outbound';
  readonly fromAddress: string | null;
  readonly toAddress: string | null;
  readonly subject: string | null;
  readonly at: Date;
  readonly status: string;
  /** The complete stored text (raw_text, or the full text kept beside it), as it came: data, never markup. */
  readonly text: string;
}
