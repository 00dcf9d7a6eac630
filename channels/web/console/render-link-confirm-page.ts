import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { CONSOLE_STRINGS } from './console-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';

/**
 * What a sign-in link opens: a button that uses it. Opening the link does not sign in, so a mail
 * scanner that fetches every link (Safe Links) cannot use it up.
 */
export function renderLinkConfirmPage({
  language,
  companyName,
  token,
  formToken,
}: {
  language: PageLanguage;
  companyName: string;
  token: string;
  formToken: string;
}): string {
  const t = CONSOLE_STRINGS[language];
  return renderConsoleShell({
    language,
    title: t.linkConfirmTitle,
    companyName,
    path: '/console/sign-in',
    signedIn: null,
    body: `<section class="card narrow"><h1>${escapeHtml(t.linkConfirmTitle)}</h1>
<p>${escapeHtml(t.linkConfirmIntro)}</p>
<form method="post" action="/console/sign-in/link/use">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="form" value="${escapeHtml(formToken)}">
<button type="submit" class="primary">${escapeHtml(t.linkConfirm)}</button>
</form></section>`,
  });
}
