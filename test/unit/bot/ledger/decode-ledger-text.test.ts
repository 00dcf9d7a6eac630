import { describe, expect, it } from 'vitest';
import { decodeLedgerText } from '../../../../bot/ledger/decode-ledger-text.ts';

describe('decodeLedgerText', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const text = 'Café;€ 12,50';
    expect(decodeLedgerText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'UTF-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeLedgerText(withBom)).toEqual({ text, encoding: 'UTF-8 (BOM)' });
  });

  it('reads Windows-1252 (é is 0xE9, € is 0x80), which is no valid UTF-8', () => {
    expect(decodeLedgerText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x31]))).toEqual({
      text: 'Café;€1',
      encoding: 'Windows-1252',
    });
  });

  it('reads UTF-16 little endian by its mark', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Naam;Öz', 'utf16le')]);
    expect(decodeLedgerText(bytes)).toEqual({ text: 'Naam;Öz', encoding: 'UTF-16LE' });
  });
});
