import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { extractReply } from '../../extract/extract-reply.ts';
import { listEvalSets } from '../list-eval-sets.ts';
import { readEvalSet } from '../read-eval-set.ts';
import { readReasonCorpus } from '../read-reason-corpus.ts';

export interface ExtractedRowsFingerprint {
  count: number;
  sha256: string;
  /** One line per row: its set, the text and the extracted reply (JSON strings, tab-separated). */
  lines: string[];
}

/** Every row the model reads or is judged on: the reasons corpus and every independent set. */
function readModelRows(): { set: string; text: string }[] {
  return [
    ...readReasonCorpus().map((row) => ({ set: 'corpus', text: row.text })),
    ...listEvalSets().flatMap((set) =>
      readEvalSet(set.name).map((row) => ({ set: set.name, text: row.text })),
    ),
  ];
}

/**
 * The reply extracted from every row the reasons model reads, and one hash over them: an
 * extraction change that leaves the hash as it was leaves the model's training rows as they were,
 * so `npm run train:nlp` writes the same model. Run before and after a change:
 * `npx tsx nlp/classifier/train/fingerprint-extracted-rows.ts [rows.tsv]` (the file, when named,
 * holds the rows to diff).
 */
export function fingerprintExtractedRows(
  options: { rows?: readonly { set: string; text: string }[]; extract?: (text: string) => string } = {},
): ExtractedRowsFingerprint {
  const extract = options.extract ?? ((text: string) => extractReply({ text }));
  const lines = (options.rows ?? readModelRows()).map(
    (row) => `${row.set}\t${JSON.stringify(row.text)}\t${JSON.stringify(extract(row.text))}`,
  );
  const sha256 = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { count: lines.length, sha256, lines };
}

if (import.meta.main) {
  const fingerprint = fingerprintExtractedRows();
  const out = process.argv[2];
  if (out) writeFileSync(out, `${fingerprint.lines.join('\n')}\n`);
  console.log(`${fingerprint.count} rows, sha256 ${fingerprint.sha256}`);
}
