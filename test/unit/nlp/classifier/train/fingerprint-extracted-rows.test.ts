import { describe, expect, it } from 'vitest';
import { fingerprintExtractedRows } from '../../../../../nlp/classifier/train/fingerprint-extracted-rows.ts';

const ROWS = [
  { set: 'corpus', text: 'We pay on Friday.\n\n-- \nJan' },
  {
    set: 'independent-v1',
    text: 'Paid yesterday.\n\nOn 3 Mar 2026, at 14:22, Accounts <ar@example.com> wrote:\n> Please pay.',
  },
];

describe('fingerprintExtractedRows', () => {
  it('extracts every row and hashes the same rows the same way', () => {
    const first = fingerprintExtractedRows({ rows: ROWS });
    expect(first.count).toBe(2);
    expect(first.lines[0]).toBe('corpus\t"We pay on Friday.\\n\\n-- \\nJan"\t"We pay on Friday."');
    expect(first.lines[1]?.endsWith('\t"Paid yesterday."')).toBe(true);
    expect(fingerprintExtractedRows({ rows: ROWS }).sha256).toBe(first.sha256);
  });

  it('changes the hash when a single extracted reply changes', () => {
    const before = fingerprintExtractedRows({ rows: ROWS });
    const after = fingerprintExtractedRows({
      rows: ROWS,
      extract: (text) => (text.startsWith('Paid') ? 'Paid yesterday' : 'We pay on Friday.'),
    });
    expect(after.sha256).not.toBe(before.sha256);
  });
});
