import { escapeHtml } from './escape-html.ts';
import type { PageLanguage } from './page-strings.ts';

/**
 * The start of every HTML page we serve, up to and including </head>: the doctype, lang, the
 * viewport for phones, no referrer, no indexing, the title, one stylesheet and deferred scripts.
 * `title`, `stylesheet` and `scripts` are text (escaped here).
 */
export function renderPageHead({
  language,
  title,
  stylesheet,
  scripts = [],
}: {
  language: PageLanguage;
  title: string;
  stylesheet: string;
  scripts?: readonly string[];
}): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
${scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>\n`).join('')}</head>`;
}
