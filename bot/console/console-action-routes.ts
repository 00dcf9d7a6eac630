import type { ConsoleCapability } from '../../domain/staff/authorize-staff.ts';

/** Every console route that changes something, with the capability it needs; the router checks it before anything else. */
export const CONSOLE_ACTION_ROUTES = [
  { name: 'approve', pattern: /^\/console\/proposals\/([0-9a-f-]{36})\/approve$/, capability: 'decide' },
  { name: 'reject', pattern: /^\/console\/proposals\/([0-9a-f-]{36})\/reject$/, capability: 'decide' },
  { name: 'approve-all', pattern: /^\/console\/proposals\/approve-all$/, capability: 'decide' },
  { name: 'pause', pattern: /^\/console\/debtors\/([0-9a-f-]{36})\/pause$/, capability: 'pause_dunning' },
  // The debtor page's buttons: resend the invoice, send a payment link, hand to sales.
  { name: 'debtor-act', pattern: /^\/console\/debtors\/([0-9a-f-]{36})\/act$/, capability: 'decide' },
  // Plans changed before approval; hand-offs and messages to read, taken up from the inbox.
  { name: 'change', pattern: /^\/console\/proposals\/([0-9a-f-]{36})\/change$/, capability: 'decide' },
  {
    name: 'open-dispute',
    pattern: /^\/console\/proposals\/([0-9a-f-]{36})\/open-dispute$/,
    capability: 'decide',
  },
  { name: 'triage', pattern: /^\/console\/proposals\/([0-9a-f-]{36})\/triage$/, capability: 'decide' },
  // The sales view: take and resolve disputes, take a hand-off not opened as disputes yet.
  {
    name: 'dispute-take',
    pattern: /^\/console\/disputes\/([0-9a-f-]{36})\/take$/,
    capability: 'resolve_disputes',
  },
  {
    name: 'dispute-resolve',
    pattern: /^\/console\/disputes\/([0-9a-f-]{36})\/resolve$/,
    capability: 'resolve_disputes',
  },
  {
    name: 'handoff-take',
    pattern: /^\/console\/handoffs\/([0-9a-f-]{36})\/take$/,
    capability: 'resolve_disputes',
  },
  // Escalating a dispute to finance (sales), and finance handing it back or settling it.
  {
    name: 'dispute-escalate',
    pattern: /^\/console\/disputes\/([0-9a-f-]{36})\/escalate$/,
    capability: 'resolve_disputes',
  },
  {
    name: 'dispute-hand-back',
    pattern: /^\/console\/disputes\/([0-9a-f-]{36})\/hand-back$/,
    capability: 'settle_escalated',
  },
  {
    name: 'dispute-settle',
    pattern: /^\/console\/disputes\/([0-9a-f-]{36})\/settle$/,
    capability: 'settle_escalated',
  },
  // Triage: a mail that matched no debtor assigned to one, or set aside.
  { name: 'mail-assign', pattern: /^\/console\/triage\/([0-9a-f-]{36})\/assign$/, capability: 'decide' },
  { name: 'mail-dismiss', pattern: /^\/console\/triage\/([0-9a-f-]{36})\/dismiss$/, capability: 'decide' },
  // Triage: a bank transfer waiting for review applied to an invoice (finance, as Slack's payment review).
  { name: 'payment-apply', pattern: /^\/console\/payments\/([0-9a-f-]{36})\/apply$/, capability: 'decide' },
  // The inbox's owner: take a proposal up, or give it back.
  { name: 'assign', pattern: /^\/console\/proposals\/([0-9a-f-]{36})\/assign$/, capability: 'decide' },
  // The debtor page's contacts: add one; change, deactivate or reactivate one.
  {
    name: 'contact-add',
    pattern: /^\/console\/debtors\/([0-9a-f-]{36})\/contacts$/,
    capability: 'manage_contacts',
  },
  {
    name: 'contact-change',
    pattern: /^\/console\/debtors\/([0-9a-f-]{36})\/contacts\/([0-9a-f-]{36})$/,
    capability: 'manage_contacts',
  },
  // The health page: failed outbox items back to their queue.
  { name: 'outbox-retry', pattern: /^\/console\/health\/retry$/, capability: 'retry_outbox' },
] as const satisfies readonly { name: string; pattern: RegExp; capability: ConsoleCapability }[];

export type ConsoleActionName = (typeof CONSOLE_ACTION_ROUTES)[number]['name'];
