import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';

const STRINGS = {
  nl: { title: 'Niet opgeslagen', lead: 'Er is niets opgeslagen.', back: 'Terug' },
  en: { title: 'Not saved', lead: 'Nothing was saved.', back: 'Back' },
} as const;

/**
 * A console form that was refused for its content (a changed plan outside the policy): nothing
 * was stored, and the page says why (the check's own message) with a way back.
 */
export function renderFormRefusalPage({
  language,
  companyName,
  message,
  back,
  signedIn,
}: {
  language: PageLanguage;
  companyName: string;
  message: string;
  /** Where "back" goes (a console path). */
  back: string;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string };
}): string {
  const t = STRINGS[language];
  const body = `<h1>${escapeHtml(t.title)}</h1>
<div class="notice error" role="alert"><p>${escapeHtml(t.lead)}</p><p>${escapeHtml(message)}</p></div>
<p><a href="${escapeHtml(back)}">${escapeHtml(t.back)}</a></p>`;
  return renderConsoleShell({ language, title: t.title, companyName, path: '/console', signedIn, body });
}
