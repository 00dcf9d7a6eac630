import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCompanyLogo } from '../../../../bot/config/read-company-logo.ts';
import { makePng } from '../../../support/make-png.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'logo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer | string) => {
  const at = path.join(dir, name);
  writeFileSync(at, bytes);
  return at;
};

describe('readCompanyLogo (COMPANY_LOGO_FILE)', () => {
  it('reads a PNG and a JPEG by their bytes, whatever the file is called', () => {
    const png = makePng({ width: 4, height: 2 });
    expect(readCompanyLogo(file('logo.png', png))).toEqual({
      contentType: 'image/png',
      base64: png.toString('base64'),
      file: path.join(dir, 'logo.png'),
    });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expect(readCompanyLogo(file('logo.bin', jpeg))?.contentType).toBe('image/jpeg');
    expect(readCompanyLogo(undefined)).toBeNull();
  });

  it('refuses a missing file, a folder, a non-image and a file too large to send in every mail', () => {
    expect(() => readCompanyLogo(path.join(dir, 'nope.png'))).toThrow(/nope\.png" does not exist/u);
    expect(() => readCompanyLogo(dir)).toThrow(/is not a readable file/u);
    expect(() => readCompanyLogo(file('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(
      /is not a PNG or JPEG image/u,
    );
    const big = Buffer.concat([makePng({ width: 1, height: 1 }), Buffer.alloc(600 * 1024)]);
    expect(() => readCompanyLogo(file('big.png', big))).toThrow(/keep it under 512 KB/u);
  });
});
