import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, isDistCurrent } from '../../../bin/is-dist-current.js';

const HOUR = 3_600_000;

describe('isDistCurrent', () => {
  let root: string;
  const builtAt = Date.now() - HOUR;
  /** Sets a file's (or folder's) time; the tree below is written an hour before the build. */
  const age = (relative: string, time: number): void => {
    utimesSync(path.join(root, relative), new Date(time), new Date(time));
  };
  const write = (relative: string, text = 'x'): void => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'dist-current-'));
    write('package.json', '{}');
    write('domain/law/compute-wik.ts');
    write('nlp/model/reason-model.json');
    write(BUILD_STAMP, JSON.stringify({ startedAt: builtAt }));
    for (const item of ['package.json', 'domain/law/compute-wik.ts', 'domain/law', 'domain']) {
      age(item, builtAt - HOUR);
    }
    for (const item of ['nlp/model/reason-model.json', 'nlp/model', 'nlp']) age(item, builtAt - HOUR);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is current when the build started after every input last changed', () => {
    expect(isDistCurrent({ root })).toBe(true);
  });

  it('is stale without a stamp: never built, or a build that did not finish', () => {
    rmSync(path.join(root, BUILD_STAMP));
    expect(isDistCurrent({ root })).toBe(false);
    write(BUILD_STAMP, 'not json');
    expect(isDistCurrent({ root })).toBe(false);
  });

  it('is stale once a source file changes after the build, however deep', () => {
    age('domain/law/compute-wik.ts', builtAt + 1000);
    expect(isDistCurrent({ root })).toBe(false);
  });

  it('is stale once an asset read at run time changes (a retrained model)', () => {
    age('nlp/model/reason-model.json', builtAt + 1000);
    expect(isDistCurrent({ root })).toBe(false);
  });

  it('is stale once a file is added or removed in a source folder', () => {
    rmSync(path.join(root, 'domain/law/compute-wik.ts'));
    expect(isDistCurrent({ root })).toBe(false);
  });

  it('is stale once package.json changes (dependencies, scripts)', () => {
    age('package.json', builtAt + 1000);
    expect(isDistCurrent({ root })).toBe(false);
  });
});
