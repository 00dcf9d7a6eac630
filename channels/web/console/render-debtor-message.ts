import type { DebtorMessage } from '../../../domain/debtors/debtor-message.ts';
import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { consoleFormats } from './console-formats.ts';
import { CONSOLE_PAGE_STRINGS } from './console-page-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';

/**
 * One stored message as it came: its complete text in a <pre>, escaped, so a mail's HTML or
 * script is shown as the characters it is and never rendered (and the CSP allows no script anyway).
 */
export function renderDebtorMessage({
  language,
  companyName,
  debtor,
  message,
  signedIn,
}: {
  language: PageLanguage;
  companyName: string;
  /** null: a mail that matched no debtor (the triage page's original). */
  debtor: { readonly id: string; readonly name: string } | null;
  message: DebtorMessage;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
}): string {
  const t = CONSOLE_PAGE_STRINGS[language];
  const f = consoleFormats(language);
  const e = escapeHtml;
  const back = debtor
    ? `<a href="/console/debtors/${e(debtor.id)}">${e(t.backToDebtor)}: ${e(debtor.name)}</a>`
    : `<a href="/console/triage#m-${e(message.id)}">${e(CONSOLE_PAGE_STRINGS[language].triage)}</a>`;
  const rows = [
    [t.from, message.fromAddress],
    [t.to, message.toAddress],
    [t.channel, `${message.channel} · ${message.direction === 'inbound' ? t.fromDebtor : t.toDebtor}`],
    [t.received, f.instant(message.at)],
    [t.status, message.status],
  ]
    .filter(([, value]) => value)
    .map(([label, value]) => `<dt>${e(label!)}</dt><dd>${e(value!)}</dd>`)
    .join('');
  const body = `<p>${back}</p>
<h1>${e(message.subject ?? t.noSubject)}</h1>
<section class="card"><dl>${rows}</dl>
<p class="muted">${e(t.originalNote)}</p>
<pre class="original" tabindex="0">${e(message.text)}</pre></section>`;
  return renderConsoleShell({
    language,
    title: debtor ? `${t.message} · ${debtor.name}` : `${t.message} · ${t.triage}`,
    companyName,
    path: debtor ? `/console/debtors/${debtor.id}/messages/${message.id}` : `/console/triage/${message.id}`,
    signedIn,
    body,
  });
}
