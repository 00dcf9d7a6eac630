import type { InstalmentSchedule } from '../plans/build-instalment-schedule.ts';

/**
 * A proposal that waits for a person, as the staff console's inbox lists it (loaded by
 * prisma/proposals/load-open-proposals.ts, shown by channels/web/console/render-inbox.ts).
 */
export interface OpenProposal {
  readonly id: string;
  readonly action: string;
  readonly rationale: string;
  readonly requiresApproval: boolean;
  readonly createdAt: Date;
  /** Who took it up in the console (their e-mail); null: nobody yet. */
  readonly assignedTo: string | null;
  readonly debtor: { readonly id: string; readonly name: string; readonly reference: string };
  readonly invoices: readonly {
    readonly number: string;
    readonly openCents: number;
    readonly dueDate: string;
  }[];
  /** What is open on the proposal's invoices now. */
  readonly openCents: number;
  /** The ladder step of a dunning escalation (stepCode and its label), else null. */
  readonly step: { readonly code: string; readonly label: string } | null;
  /** Why the classifier (or a person in triage) read the debtor's message as it did. */
  readonly classification: {
    readonly reason: string | null;
    readonly confidence: number;
    readonly phrases: readonly string[];
  } | null;
  /** The debtor's words the proposal answers, shortened for the list. */
  readonly excerpt: string | null;
  /** A plan proposal's instalments as proposed (what the Change form starts from); null for other kinds. */
  readonly schedule: InstalmentSchedule | null;
}
