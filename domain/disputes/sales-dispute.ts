/** The debtor of a dispute, as sales sees it (the console's sales view, Slack's dispute message). */
export interface DisputedDebtor {
  readonly id: string;
  readonly name: string;
  readonly reference: string;
  readonly accountOwner: string | null;
}

/** A dispute as the console's sales view shows it: what is disputed, in the debtor's words. */
export interface SalesDispute {
  readonly id: string;
  readonly status: 'open' | 'taken' | 'escalated';
  /** A Slack user id or a console user's e-mail address; null: nobody took it yet. */
  readonly owner: string | null;
  readonly summary: string;
  /** What a person noted moving it (why it was escalated, a note handing it back); null: none. */
  readonly note: string | null;
  /** What the debtor wrote (the message that opened it), as text; empty when unknown. */
  readonly debtorWords: string;
  readonly openedAt: Date;
  readonly debtor: DisputedDebtor;
  readonly invoice: {
    readonly number: string;
    readonly amountCents: number;
    readonly openCents: number;
    /** YYYY-MM-DD */
    readonly dueDate: string;
  };
}

/** A dispute hand-off the policy proposed whose disputes are not opened yet (Slack opens them when it runs). */
export interface SalesHandoff {
  readonly proposalId: string;
  readonly rationale: string;
  readonly debtorWords: string;
  readonly proposedAt: Date;
  readonly debtor: SalesDispute['debtor'];
  readonly invoices: readonly SalesDispute['invoice'][];
}

export interface SalesView {
  /** Taken by me, or on an account I own that nobody took yet. */
  readonly mine: readonly SalesDispute[];
  /** Nobody took it and the debtor has no account owner (Slack sends these to the sales channel). */
  readonly unassigned: readonly SalesDispute[];
  /** Hand-offs for my accounts or accounts without owner, not opened as disputes yet. */
  readonly handoffs: readonly SalesHandoff[];
  /** Escalated to finance by sales (anyone's): finance hands them back or settles them. */
  readonly escalated: readonly SalesDispute[];
}
