import { PassThrough } from 'node:stream';
import type { CliIo } from '../../../../../bot/cli/command.ts';

/** In-memory streams for running a command handler in-process. */
export function createFakeCliIo(): CliIo & { output(): string; errors(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  return { stdin: new PassThrough(), stdout, stderr, output: () => out.join(''), errors: () => err.join('') };
}
