import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { keepEncodable } from '../../../../channels/letters/keep-encodable.ts';

describe('keepEncodable', () => {
  it('keeps what WinAnsi can show and replaces the rest with "?"', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(keepEncodable(font, "Café 't Hoekje € 12,50")).toBe("Café 't Hoekje € 12,50");
    expect(keepEncodable(font, 'Łódź 東京')).toBe('?ód? ??');
  });
});
