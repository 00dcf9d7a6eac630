import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runCliInProcess } from './run-cli-in-process.ts';

/** Writes a statement into `dir` and runs `collections import-bank` on it; it must succeed. */
export async function importBankFile({
  dir,
  name,
  text,
  env,
}: {
  dir: string;
  name: string;
  text: string;
  env: Record<string, string>;
}): Promise<string> {
  const where = path.join(dir, name);
  writeFileSync(where, text);
  const { code, stdout, stderr } = await runCliInProcess(['import-bank', where], env);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}
