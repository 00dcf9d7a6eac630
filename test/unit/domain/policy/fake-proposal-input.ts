import type { Entities } from '../../../../domain/messages/understanding.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import type {
  InvoiceFacts,
  ProposeNextStepInput,
  UnderstandingFacts,
} from '../../../../domain/proposals/proposal-input.ts';

export const NO_ENTITIES: Entities = {
  amounts: [],
  dates: [],
  invoiceNumbers: [],
  poNumbers: [],
  ibans: [],
  instalments: [],
};

export function createInvoice(overrides: Partial<InvoiceFacts> = {}): InvoiceFacts {
  return {
    id: 'inv-1',
    number: '2026-0042',
    openCents: 120_000,
    currency: 'EUR',
    dueDate: '2026-10-15',
    status: 'open',
    dunningStepCode: 'reminder_1',
    poNumber: null,
    ...overrides,
  };
}

/** A confident reply with the given reason; override anything. */
export function createProposalInput(
  reason: UnderstandingFacts['reason'],
  {
    entities = {},
    understanding = {},
    ...rest
  }: Partial<Omit<ProposeNextStepInput, 'understanding'>> & {
    entities?: Partial<Entities>;
    understanding?: Partial<UnderstandingFacts>;
  } = {},
): ProposeNextStepInput {
  return {
    understanding: {
      kind: 'reply',
      reason,
      secondary: [],
      confidence: 0.92,
      abstained: false,
      language: 'nl',
      ...understanding,
      entities: { ...NO_ENTITIES, ...entities },
    },
    debtor: { kind: 'company', accountOwner: 'U123SALES', language: 'nl' },
    invoices: [createInvoice()],
    history: {
      brokenPromises: 0,
      keptPromises: 0,
      activePlan: false,
      breachedPlans: 0,
      openDisputes: 0,
      remindersSent: 1,
    },
    today: '2026-11-23',
    policy: DEFAULT_POLICY,
    ...rest,
  };
}
