import { escapeHtml } from './escape-html.ts';
import { PAGE_STRINGS, type PageLanguage } from './page-strings.ts';
import { renderPageShell } from './render-page-shell.ts';

export type ErrorPageKind = 'invalid' | 'expired' | 'rate_limited' | 'too_large' | 'unavailable';

/**
 * A page for a link that cannot be shown, in Dutch and English at once when we do not know the
 * debtor (a bad link says nothing about whose it was), or in the asked language. It never says
 * whether any invoice exists.
 */
export function renderErrorPage({
  kind,
  language,
  companyName,
  contactEmail,
  retryAfterSeconds = 60,
}: {
  kind: ErrorPageKind;
  /** null: both languages, Dutch first. */
  language: PageLanguage | null;
  companyName: string;
  contactEmail: string | null;
  retryAfterSeconds?: number;
}): string {
  const block = (code: PageLanguage) => {
    const t = PAGE_STRINGS[code];
    const [title, text] =
      kind === 'invalid'
        ? [t.invalidTitle, t.invalidText]
        : kind === 'expired'
          ? [t.expiredTitle, t.expiredText]
          : kind === 'rate_limited'
            ? [t.rateLimitedTitle, t.rateLimitedText(retryAfterSeconds)]
            : kind === 'too_large'
              ? [t.tooLargeTitle, t.tooLargeText]
              : [t.unavailableTitle, t.unavailableText];
    const contact = contactEmail ? `<p class="contact">${escapeHtml(t.contact(contactEmail))}</p>` : '';
    return {
      title,
      html: `<section lang="${code}"><h${code === (language ?? 'nl') ? 1 : 2}>${escapeHtml(title)}</h${code === (language ?? 'nl') ? 1 : 2}><p>${escapeHtml(text)}</p>${contact}</section>`,
    };
  };
  const shown = language ? [block(language)] : [block('nl'), block('en')];
  return renderPageShell({
    language: language ?? 'nl',
    title: shown.map((part) => part.title).join(' / '),
    companyName,
    body: shown.map((part) => part.html).join('\n'),
    languageHref: null,
  });
}
