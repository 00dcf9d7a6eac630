export interface TableColumn {
  readonly header: string;
  /** Amounts right-aligned so the decimals line up. */
  readonly align?: 'left' | 'right';
}

/**
 * A plain-text table for terminals and Slack code blocks: header, a dashed rule, the rows, and
 * an optional total row under a second rule. Width follows the longest cell per column.
 */
export function renderTable({
  columns,
  rows,
  totals,
}: {
  columns: readonly TableColumn[];
  rows: readonly (readonly string[])[];
  totals?: readonly string[];
}): string {
  const all = [columns.map((c) => c.header), ...rows, ...(totals ? [totals] : [])];
  const widths = columns.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(all[0] ?? []), rule, ...rows.map(line)];
  if (totals) out.push(rule, line(totals));
  return `${out.join('\n')}\n`;
}
