import type { LadderInvoice } from '../../domain/dunning/group-by-next-step.ts';

/** An open invoice of EUR 1,000, due 2026-09-01, whose last letter was the aanmaning of 2026-11-02. */
export const LADDER_INVOICE: LadderInvoice = {
  id: 'i1',
  number: 'INV-1',
  openCents: 100_000,
  dueDate: '2026-09-01',
  status: 'open',
  lastStepCode: 'aanmaning',
  lastStepSentOn: '2026-11-02',
};
