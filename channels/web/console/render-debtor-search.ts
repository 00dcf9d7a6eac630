import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { CONSOLE_PAGE_STRINGS } from './console-page-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';
import { renderPager } from './render-pager.ts';

/** /console/debtors: the search box (name, e-mail address, invoice number) and what it found. */
export function renderDebtorSearch({
  language,
  companyName,
  query,
  matches,
  page = 1,
  pageSize = 50,
  hasNext = false,
  signedIn,
}: {
  language: PageLanguage;
  companyName: string;
  query: string;
  matches: readonly { readonly id: string; readonly name: string; readonly reference: string }[];
  /** 1-based; `hasNext`: another page follows. */
  page?: number;
  pageSize?: number;
  hasNext?: boolean;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
}): string {
  const t = CONSOLE_PAGE_STRINGS[language];
  const e = escapeHtml;
  const list =
    matches.length === 0
      ? `<p class="empty">${e(query && page === 1 ? t.noMatches(query) : t.none)}</p>`
      : `<p class="muted">${e(page === 1 && !hasNext ? t.matches(matches.length) : t.matchesFrom((page - 1) * pageSize + 1, (page - 1) * pageSize + matches.length))}</p><ul class="card plain results">${matches
          .map(
            (m) =>
              `<li><a href="/console/debtors/${e(m.id)}">${e(m.name)}</a> <span class="muted">${e(m.reference)}</span></li>`,
          )
          .join('')}</ul>`;
  const body = `<h1>${e(t.debtors)}</h1>
<form method="get" action="/console/debtors" class="filters" role="search">
<label for="q">${e(t.search)}</label><input id="q" name="q" type="search" maxlength="200" value="${e(query)}">
<button type="submit">${e(t.searchButton)}</button></form>
${list}
${renderPager({ language, path: '/console/debtors', query: query ? { q: query } : {}, page, hasNext })}`;
  return renderConsoleShell({
    language,
    title: t.debtors,
    companyName,
    path: `/console/debtors?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString()}`.replace(
      /\?$/,
      '',
    ),
    signedIn,
    body,
  });
}
