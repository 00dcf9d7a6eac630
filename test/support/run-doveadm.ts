import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DovecotServer } from './start-dovecot.ts';

/**
 * Runs `doveadm` against a throwaway Dovecot (its own config): `save` delivers a mail into a
 * mailbox without an IMAP login, `kick` ends a user's sessions the way a server ends one whose
 * token expired, `fetch` reads flags. Rejects with doveadm's output when it fails.
 */
export async function runDoveadm(
  dovecot: DovecotServer,
  args: readonly string[],
  input?: string | Buffer,
): Promise<string> {
  const binary = process.env.DOVEADM_BIN ?? '/usr/bin/doveadm';
  const child = spawn(binary, ['-c', join(dovecot.dir, 'dovecot.conf'), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  // kick and search exit without reading stdin: writing to it then fails with EPIPE, harmlessly.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input ?? '');
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`doveadm ${args.join(' ')} exited with ${code}: ${stderr}${stdout}`);
  return stdout;
}
