import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettingsJson } from '../../../../bot/config/read-settings-json.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'settings-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(file: string) {
  return readSettingsJson({
    setting: 'SOME_FILE',
    file,
    fix: 'Point it elsewhere.',
    syntaxCode: 'POLICY_INVALID',
  });
}

describe('readSettingsJson', () => {
  it('returns the parsed JSON of a readable file', () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, '{"a": [1, 2]}');
    expect(read(file)).toEqual({ a: [1, 2] });
  });

  it('refuses a missing file as CONFIG_INVALID, naming the setting, the reason and the fix', () => {
    const file = path.join(dir, 'missing.json');
    expect(() => read(file)).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: `SOME_FILE: cannot read "${file}" (ENOENT). Point it elsewhere.`,
      }),
    );
  });

  it('refuses broken JSON with the caller’s code and the line of the mistake', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, '{\n  "a": 1,\n  oops\n}');
    expect(() => read(file)).toThrow(
      expect.objectContaining({
        code: 'POLICY_INVALID',
        message: expect.stringMatching(/^SOME_FILE ".*broken\.json", line 3, is not valid JSON: /u),
      }),
    );
  });
});
