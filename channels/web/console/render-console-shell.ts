import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { renderPageHead } from '../render-page-head.ts';
import { CONSOLE_PAGE_STRINGS } from './console-page-strings.ts';
import { CONSOLE_STRINGS } from './console-strings.ts';
import { REPORT_STRINGS } from './report-strings.ts';

/**
 * The HTML around every console page: lang, viewport for phones, our stylesheet, a skip link,
 * the language switch, who is signed in and the sign-out form. No script at all, inline or not:
 * everything works with links and forms. `body` must already be escaped HTML.
 */
export function renderConsoleShell({
  language,
  title,
  companyName,
  body,
  path,
  signedIn,
}: {
  language: PageLanguage;
  title: string;
  companyName: string;
  body: string;
  /** This page's path and query without `lang`, for the language switch. */
  path: string;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string } | null;
}): string {
  const t = CONSOLE_STRINGS[language];
  const join = path.includes('?') ? '&' : '?';
  const switcher = `<nav class="lang" aria-label="${escapeHtml(t.languageNav)}"><ul>${(['nl', 'en'] as const)
    .map(
      (code) =>
        `<li><a href="${escapeHtml(`${path}${join}lang=${code}`)}" lang="${code}" hreflang="${code}"${code === language ? ' aria-current="true"' : ''}>${code === 'nl' ? 'Nederlands' : 'English'}</a></li>`,
    )
    .join('')}</ul></nav>`;
  const p = CONSOLE_PAGE_STRINGS[language];
  const sections = signedIn
    ? `<nav class="sections" aria-label="${escapeHtml(p.nav)}"><ul>${(
        [
          ['/console', p.inbox],
          ['/console/debtors', p.debtors],
          ['/console/sales', p.sales],
          ['/console/triage', p.triage],
          ['/console/health', p.health],
          ['/console/reports', REPORT_STRINGS[language].title],
        ] as const
      )
        .map(([href, label]) => `<li><a href="${href}">${escapeHtml(label)}</a></li>`)
        .join('')}</ul></nav>`
    : '';
  const account = signedIn
    ? `<div class="account"><span>${escapeHtml(t.signedInAs)} <strong>${escapeHtml(signedIn.name)}</strong></span>
<form method="post" action="/console/sign-out"><input type="hidden" name="csrf" value="${escapeHtml(signedIn.csrf)}"><button type="submit" class="link">${escapeHtml(t.signOut)}</button></form></div>`
    : '';
  return `${renderPageHead({ language, title: `${title} · ${t.console}`, stylesheet: '/console/assets/console.css' })}
<body>
<a class="skip" href="#main">${escapeHtml(t.skipToContent)}</a>
<header class="top"><p class="brand"><a href="/console">${escapeHtml(companyName)} · ${escapeHtml(t.console)}</a></p>${sections}${account}${switcher}</header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}
