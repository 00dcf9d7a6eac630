import type { ChildProcess } from 'node:child_process';

/**
 * Follows a `collections serve` child process: hands each chunk of its stdout and stderr to
 * `onOutput`, and resolves `listening` once it logs that it listens, or rejects with everything it
 * printed when it exits first (a start-up error then shows in the failing test).
 */
export function watchServe(
  serve: ChildProcess,
  onOutput: (text: string) => void,
): { readonly exited: Promise<number | null>; readonly listening: Promise<void> } {
  let output = '';
  const collect = (chunk: unknown) => {
    output += String(chunk);
    onOutput(String(chunk));
  };
  serve.stderr?.on('data', collect);
  serve.stdout?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => serve.on('close', resolve));
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (/listening on http/.test(output)) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`serve exited early:\n${output}`));
    });
  });
  return { exited, listening };
}
