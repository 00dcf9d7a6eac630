import { z } from 'zod';
import {
  type ContactFieldChange,
  ZContactLanguage,
  ZContactRole,
} from '../../domain/debtors/contact-details.ts';
import type { DebtorPage, DebtorPageEvent } from '../../domain/debtors/debtor-page.ts';
import { mergeBookedPayments } from '../../domain/payments/merge-booked-payments.ts';
import type { PrismaClient } from '../generated/client.ts';
import { CONTACT_COLUMNS } from './contact-columns.ts';
import { loadDebtorTimeline } from './load-debtor-timeline.ts';

const OPEN = ['open', 'disputed', 'planned'] as const;
/** Recorded as pause rows (shown with who paused): their audit events would say it twice. */
const SHOWN_ELSEWHERE = new Set(['dunning.paused']);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Everything the console's debtor page shows: the account (contacts, open invoices with their
 * ladder step and pause, plans with instalments, promises, disputes) and one timeline of every
 * channel: the messages `/debtor` reads (loadDebtorTimeline), payments, dunning pauses, and the
 * audit events of the debtor, its invoices, proposals, plans and disputes (decisions in Slack or
 * the console, executions, contact changes). null when there is no such debtor.
 */
export async function loadDebtorPage({
  prisma,
  debtorId,
  today,
  limit = 200,
}: {
  prisma: PrismaClient;
  debtorId: string;
  /** Europe/Amsterdam, for "paused until". */
  today: string;
  limit?: number;
}): Promise<DebtorPage | null> {
  const debtor = await prisma.debtor.findUnique({
    where: { id: debtorId },
    select: { id: true, name: true, reference: true, kind: true, language: true, accountOwner: true },
  });
  if (!debtor) return null;
  const [messages, contacts, invoices, plans, promises, disputes, payments, proposals] = await Promise.all([
    loadDebtorTimeline({ prisma, debtorId, limit }),
    prisma.contact.findMany({
      where: { debtorId },
      orderBy: [{ active: 'desc' }, { isPrimary: 'desc' }, { email: 'asc' }],
      select: { ...CONTACT_COLUMNS, isPrimary: true, undeliverable: true },
    }),
    prisma.invoice.findMany({
      where: { debtorId },
      orderBy: [{ dueDate: 'asc' }, { number: 'asc' }],
      select: {
        id: true,
        number: true,
        amountCents: true,
        openCents: true,
        dueDate: true,
        status: true,
        dunning: { select: { stepCode: true } },
        pauses: { orderBy: { createdAt: 'desc' } },
      },
    }),
    prisma.paymentPlan.findMany({
      where: { debtorId },
      orderBy: { createdAt: 'desc' },
      include: { installments: { orderBy: { sequence: 'asc' } } },
    }),
    prisma.paymentPromise.findMany({
      where: { debtorId },
      orderBy: { promisedDate: 'desc' },
      include: { invoice: { select: { number: true } } },
    }),
    prisma.dispute.findMany({
      where: { debtorId },
      orderBy: { createdAt: 'desc' },
      include: { invoice: { select: { number: true } } },
    }),
    prisma.payment.findMany({
      where: { debtorId },
      orderBy: { receivedAt: 'desc' },
      take: limit,
      include: { invoice: { select: { number: true } } },
    }),
    prisma.proposal.findMany({ where: { debtorId }, select: { id: true } }),
  ]);
  const entityIds = [
    debtorId,
    ...invoices.map((i) => i.id),
    ...proposals.map((p) => p.id),
    ...plans.map((p) => p.id),
    ...disputes.map((d) => d.id),
    ...contacts.map((c) => c.id),
  ];
  const audit = await prisma.auditEvent.findMany({
    where: { entityId: { in: entityIds }, type: { notIn: [...SHOWN_ELSEWHERE] } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { at: true, actor: true, type: true, entityType: true, data: true },
  });
  const open = invoices.filter((invoice) => (OPEN as readonly string[]).includes(invoice.status));
  const timeline: DebtorPageEvent[] = [
    ...(messages?.entries ?? []).map(
      (entry): DebtorPageEvent => ({
        kind: 'message',
        at: entry.at,
        messageId: entry.messageId,
        channel: entry.channel,
        direction: entry.direction,
        subject: entry.subject,
        text: entry.text,
        status: entry.status,
        template: entry.direction === 'outbound' ? entry.kind : null,
      }),
    ),
    ...mergeBookedPayments({
      payments: payments.map((payment) => ({
        at: payment.receivedAt,
        amountCents: payment.amountCents,
        source: payment.source,
        invoiceNumber: payment.invoice?.number ?? null,
      })),
    }).map((payment): DebtorPageEvent => ({ kind: 'payment', ...payment })),
    ...invoices.flatMap((invoice) =>
      invoice.pauses.map(
        (pause): DebtorPageEvent => ({
          kind: 'pause',
          at: pause.createdAt,
          until: dayOf(pause.until),
          reason: pause.reason,
          createdBy: pause.createdBy,
          invoiceNumber: invoice.number,
          liftedAt: pause.liftedAt,
        }),
      ),
    ),
    ...audit.map(
      (event): DebtorPageEvent => ({
        kind: 'audit',
        at: event.at,
        actor: event.actor,
        type: event.type,
        entityType: event.entityType,
        changes: event.entityType === 'contact' ? parseContactChanges(event.data) : [],
      }),
    ),
  ];
  timeline.sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    debtor: { ...debtor, kind: String(debtor.kind) },
    contacts: contacts.map((contact) => ({
      ...contact,
      role: ZContactRole.safeParse(contact.role).data ?? null,
      language: ZContactLanguage.safeParse(contact.language).data ?? null,
    })),
    openInvoices: open.map((invoice) => {
      const holding = invoice.pauses
        .filter((pause) => pause.liftedAt === null && dayOf(pause.until) >= today)
        .map((pause) => dayOf(pause.until))
        .sort();
      return {
        number: invoice.number,
        amountCents: invoice.amountCents,
        openCents: invoice.openCents,
        dueDate: dayOf(invoice.dueDate),
        status: invoice.status,
        stepCode: invoice.dunning?.stepCode ?? null,
        pausedUntil: holding.at(-1) ?? null,
      };
    }),
    openCents: open.reduce((sum, invoice) => sum + invoice.openCents, 0),
    plans: plans.map((plan) => ({
      status: plan.status,
      totalCents: plan.totalCents,
      approvedBy: plan.approvedBy,
      instalments: plan.installments.map((instalment) => ({
        sequence: instalment.sequence,
        dueDate: dayOf(instalment.dueDate),
        amountCents: instalment.amountCents,
        paidCents: instalment.paidCents,
        status: instalment.status,
      })),
    })),
    promises: promises.map((promise) => ({
      promisedDate: dayOf(promise.promisedDate),
      amountCents: promise.amountCents,
      status: promise.status,
      invoiceNumber: promise.invoice?.number ?? null,
    })),
    disputes: disputes.map((dispute) => ({
      invoiceNumber: dispute.invoice.number,
      status: dispute.status,
      summary: dispute.summary,
      owner: dispute.owner,
      resolution: dispute.resolution,
    })),
    timeline: timeline.slice(0, limit),
  };
}

const ZValue = z.union([z.string(), z.boolean(), z.null()]);
const ZContactAudit = z.object({ before: z.record(z.string(), ZValue), after: z.record(z.string(), ZValue) });
const FIELDS = new Set<string>(['name', 'email', 'phone', 'role', 'language', 'receivesReminders', 'active']);

/** The before -> after of a contact's audit event (saveDebtorContact); none for events that do not carry them. */
function parseContactChanges(data: unknown): ContactFieldChange[] {
  const parsed = ZContactAudit.safeParse(data);
  if (!parsed.success) return [];
  return Object.entries(parsed.data.after)
    .filter(([field]) => FIELDS.has(field))
    .map(([field, after]) => ({
      field: field as ContactFieldChange['field'],
      before: parsed.data.before[field] ?? null,
      after,
    }));
}
