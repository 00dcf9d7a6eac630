import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';

const STRINGS = {
  nl: {
    nav: 'Pagina’s',
    previous: '← Vorige pagina',
    next: 'Volgende pagina →',
    page: (n: number) => `Pagina ${n}`,
  },
  en: { nav: 'Pages', previous: '← Previous page', next: 'Next page →', page: (n: number) => `Page ${n}` },
} as const;

/**
 * Previous and next links of a paged console list, keeping the list's other query parameters
 * (filters, search text) so a filter holds across pages. Nothing when there is one page only.
 */
export function renderPager({
  language,
  path,
  query,
  page,
  hasNext,
  links,
}: {
  language: PageLanguage;
  path: string;
  /** The list's parameters besides `page` (already chosen by the caller; escaped here). */
  query: Readonly<Record<string, string>>;
  page: number;
  hasNext: boolean;
  /** A keyset-paged list: the query of the page before and after (cursors) instead of ?page=; null: none. */
  links?: {
    readonly previous: Readonly<Record<string, string>> | null;
    readonly next: Readonly<Record<string, string>> | null;
  };
}): string {
  const hasPrevious = links ? links.previous !== null : page > 1;
  if (!hasPrevious && !hasNext) return '';
  const t = STRINGS[language];
  const href = (n: number, extra: Readonly<Record<string, string>> | null = null) => {
    const params = new URLSearchParams(query);
    if (extra) for (const [name, value] of Object.entries(extra)) params.set(name, value);
    else if (n > 1) params.set('page', String(n));
    const text = params.toString();
    return escapeHtml(`${path}${text ? `?${text}` : ''}`);
  };
  const previous = hasPrevious
    ? `<a href="${href(page - 1, links?.previous ?? null)}" rel="prev">${escapeHtml(t.previous)}</a>`
    : '';
  const next = hasNext
    ? `<a href="${href(page + 1, links?.next ?? null)}" rel="next">${escapeHtml(t.next)}</a>`
    : '';
  return `<nav class="pager" aria-label="${escapeHtml(t.nav)}">${previous}<span aria-current="page">${escapeHtml(t.page(page))}</span>${next}</nav>`;
}
