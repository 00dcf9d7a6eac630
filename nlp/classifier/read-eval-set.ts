import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { REASON_CODES } from '../../domain/reasons.ts';
import type { TCorpusRow } from './read-reason-corpus.ts';

export const EVAL_DIR = join(import.meta.dirname, '..', 'eval');

const ZEvalRow = z.object({
  id: z.string(),
  text: z.string(),
  subject: z.string().optional(),
  reason: z.enum(REASON_CODES),
  secondary: z.array(z.enum(REASON_CODES)),
  language: z.string(),
  quoted: z.boolean().optional(),
  /** Where the reply came from: an e-mail (the default) or a chat turn. */
  channel: z.enum(['email', 'chat']).optional(),
});

export type TEvalRow = TCorpusRow & { readonly channel: 'email' | 'chat' };

/**
 * Reads an independently written evaluation set (nlp/eval/<name>.jsonl). The rows have the corpus
 * shape without family and split; they are never trained on, so every row counts as `test`.
 */
export function readEvalSet(name: string, dir: string = EVAL_DIR): TEvalRow[] {
  return readFileSync(join(dir, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { channel = 'email', ...row } = ZEvalRow.parse(JSON.parse(line));
      return { ...row, channel, family: 'independent', split: 'test' as const };
    });
}
