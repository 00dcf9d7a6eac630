import type { TrimLineKind } from './locate-reply-content.ts';
import { closingParagraph } from './locate-reply-content.ts';
import { CONTACT_DETAIL, SIGNOFF_NAME } from './signature-line-patterns.ts';

/** Columns of a table typed in plain text: a bar, a tab, a run of three spaces, or "\\". */
const TABLE_COLUMN = /\s*\|\s*|\s*\t\s*|\s{3,}|\s*\\\\\s*/u;
const MAX_TABLE_LINES = 8;
const MAX_TABLE_LINE_CHARS = 90;
const MAX_TABLE_FIELD_WORDS = 6;

/**
 * "Maria Jansen | Tel: +31 20 ..." / "Klant BV | Fax: ...": the last paragraph laid out in columns,
 * opening with the full name, with a contact detail in one of its fields and no sentence in any:
 * a signature typed as a table, also without a "-- " above it. Invoice tables (no name first, no
 * contact detail) and lines of prose stay.
 */
export function cutSignatureTable(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  const paragraph = closingParagraph(kinds, end, 2, MAX_TABLE_LINES);
  if (!paragraph) return end;
  const { start, last } = paragraph;
  const rows = lines.slice(start, last + 1).map((line) =>
    line
      .trim()
      .split(TABLE_COLUMN)
      .filter((field) => field !== ''),
  );
  if (lines.slice(start, last + 1).some((line) => line.trim().length > MAX_TABLE_LINE_CHARS)) return end;
  const first = rows[0] ?? [];
  const name = (first[0] ?? '').replace(/\.$/u, '');
  if (first.length < 2 || !SIGNOFF_NAME.test(name) || !/\s/u.test(name)) return end;
  const fields = rows.flat();
  if (!fields.some((field) => CONTACT_DETAIL.test(field))) return end;
  const prose = (field: string) =>
    !CONTACT_DETAIL.test(field) &&
    (field.split(/\s+/u).length > MAX_TABLE_FIELD_WORDS || /[!?]$/u.test(field) || /^\p{Ll}/u.test(field));
  return fields.some(prose) ? end : start;
}
