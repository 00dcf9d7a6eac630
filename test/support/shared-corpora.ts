import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The shared test corpora (real mail, kept outside the repository): SHARED_CORPORA_DIR if set,
 * else ../shared/corpora next to the checkout, else /work/shared/corpora. Fails with a message
 * that says where it looked rather than letting a corpus test pass on zero files.
 */
export function sharedCorpora(name: string): string {
  const candidates = [
    process.env.SHARED_CORPORA_DIR,
    path.join(ROOT, '..', 'shared', 'corpora'),
    '/work/shared/corpora',
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(path.join(dir, name)));
  if (!found) {
    throw new Error(
      `The shared corpus "${name}" was not found in ${candidates.join(', ')}. Set SHARED_CORPORA_DIR to the corpora folder.`,
    );
  }
  return path.join(found, name);
}
