import { escapeHtml } from './escape-html.ts';
import { PAGE_STRINGS, type PageLanguage } from './page-strings.ts';
import { renderPageHead } from './render-page-head.ts';

/**
 * The HTML around every page: lang attribute, viewport for phones, our stylesheet, a skip link,
 * the language switch and the landmarks (header, main, footer). No inline script or style: the
 * content security policy forbids both. `body` must already be escaped HTML.
 */
export function renderPageShell({
  language,
  title,
  companyName,
  body,
  languageHref,
  scripts = [],
}: {
  language: PageLanguage;
  title: string;
  companyName: string;
  body: string;
  /** The same page in another language; null hides the switch. */
  languageHref: ((language: PageLanguage) => string) | null;
  scripts?: readonly string[];
}): string {
  const t = PAGE_STRINGS[language];
  const switcher = languageHref
    ? `<nav class="lang" aria-label="${escapeHtml(t.languageNav)}"><ul>${(['nl', 'en'] as const)
        .map((code) =>
          code === language
            ? `<li><a href="${escapeHtml(languageHref(code))}" lang="${code}" hreflang="${code}" aria-current="true">${code === 'nl' ? 'Nederlands' : 'English'}</a></li>`
            : `<li><a href="${escapeHtml(languageHref(code))}" lang="${code}" hreflang="${code}">${code === 'nl' ? 'Nederlands' : 'English'}</a></li>`,
        )
        .join('')}</ul></nav>`
    : '';
  return `${renderPageHead({ language, title, stylesheet: '/assets/pay-page.css', scripts })}
<body>
<a class="skip" href="#main">${escapeHtml(t.skipToContent)}</a>
<header class="top"><p class="company">${escapeHtml(companyName)}</p>${switcher}</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="bottom"><p>${escapeHtml(companyName)}</p></footer>
</body>
</html>
`;
}
