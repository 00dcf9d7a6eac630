import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import type { LadderLetterContent } from '../../channels/email/render-email.ts';
import { renderEmailContent } from '../../channels/email/render-email-content.ts';
import { addMonths } from '../../domain/calendar/add-months.ts';
import { dueDunningSteps } from '../../domain/dunning/due-dunning-steps.ts';
import { ladderForDebtor } from '../../domain/dunning/ladder-for-debtor.ts';
import type { DebtorKind } from '../../domain/model/debtor.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { LetterKind } from '../../domain/notices/action-notice.ts';
import type { LadderStep } from '../../domain/policy/collections-policy.ts';
import { loadDunningCandidates } from '../../prisma/dunning/load-dunning-candidates.ts';
import { loadStatedCosts } from '../../prisma/dunning/load-stated-costs.ts';
import { proposeDunningEscalation } from '../../prisma/proposals/propose-dunning-escalation.ts';
import { queueEmail } from '../notices/queue-email.ts';
import { type SendReport, sendQueuedEmails } from '../notices/send-queued-emails.ts';
import type { EmailDeps } from '../server/email-deps.ts';

export interface DunningLine {
  readonly debtor: string;
  readonly step: string;
  readonly invoices: readonly string[];
  readonly to: string | null;
  /** queued, already queued, would send (dry run), needs approval, no deliverable contact, or held: <why> */
  readonly outcome: string;
  /** Dry run: the letter as the debtor would read it (an escalation as it reads once approved). */
  readonly letter?: { readonly subject: string; readonly firstLines: readonly string[] };
}

export interface DunningReport {
  readonly today: string;
  readonly lines: readonly DunningLine[];
  readonly sent: SendReport | null;
}

/**
 * `collections dunning run`: for every debtor with overdue invoices, the ladder steps due today
 * (domain/dunning). The first reminder is queued and sent; a later step is an escalation and is
 * stored as a proposal for a person. Paused, disputed, planned and paid invoices get nothing.
 * The ladder state moves only when the mail has left (see settleEmailAttempt). Running it twice
 * queues nothing twice: each letter's idempotency key is its step and invoices.
 */
export async function runDunning({
  deps,
  sender,
  dryRun,
  paymentLinkFor = null,
}: {
  deps: EmailDeps;
  sender: MailSender | null;
  dryRun: boolean;
  /** The invoice's payment page (PAYMENT_LINK_SECRET set): one link per invoice in the letter. */
  paymentLinkFor?: ((invoiceId: string) => string) | null;
}): Promise<DunningReport> {
  const today = amsterdamDate(deps.now?.() ?? new Date());
  const lines: DunningLine[] = [];
  const candidates = await loadDunningCandidates({ db: deps.sql ?? deps.prisma, today, policy: deps.policy });
  const statedCosts = await loadStatedCosts({
    db: deps.sql ?? deps.prisma,
    debtorIds: candidates.map((debtor) => debtor.id),
    since: addMonths(today, -6),
  });
  for (const debtor of candidates) {
    const run = dueDunningSteps({
      statedCosts: statedCosts.get(debtor.id) ?? [],
      invoices: debtor.invoices,
      states: debtor.states,
      pauses: debtor.pauses,
      debtor: { kind: debtor.kind },
      today,
      policy: deps.policy,
    });
    for (const held of run.held) {
      lines.push({
        debtor: debtor.name,
        step: '-',
        invoices: [held.number],
        to: null,
        outcome: `held: ${held.reason}`,
      });
    }
    const contact = debtor.contacts.find((c) => !c.undeliverable) ?? null;
    const ladder = ladderForDebtor(deps.policy, debtor.kind);
    for (const letter of run.letters) {
      const invoiceIds = letter.invoices.map((invoice) => invoice.id);
      const numbers = letter.invoices.map((invoice) => invoice.number);
      const stepIndex = ladder.findIndex((step) => step.code === letter.step.code);
      const grouped = letter.invoices.length > 1;
      const content: LadderLetterContent = {
        template: 'reminder',
        companyName: deps.companyName,
        debtorName: debtor.name,
        contactName: contact?.name ?? null,
        stepCode: letter.step.code,
        stepIndex,
        stepLabel: letter.step.label,
        invoices: letter.invoices.map((invoice) => ({
          number: invoice.number,
          openCents: invoice.openCents,
          dueDate: debtor.invoices.find((i) => i.id === invoice.id)!.dueDate,
          payUrl: paymentLinkFor && grouped ? paymentLinkFor(invoice.id) : null,
        })),
        // The whole letter's link: our page for one invoice, EMAIL_PAYMENT_LINK_URL for several.
        paymentLink:
          paymentLinkFor && !grouped
            ? paymentLinkFor(letter.invoices[0]!.id)
            : deps.email.paymentLinkUrl
              ? deps.email.paymentLinkUrl.replace('{invoice}', encodeURIComponent(numbers.join(',')))
              : null,
      };
      const line = {
        debtor: debtor.name,
        step: letter.step.code,
        invoices: numbers,
        to: contact?.email ?? null,
        ...(dryRun
          ? {
              letter: await previewLetter({
                content: letter.requiresApproval
                  ? {
                      ...content,
                      template: 'dunning_letter',
                      letterKind: letterKindOf(letter.step, debtor.kind),
                      costsCents: letter.costs?.wikCents ?? null,
                    }
                  : content,
                language: debtor.language,
                deps,
                today,
              }),
            }
          : {}),
      };
      if (letter.requiresApproval) {
        if (!dryRun) {
          await proposeDunningEscalation({
            prisma: deps.prisma,
            debtorId: debtor.id,
            invoiceIds,
            stepCode: letter.step.code,
            rationale: `${letter.step.label} is due for ${numbers.join(', ')}; every step after the first reminder needs a person's approval.`,
            params: {
              stepLabel: letter.step.label,
              principalCents: letter.principalCents,
              costs: letter.costs,
            },
          });
        }
        lines.push({ ...line, outcome: 'needs approval' });
        continue;
      }
      if (!contact) {
        lines.push({ ...line, outcome: 'no deliverable contact' });
        continue;
      }
      if (dryRun) {
        lines.push({ ...line, outcome: 'would send' });
        continue;
      }
      const queued = await queueEmail({
        deps,
        idempotencyKey: `dunning:${letter.step.code}:${[...invoiceIds].sort().join(',')}`,
        content,
        language: debtor.language,
        to: contact.email,
        debtorId: debtor.id,
        invoiceId: invoiceIds.length === 1 ? invoiceIds[0]! : null,
        dunning: {
          invoiceIds,
          stepIndex,
          stepCode: letter.step.code,
          costsCents: letter.costs?.wikCents ?? null,
          statesCosts: letter.step.statesCosts,
        },
        actor: 'dunning',
      });
      lines.push({ ...line, outcome: queued.created ? 'queued' : 'already queued' });
    }
  }
  const sent = !dryRun && sender ? await sendQueuedEmails({ deps, sender }) : null;
  return { today, lines, sent };
}

/** The planner's name for what an approved step's letter does (domain/proposals/plan-escalation.ts). */
function letterKindOf(step: LadderStep, kind: DebtorKind): LetterKind {
  if (step.handover) return 'handover';
  if (step.statesCosts) return kind === 'consumer' ? 'fourteen_day_letter' : 'default_notice';
  return 'notice';
}

/** A dry run shows each letter's subject and its first lines, worded as it will be sent. */
async function previewLetter({
  content,
  language,
  deps,
  today,
}: {
  content: LadderLetterContent;
  language: string;
  deps: EmailDeps;
  today: string;
}): Promise<NonNullable<DunningLine['letter']>> {
  const rendered = await renderEmailContent({
    content,
    language,
    letters: deps.letters ?? letterSettingsFor(deps.companyName),
    today,
  });
  const lines = rendered.text.split('\n').filter((line) => line.trim() !== '');
  const greeting = lines.findIndex((line) => /^(Geachte|Beste|Dear)\b/u.test(line));
  return { subject: rendered.subject, firstLines: lines.slice(greeting + 1, greeting + 4) };
}
