import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { CONSOLE_STRINGS } from './console-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';

/** The sign-in page: the identity provider's button, the sign-in-link form, or both; and a notice. */
export function renderSignInPage({
  language,
  companyName,
  providerName,
  signInLinks,
  formToken,
  notice,
  linkSentMinutes,
}: {
  language: PageLanguage;
  companyName: string;
  /** null: no identity provider configured. */
  providerName: string | null;
  signInLinks: boolean;
  /** The anonymous form's token (double-submitted with its cookie). */
  formToken: string;
  /** A known notice code (expired, signed_out, ...), never free text. */
  notice: string | null;
  /** Set after a link was requested. */
  linkSentMinutes: number | null;
}): string {
  const t = CONSOLE_STRINGS[language];
  const noticeText = notice ? t.notices[notice] : undefined;
  const parts = [
    `<h1>${escapeHtml(t.signInTitle)}</h1>`,
    noticeText ? `<p class="notice" role="status">${escapeHtml(noticeText)}</p>` : '',
    linkSentMinutes !== null
      ? `<p class="notice ok" role="status">${escapeHtml(t.linkSent(linkSentMinutes))}</p>`
      : '',
    `<p>${escapeHtml(t.signInIntro)}</p>`,
    providerName
      ? `<p><a class="button primary" href="/console/sign-in/oidc">${escapeHtml(t.signInWith(providerName))}</a></p>`
      : '',
    signInLinks
      ? `<form method="post" action="/console/sign-in/link" class="stack">
<p>${escapeHtml(providerName ? t.orByEmail : t.byEmail)}</p>
<input type="hidden" name="form" value="${escapeHtml(formToken)}">
<label for="email">${escapeHtml(t.email)}</label>
<input id="email" name="email" type="email" autocomplete="email" required maxlength="254">
<button type="submit">${escapeHtml(t.sendLink)}</button>
</form>`
      : '',
  ];
  return renderConsoleShell({
    language,
    title: t.signInTitle,
    companyName,
    path: '/console/sign-in',
    signedIn: null,
    body: `<section class="card narrow">${parts.filter(Boolean).join('\n')}</section>`,
  });
}
