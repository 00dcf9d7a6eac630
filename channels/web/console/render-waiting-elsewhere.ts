import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';

const STRINGS = {
  nl: {
    triage: (n: number) =>
      `${n === 1 ? '1 ding wacht' : `${n} dingen wachten`} in de triage (mail van geen debiteur, betalingen te beoordelen)`,
    escalated: (n: number) => `${n === 1 ? '1 geschil' : `${n} geschillen`} geëscaleerd naar finance`,
  },
  en: {
    triage: (n: number) =>
      `${n === 1 ? '1 thing waits' : `${n} things wait`} in triage (mail of no debtor, payments to review)`,
    escalated: (n: number) => `${n === 1 ? '1 dispute' : `${n} disputes`} escalated to finance`,
  },
} as const;

/** The inbox's pointer to what waits for finance elsewhere; empty when nothing does. */
export function renderWaitingElsewhere(
  waiting: { readonly triage: number; readonly escalated: number } | null,
  language: PageLanguage,
): string {
  if (!waiting) return '';
  const t = STRINGS[language];
  const links = [
    waiting.triage > 0 ? `<a href="/console/triage">${escapeHtml(t.triage(waiting.triage))}</a>` : '',
    waiting.escalated > 0
      ? `<a href="/console/sales#escalated">${escapeHtml(t.escalated(waiting.escalated))}</a>`
      : '',
  ].filter(Boolean);
  return links.length === 0 ? '' : `<p class="notice" role="status">${links.join(' · ')}</p>`;
}
