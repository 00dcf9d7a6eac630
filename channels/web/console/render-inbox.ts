import { amsterdamDate } from '../../../domain/model/iso-date.ts';
import { prefillPlanChange } from '../../../domain/plans/prefill-plan-change.ts';
import { type InboxKind, inboxKindOf } from '../../../domain/proposals/inbox-kind-of.ts';
import type { OpenProposal } from '../../../domain/proposals/open-proposal.ts';
import { REASON_CODES } from '../../../domain/reasons.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { CONSOLE_INBOX_OWNER_STRINGS } from './console-inbox-owner-strings.ts';
import { CONSOLE_STRINGS } from './console-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';
import { renderPager } from './render-pager.ts';
import { renderWaitingElsewhere } from './render-waiting-elsewhere.ts';

export interface InboxFilters {
  readonly kind: InboxKind | 'all';
  /** Only proposals older than this many days; null for any age. */
  readonly olderThanDays: 1 | 3 | 7 | null;
  /** Taken up by the viewer, by nobody, or anyone's. */
  readonly owner: 'all' | 'mine' | 'unassigned';
}

/** Where the page sits: its number, and the query of the page before and after (null: none). */
export interface InboxPager {
  readonly page: number;
  readonly previous: Readonly<Record<string, string>> | null;
  readonly next: Readonly<Record<string, string>> | null;
}

const DAY_MS = 86_400_000;

/**
 * The inbox: one page of what waits for a person, newest last, as the filters (kind, age, owner)
 * let it through (filtered and paged by the query, see show-inbox). Ladder letters are
 * grouped per step with one form that approves every letter shown (the ids it lists, never
 * "whatever is open by then"). Buttons appear only for someone who may decide.
 */
export function renderInbox({
  language,
  companyName,
  items,
  total,
  filters,
  canDecide,
  signedIn,
  now,
  notices,
  pager: paging,
  waitingElsewhere = null,
}: {
  language: PageLanguage;
  companyName: string;
  /** This page's proposals, filtered and in order. */
  items: readonly OpenProposal[];
  /** How many the filters let through on every page. */
  total: number;
  filters: InboxFilters;
  canDecide: boolean;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
  now: Date;
  /** The outcome of the last POST, from known codes only. */
  notices: readonly { readonly code: string; readonly count: number }[];
  /** A ladder group's "approve all" covers its letters on this page. */
  pager: InboxPager;
  /** Finance and admin: what waits in triage and among escalated disputes (a pointer, not the items). */
  waitingElsewhere?: { readonly triage: number; readonly escalated: number } | null;
}): string {
  const t = CONSOLE_STRINGS[language];
  const o = CONSOLE_INBOX_OWNER_STRINGS[language];
  const today = amsterdamDate(now);
  const f = consoleFormats(language);
  const eur = (cents: number) => escapeHtml(f.eur(cents));
  // Escaped once per page, not once per proposal: with 2,000 proposals the page was mostly this.
  const label = {
    approve: escapeHtml(t.approve),
    reject: escapeHtml(t.reject),
    contactEmail: escapeHtml(t.contactEmail),
    invoices: escapeHtml(t.invoices),
    amount: escapeHtml(t.amount),
    reason: escapeHtml(t.reason),
    confidence: escapeHtml(t.confidence),
    phrases: escapeHtml(t.phrases),
    theirWords: escapeHtml(t.theirWords),
    rationale: escapeHtml(t.rationale),
    created: escapeHtml(t.created),
  };
  const why = {
    handoff: `<p class="muted">${escapeHtml(t.withSales)} <a href="/console/sales">${escapeHtml(t.salesView)}</a></p>`,
    review: `<p class="muted">${escapeHtml(t.needsTriage)}</p>`,
    other: `<p class="muted">${escapeHtml(t.notYours)}</p>`,
  };
  // A few due dates recur across thousands of invoices: each is formatted once.
  const days = new Map<string, string>();
  const day = (isoDay: string) => {
    let formatted = days.get(isoDay);
    if (formatted === undefined) {
      formatted = escapeHtml(f.day(isoDay));
      days.set(isoDay, formatted);
    }
    return formatted;
  };
  const csrf = `<input type="hidden" name="csrf" value="${escapeHtml(signedIn.csrf)}">`;
  const kindOf = (item: OpenProposal) =>
    inboxKindOf({ action: item.action, stepCode: item.step?.code ?? null });
  // The filters ride along with a take or release, so the inbox comes back as it was.
  const kept: Record<string, string> = {
    ...(filters.kind !== 'all' ? { kind: filters.kind } : {}),
    ...(filters.olderThanDays !== null ? { age: String(filters.olderThanDays) } : {}),
    ...(filters.owner !== 'all' ? { owner: filters.owner } : {}),
  };
  const keptInputs = Object.entries(kept)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  const label2 = {
    owner: escapeHtml(o.owner),
    nobody: escapeHtml(o.nobody),
    take: escapeHtml(o.take),
    release: escapeHtml(o.release),
  };
  const ownerOf = (item: OpenProposal) =>
    item.assignedTo === null
      ? label2.nobody
      : escapeHtml(item.assignedTo === signedIn.email ? o.you(item.assignedTo) : item.assignedTo);
  /** Take it up or give it back: a button of the group's form (formaction), or a form of its own. */
  const assign = (item: OpenProposal, inGroupForm: boolean) => {
    if (!canDecide) return '';
    const mine = item.assignedTo === signedIn.email;
    const to = mine ? 'nobody' : 'me';
    const text = mine ? label2.release : label2.take;
    const action = `/console/proposals/${escapeHtml(item.id)}/assign`;
    const who = escapeHtml(item.debtor.name);
    return inGroupForm
      ? `<button type="submit" formaction="${action}" formnovalidate name="to" value="${to}" aria-label="${text}: ${who}">${text}</button>`
      : `<form method="post" action="${action}" class="assign">${csrf}${keptInputs}<button type="submit" name="to" value="${to}" aria-label="${text}: ${who}">${text}</button></form>`;
  };
  const decidable = (item: OpenProposal) =>
    canDecide &&
    item.requiresApproval &&
    item.action !== 'handoff_to_sales' &&
    item.action !== 'human_review';
  const ageOf = (item: OpenProposal) =>
    Math.max(0, Math.floor((now.getTime() - item.createdAt.getTime()) / DAY_MS));
  const invoicesOf = (item: OpenProposal) =>
    item.invoices
      .map((invoice) => `${escapeHtml(invoice.number)} <span class="muted">(${day(invoice.dueDate)})</span>`)
      .join(', ');
  /** In a ladder group the buttons belong to the group's one form (formaction): one CSRF token per group, not two per letter. */
  const buttons = (item: OpenProposal, inGroupForm: boolean) => {
    const base = `/console/proposals/${escapeHtml(item.id)}`;
    if (canDecide && item.action === 'handoff_to_sales') {
      return `<div class="decide"><form method="post" action="${base}/open-dispute">${csrf}<button type="submit" class="primary">${escapeHtml(t.openDispute)}</button></form><a href="/console/sales">${escapeHtml(t.salesView)}</a></div>`;
    }
    if (canDecide && item.action === 'human_review') {
      const id = `r-${escapeHtml(item.id)}`;
      return `<div class="decide"><form method="post" action="${base}/triage">${csrf}<label for="${id}">${escapeHtml(t.triageReason)}</label><select id="${id}" name="reason">${REASON_CODES.map((code) => `<option value="${code}"${code === item.classification?.reason ? ' selected' : ''}>${escapeHtml(t.reasons[code] ?? code)}</option>`).join('')}</select><button type="submit" class="primary">${escapeHtml(t.triage)}</button></form></div>`;
    }
    if (!decidable(item)) {
      if (item.action === 'handoff_to_sales') return why.handoff;
      return item.action === 'human_review' ? why.review : why.other;
    }
    const who = escapeHtml(item.debtor.name);
    const approve = `aria-label="${label.approve}: ${who}"`;
    const reject = `aria-label="${label.reject}: ${who}"`;
    if (inGroupForm) {
      return `<div class="decide"><button type="submit" class="primary" formaction="${base}/approve" ${approve}>${label.approve}</button><button type="submit" formaction="${base}/reject" ${reject}>${label.reject}</button></div>`;
    }
    const email =
      item.action === 'update_contact'
        ? `<label for="e-${escapeHtml(item.id)}">${label.contactEmail}</label><input id="e-${escapeHtml(item.id)}" name="contactEmail" type="email" required maxlength="254">`
        : '';
    const isPlan = item.action === 'request_plan_approval' || item.action === 'offer_payment_plan';
    // The form starts from the proposal's own schedule, as Slack's Change modal does.
    const plan = isPlan && item.schedule ? prefillPlanChange({ schedule: item.schedule, today }) : null;
    const field = (name: string, label: string, input: string) =>
      `<label for="${name}-${escapeHtml(item.id)}">${escapeHtml(label)}</label>${input.replace('<input', `<input id="${name}-${escapeHtml(item.id)}" name="${name}"`).replace('<select', `<select id="${name}-${escapeHtml(item.id)}" name="${name}"`)}`;
    // Slack's Change form: instalments, period, first date and down payment, checked by checkPlanChange.
    const change = isPlan
      ? `<details class="change"><summary>${escapeHtml(t.changeTitle)}</summary><form method="post" action="${base}/change" class="stack">${csrf}${field('count', t.planCount, `<input type="number" min="1" max="60" required${plan ? ` value="${plan.count}"` : ''}>`)}${field('period', t.planPeriod, `<select>${['month', 'week'].map((p) => `<option value="${p}"${plan?.period === p ? ' selected' : ''}>${escapeHtml(t.periods[p] ?? p)}</option>`).join('')}</select>`)}${field('start', t.planStart, `<input type="date" required${plan ? ` value="${escapeHtml(plan.startDate)}"` : ''}>`)}${field('down', t.planDown, `<input type="text" inputmode="decimal" maxlength="20"${plan && plan.downPaymentCents > 0 ? ` value="${(plan.downPaymentCents / 100).toFixed(2)}"` : ''}>`)}<button type="submit" class="primary">${escapeHtml(t.approveChanged)}</button></form></details>`
      : '';
    return `<div class="decide"><form method="post" action="${base}/approve">${csrf}${email}<button type="submit" class="primary" ${approve}>${label.approve}</button></form><form method="post" action="${base}/reject">${csrf}<button type="submit" ${reject}>${label.reject}</button></form></div>${change}`;
  };
  const details = (item: OpenProposal) => {
    const c = item.classification;
    const rows = [
      `<dt>${label.invoices}</dt><dd>${invoicesOf(item) || '–'}</dd>`,
      `<dt>${label.amount}</dt><dd>${eur(item.openCents)}</dd>`,
      c
        ? `<dt>${label.reason}</dt><dd>${escapeHtml(c.reason ?? '–')} <span class="muted">· ${label.confidence} ${Math.round(c.confidence * 100)}%</span></dd>`
        : '',
      c && c.phrases.length > 0
        ? `<dt>${label.phrases}</dt><dd><ul class="phrases">${c.phrases.map((p) => `<li>“${escapeHtml(p)}”</li>`).join('')}</ul></dd>`
        : '',
      item.excerpt
        ? `<dt>${label.theirWords}</dt><dd><blockquote>${escapeHtml(item.excerpt)}</blockquote></dd>`
        : '',
      `<dt>${label.rationale}</dt><dd>${escapeHtml(item.rationale)}</dd>`,
      `<dt>${label.created}</dt><dd>${escapeHtml(t.daysAgo(ageOf(item)))}</dd>`,
      `<dt>${label2.owner}</dt><dd>${ownerOf(item)}</dd>`,
    ];
    return `<dl>${rows.join('')}</dl>`;
  };
  const card = (item: OpenProposal, inGroupForm = false) =>
    `<article class="item" id="p-${escapeHtml(item.id)}" data-kind="${kindOf(item)}"><header><h3><a href="/console/debtors/${escapeHtml(item.debtor.id)}">${escapeHtml(item.debtor.name)}</a> <span class="muted">${escapeHtml(item.debtor.reference)}</span></h3><p class="what">${escapeHtml(t.actions[item.action] ?? item.action)} · <strong>${eur(item.openCents)}</strong></p></header>${details(item)}${buttons(item, inGroupForm)}${assign(item, inGroupForm)}</article>`;

  const onPage = items;
  const ladder = new Map<string, OpenProposal[]>();
  const singles: OpenProposal[] = [];
  for (const item of onPage) {
    if (kindOf(item) === 'ladder' && item.step) {
      const group = ladder.get(item.step.code) ?? [];
      group.push(item);
      ladder.set(item.step.code, group);
    } else singles.push(item);
  }
  const groups = [...ladder.values()].map((group) => {
    const label = group[0]!.step!.label;
    const heading = escapeHtml(t.ladderGroup(label, group.length));
    const total = group.reduce((sum, item) => sum + item.openCents, 0);
    const ids = group
      .filter(decidable)
      .map((item) => `<input type="hidden" name="id" value="${escapeHtml(item.id)}">`);
    if (ids.length === 0) {
      return `<section class="group" aria-label="${heading}"><header><h2>${heading} <span class="muted">· ${eur(total)}</span></h2></header>${group.map((item) => card(item)).join('\n')}</section>`;
    }
    // One form for the group: "approve all" posts the ids shown here, each letter's own buttons post to their own route.
    const bulk = `<button type="submit" class="primary" formaction="/console/proposals/approve-all">${escapeHtml(t.approveAll(ids.length))}</button>`;
    return `<form method="post" action="/console/proposals/approve-all" class="group bulk" aria-label="${heading}">${csrf}${keptInputs}${ids.join('')}<header><h2>${heading} <span class="muted">· ${eur(total)}</span></h2>${bulk}</header>${group.map((item) => card(item, true)).join('\n')}</form>`;
  });

  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const filterForm = `<form method="get" action="/console" class="filters" aria-label="${escapeHtml(t.filters)}">
<label for="kind">${escapeHtml(t.kind)}</label><select id="kind" name="kind">${['all', 'ladder', 'plan', 'dispute', 'review', 'other'].map((k) => option(k, t.kinds[k] ?? k, filters.kind === k)).join('')}</select>
<label for="age">${escapeHtml(t.age)}</label><select id="age" name="age">${['all', '1', '3', '7'].map((a) => option(a, t.ages[a] ?? a, String(filters.olderThanDays ?? 'all') === a)).join('')}</select>
<label for="owner">${label2.owner}</label><select id="owner" name="owner">${['all', 'mine', 'unassigned'].map((w) => option(w, o.owners[w] ?? w, filters.owner === w)).join('')}</select>
<button type="submit">${escapeHtml(t.apply)}</button></form>`;
  const noticeHtml = notices
    .map((notice) => {
      const text = t.done[notice.code] ?? o.done[notice.code];
      return text ? `<p class="notice ok" role="status">${escapeHtml(text(notice.count))}</p>` : '';
    })
    .join('');
  const pager = renderPager({
    language,
    path: '/console',
    query: kept,
    page: paging.page,
    hasNext: paging.next !== null,
    links: { previous: paging.previous, next: paging.next },
  });
  const query = Object.entries(kept).map(([name, value]) => `${name}=${value}`);
  const body = `<h1>${escapeHtml(t.inbox)} <span class="count">${escapeHtml(t.openCount(total))}</span></h1>
${renderWaitingElsewhere(waitingElsewhere, language)}
${noticeHtml}
${filterForm}
${total === 0 ? `<p class="empty">${escapeHtml(t.nothingOpen)}</p>` : ''}
${groups.join('\n')}
${singles.length > 0 ? `<section class="group">${singles.map((item) => card(item)).join('\n')}</section>` : ''}
${pager}`;
  return renderConsoleShell({
    language,
    title: t.inbox,
    companyName,
    path: `/console${query.length ? `?${query.join('&')}` : ''}`,
    signedIn,
    body,
  });
}
