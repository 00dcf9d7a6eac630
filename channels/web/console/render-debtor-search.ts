import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { CONSOLE_PAGE_STRINGS } from './console-page-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';

/** /console/debtors: the search box (name, e-mail address, invoice number) and what it found. */
export function renderDebtorSearch({
  language,
  companyName,
  query,
  matches,
  signedIn,
}: {
  language: PageLanguage;
  companyName: string;
  query: string;
  matches: readonly { readonly id: string; readonly name: string; readonly reference: string }[];
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
}): string {
  const t = CONSOLE_PAGE_STRINGS[language];
  const e = escapeHtml;
  const list =
    matches.length === 0
      ? `<p class="empty">${e(query ? t.noMatches(query) : t.none)}</p>`
      : `<p class="muted">${e(t.matches(matches.length))}</p><ul class="card plain results">${matches
          .map(
            (m) =>
              `<li><a href="/console/debtors/${e(m.id)}">${e(m.name)}</a> <span class="muted">${e(m.reference)}</span></li>`,
          )
          .join('')}</ul>`;
  const body = `<h1>${e(t.debtors)}</h1>
<form method="get" action="/console/debtors" class="filters" role="search">
<label for="q">${e(t.search)}</label><input id="q" name="q" type="search" maxlength="200" value="${e(query)}">
<button type="submit">${e(t.searchButton)}</button></form>
${list}`;
  return renderConsoleShell({
    language,
    title: t.debtors,
    companyName,
    path: query ? `/console/debtors?q=${encodeURIComponent(query)}` : '/console/debtors',
    signedIn,
    body,
  });
}
