import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REASON_CODES } from '../../domain/reasons.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');

const ZCorpusRow = z.object({
  id: z.string(),
  text: z.string(),
  subject: z.string().optional(),
  reason: z.enum(REASON_CODES),
  secondary: z.array(z.enum(REASON_CODES)),
  language: z.string(),
  family: z.string(),
  split: z.enum(['train', 'calibration', 'test']),
  quoted: z.boolean().optional(),
});
export type TCorpusRow = z.infer<typeof ZCorpusRow>;

/** Reads every nlp/corpus/*.jsonl file; a malformed row is a bug in the corpus, so it throws. */
export function readReasonCorpus(dir: string = CORPUS_DIR): TCorpusRow[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ZCorpusRow.parse(JSON.parse(line))),
    );
}

export function readCorpusVersion(dir: string = CORPUS_DIR): string {
  return readFileSync(join(dir, 'VERSION'), 'utf8').trim();
}
