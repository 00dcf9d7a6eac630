// Plain JavaScript on purpose: bin/collections.js asks this before it knows whether TypeScript can
// be run (tsx) or need not be (dist/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What dist/ is built from: every file in these folders (sources, the generated Prisma client,
 * migrations, the model, page assets) and these files. A change to any of them makes dist/ stale.
 */
export const BUILD_INPUT_DIRS = ['bot', 'channels', 'domain', 'nlp', 'prisma'];
export const BUILD_INPUT_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** Written last by a build, removed first: a build that did not finish leaves no stamp. */
export const BUILD_STAMP = 'dist/.build-stamp.json';

/**
 * True when dist/ holds a finished build that is newer than every build input, so running it is
 * running the source. Costs a stat of each input (about 1,000 files, a few ms); a false answer
 * only means the source is run through tsx instead, which is slower, never different.
 */
export function isDistCurrent({ root }) {
  let builtAt;
  try {
    builtAt = JSON.parse(readFileSync(path.join(root, BUILD_STAMP), 'utf8')).startedAt;
  } catch {
    return false;
  }
  if (typeof builtAt !== 'number') return false;
  for (const file of BUILD_INPUT_FILES) {
    if (newerThan(path.join(root, file), builtAt)) return false;
  }
  return BUILD_INPUT_DIRS.every((dir) => !hasNewerFile(path.join(root, dir), builtAt));
}

function hasNewerFile(dir, time) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  // A directory's own time moves when an entry is added, removed or renamed (a file deleted
  // since the build leaves no newer file behind).
  if (newerThan(dir, time)) return true;
  for (const entry of entries) {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory() ? hasNewerFile(full, time) : newerThan(full, time)) return true;
  }
  return false;
}

function newerThan(file, time) {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats !== undefined && stats.mtimeMs >= time;
}
