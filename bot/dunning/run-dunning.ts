import { buildNoticeEmailContent } from '../../channels/email/build-notice-email-content.ts';
import type { MailSender } from '../../channels/email/create-smtp-sender.ts';
import { letterSettingsFor } from '../../channels/email/letters/letter-settings.ts';
import { renderEmailContent } from '../../channels/email/render-email-content.ts';
import { addMonths } from '../../domain/calendar/add-months.ts';
import { type DueLetter, dueDunningSteps } from '../../domain/dunning/due-dunning-steps.ts';
import { amsterdamDate } from '../../domain/model/iso-date.ts';
import type { NoticeInvoice } from '../../domain/notices/action-notice.ts';
import { loadDunningCandidates } from '../../prisma/dunning/load-dunning-candidates.ts';
import { loadStatedCosts } from '../../prisma/dunning/load-stated-costs.ts';
import { oweLadderLetter } from '../../prisma/dunning/owe-ladder-letter.ts';
import { listOpenDunningEscalations } from '../../prisma/proposals/list-open-dunning-escalations.ts';
import { proposeDunningEscalation } from '../../prisma/proposals/propose-dunning-escalation.ts';
import { deliverActionNotices } from '../notices/deliver-action-notices.ts';
import { type SendReport, sendQueuedEmails } from '../notices/send-queued-emails.ts';
import type { EmailDeps } from '../server/email-deps.ts';

export interface DunningLine {
  readonly debtor: string;
  readonly step: string;
  readonly invoices: readonly string[];
  readonly to: string | null;
  /**
   * queued (owed, planned and worded for the mail in the same run), already queued, not sent:
   * <why> (its plan was blocked when it was worded), would send (dry run), needs approval, no
   * deliverable contact, or held: <why>
   */
  readonly outcome: string;
  /** Dry run: the letter as the debtor would read it (an escalation as it reads once approved). */
  readonly letter?: { readonly subject: string; readonly firstLines: readonly string[] };
  /** For a letter: the step's approval rule that decided whether it waits for a person, and why. */
  readonly approval: { readonly rule: string; readonly reason: string } | null;
}

export interface DunningReport {
  readonly today: string;
  readonly lines: readonly DunningLine[];
  readonly sent: SendReport | null;
}

/**
 * `collections dunning run`: for every debtor with overdue invoices, the ladder steps due today
 * (domain/dunning). A letter whose step the policy lets go out by itself (its `approval`: by
 * default the first reminder) is owed as a `dunning_letter` notice, which the notices' worker
 * plans, words and queues in this run, as it does one a person approved (PDF, post record and
 * interest included); one that needs a person is stored as an escalation proposal, and the
 * approval owes the same letter. Paused, disputed, planned and paid
 * invoices get nothing.
 * The ladder state moves only when the mail has left (see settleEmailAttempt). Running it twice
 * queues nothing twice: each letter's idempotency key is its step and invoices.
 */
export async function runDunning({
  deps,
  sender,
  dryRun,
}: {
  deps: EmailDeps;
  sender: MailSender | null;
  dryRun: boolean;
}): Promise<DunningReport> {
  const today = amsterdamDate(deps.now?.() ?? new Date());
  const lines: DunningLine[] = [];
  /** The letters this run owes, by key: the line that reports each. */
  const owedLines = new Map<string, number>();
  const waiting = new Set(
    (await listOpenDunningEscalations({ db: deps.prisma })).map(
      (open) => `${open.debtorId}|${open.letterKey}`,
    ),
  );
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
        approval: null,
        outcome: `held: ${held.reason}`,
      });
    }
    const contact = debtor.contacts.find((c) => !c.undeliverable) ?? null;
    for (const letter of run.letters) {
      const invoiceIds = letter.invoices.map((invoice) => invoice.id);
      const numbers = letter.invoices.map((invoice) => invoice.number);
      const invoices = letter.invoices.map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        openCents: invoice.openCents,
        dueDate: debtor.invoices.find((i) => i.id === invoice.id)!.dueDate,
      }));
      // The key an approved escalation uses too: the same step for the same invoices goes once.
      const key = `dunning:${letter.step.code}:${[...invoiceIds].sort().join(',')}`;
      const line = {
        debtor: debtor.name,
        step: letter.step.code,
        invoices: numbers,
        to: contact?.email ?? null,
        ...(dryRun
          ? { letter: await previewLetter({ letter, invoices, debtor, contact, deps, today }) }
          : {}),
        approval: { rule: letter.approval.rule, reason: letter.approval.reason },
      };
      // A person already asked (the policy changed since): they decide it, or an approval later
      // would find the ladder moved and send the step after this one.
      if (!letter.requiresApproval && waiting.has(`${debtor.id}|${key.slice('dunning:'.length)}`)) {
        lines.push({
          ...line,
          approval: {
            rule: letter.approval.rule,
            reason: `a proposal for this letter was made before the policy let it go out by itself; it waits for that decision.`,
          },
          outcome: 'needs approval',
        });
        continue;
      }
      if (letter.requiresApproval) {
        if (!dryRun) {
          await proposeDunningEscalation({
            prisma: deps.prisma,
            debtorId: debtor.id,
            invoiceIds,
            stepCode: letter.step.code,
            rationale: `${letter.step.label} is due for ${numbers.join(', ')}; ${letter.approval.reason}`,
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
      // The policy's decision is recorded as the letter owed; the notices' worker plans it (costs,
      // term, interest as of the day it goes out), words it once, attaches its PDF and records it,
      // exactly as it does a letter a person approved.
      const owed = await oweLadderLetter({
        prisma: deps.prisma,
        debtorId: debtor.id,
        letter: {
          key,
          template: 'dunning_letter',
          channel: 'email',
          params: {
            language: debtor.language === 'nl' ? 'nl' : 'en',
            invoices,
            ladderStep: letter.step.code,
          },
        },
        approval: letter.approval.rule,
        now: deps.now?.() ?? new Date(),
      });
      if (owed) owedLines.set(key, lines.length);
      lines.push({ ...line, outcome: owed ? 'queued' : 'already queued' });
    }
  }
  if (!dryRun) {
    // Worded and queued for the mail now, as before, in rounds until no owed notice is due.
    const now = () => deps.now?.() ?? new Date();
    const notSent = new Map<string, string>();
    for (;;) {
      const round = await deliverActionNotices({
        db: { prisma: deps.prisma },
        email: deps,
        log: deps.log,
        now,
      });
      for (const unsent of round.notSent) notSent.set(unsent.key, unsent.reason);
      if (round.queued + round.skipped + round.retrying === 0) break;
    }
    for (const [key, index] of owedLines) {
      const reason = notSent.get(key);
      if (reason) lines[index] = { ...lines[index]!, outcome: `not sent: ${reason}` };
    }
  }
  const sent = !dryRun && sender ? await sendQueuedEmails({ deps, sender }) : null;
  return { today, lines, sent };
}

/**
 * A dry run shows each letter's subject and its first lines, worded as the notices' worker words
 * it (bot/notices/notify-debtor.ts), with the costs and term as of today; a notice of
 * default's interest amount is added when it is sent.
 */
async function previewLetter({
  letter,
  invoices,
  debtor,
  contact,
  deps,
  today,
}: {
  letter: DueLetter;
  invoices: readonly NoticeInvoice[];
  debtor: { readonly name: string; readonly language: string };
  contact: { readonly name: string | null } | null;
  deps: EmailDeps;
  today: string;
}): Promise<NonNullable<DunningLine['letter']>> {
  const content = buildNoticeEmailContent({
    template: 'dunning_letter',
    params: {
      language: debtor.language === 'nl' ? 'nl' : 'en',
      invoices,
      dunning: {
        stepCode: letter.step.code,
        stepLabel: letter.step.label,
        stepIndex: letter.stepIndex,
        letterKind: letter.letterKind,
        statesCosts: letter.step.statesCosts,
        costsCents: letter.costs?.wikCents ?? null,
        termEndsOn: letter.fourteenDayTerm?.termEndsOn ?? null,
      },
    },
    debtorName: debtor.name,
    contactName: contact?.name ?? null,
    companyName: deps.companyName,
    staffNotified: deps.staffChannel !== false,
    email: deps.email,
  });
  const rendered = await renderEmailContent({
    content,
    language: debtor.language,
    letters: deps.letters ?? letterSettingsFor(deps.companyName),
    today,
  });
  const lines = rendered.text.split('\n').filter((line) => line.trim() !== '');
  const greeting = lines.findIndex((line) => /^(Geachte|Beste|Dear)\b/u.test(line));
  return { subject: rendered.subject, firstLines: lines.slice(greeting + 1, greeting + 4) };
}
