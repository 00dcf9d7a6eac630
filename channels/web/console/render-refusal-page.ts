import { escapeHtml } from '../escape-html.ts';
import type { PageLanguage } from '../page-strings.ts';
import { CONSOLE_PAGE_STRINGS } from './console-page-strings.ts';
import { CONSOLE_STRINGS } from './console-strings.ts';
import { renderConsoleShell } from './render-console-shell.ts';

export type RefusalKind = 'unknown_identity' | 'role' | 'csrf';

/** A 403 page: who was refused and what to do about it. */
export function renderRefusalPage({
  language,
  companyName,
  kind,
  email,
  capability,
  signedIn,
}: {
  language: PageLanguage;
  companyName: string;
  kind: RefusalKind;
  /** The identity that was refused (unknown_identity). */
  email?: string;
  /** role: what the route needed (the text says who may); decide when absent. */
  capability?: string;
  signedIn: { readonly name: string; readonly email: string; readonly csrf: string } | null;
}): string {
  const t = CONSOLE_STRINGS[language];
  const text =
    kind === 'unknown_identity'
      ? t.refusedUnknown(email ?? '?')
      : kind === 'role'
        ? (CONSOLE_PAGE_STRINGS[language].refusedFor[capability ?? 'decide'] ?? t.refusedRole)
        : t.forbiddenCsrf;
  const back = signedIn
    ? `<a href="/console">${escapeHtml(t.backToInbox)}</a>`
    : `<a href="/console/sign-in">${escapeHtml(t.backToSignIn)}</a>`;
  return renderConsoleShell({
    language,
    title: t.refusedTitle,
    companyName,
    path: signedIn ? '/console' : '/console/sign-in',
    signedIn,
    body: `<section class="card narrow refusal"><h1>${escapeHtml(t.refusedTitle)}</h1><p>${escapeHtml(text)}</p><p>${back}</p></section>`,
  });
}
