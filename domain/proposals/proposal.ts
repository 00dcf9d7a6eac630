import type { IsoDate } from '../model/iso-date.ts';
import type { NextStepAction } from './next-step.ts';
import type { ProposalParams } from './proposal-params.ts';

/** An action with the params its schema (./proposal-params.ts) gives it. */
export interface ProposedStepOf<A extends NextStepAction> {
  readonly action: A;
  /** Action-specific data: PO number, promise date, instalment schedule, return date, ... */
  readonly params: ProposalParams<A>;
}

/** What a stored proposal holds for its action, discriminated by `action`. */
export type ProposedStep = { readonly [A in NextStepAction]: ProposedStepOf<A> }[NextStepAction];

/** A proposal of one action as the policy returns it, before it is stored. */
export interface ProposalOf<A extends NextStepAction> extends ProposedStepOf<A> {
  /** Why, in words a finance or sales person can check. */
  readonly rationale: string;
  /** True when a person (finance or sales) must approve before anything is done. */
  readonly requiresApproval: boolean;
  /** Dunning pause to apply to the invoice(s) concerned, if any. */
  readonly pause: { readonly until: IsoDate; readonly reason: string } | null;
}

/** What the assistant proposes to do next: one member per action, so `params` is known once `action` is. */
export type Proposal = { readonly [A in NextStepAction]: ProposalOf<A> }[NextStepAction];
