import { expect } from 'vitest';
import type { CliTestbed } from './start-cli-testbed.ts';

/** Writes a statement into the testbed's directory and runs `collections import-bank` on it (with `env` added); it must succeed. */
export async function importBankFile({
  bed,
  name,
  text,
  env,
}: {
  bed: CliTestbed;
  name: string;
  text: string;
  env?: Record<string, string>;
}): Promise<string> {
  const { code, stdout, stderr } = await bed.run(['import-bank', bed.file(name, text)], env);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}
