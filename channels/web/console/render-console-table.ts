import { escapeHtml } from '../escape-html.ts';

/**
 * A console table in a wrapper that scrolls sideways on a phone when it must; focusable, so a
 * keyboard can scroll it too. `label` and `headers` are text (escaped here); `rows` are HTML
 * cells, escaped by the caller. The columns in `numeric` are right-aligned.
 */
export function renderConsoleTable(
  label: string,
  headers: readonly string[],
  rows: readonly string[][],
  numeric: readonly number[] = [],
): string {
  const e = escapeHtml;
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${e(label)}"><table><thead><tr>${headers.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (cells) =>
        `<tr>${cells.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;
}
