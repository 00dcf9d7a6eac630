import { escapeHtml } from '../escape-html.ts';

/** A titled card of a console page; `title` is text (escaped here), `content` HTML. */
export function renderConsoleSection(id: string, title: string, content: string): string {
  return `<section class="card block" aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(title)}</h2>${content}</section>`;
}
