import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../../bot/cli/main.ts';

/**
 * Runs the `collections` command line in this process (runCli, as bin/collections.js does) with
 * `env` as its whole environment; what it wrote to stdout and stderr, and its exit code.
 */
export async function runCliInProcess(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runCli([...argv], {
    io: {
      stdin: new PassThrough(),
      stdout: sink((text) => {
        stdout += text;
      }),
      stderr: sink((text) => {
        stderr += text;
      }),
    },
    env: { ...env },
  });
  return { code, stdout, stderr };
}
