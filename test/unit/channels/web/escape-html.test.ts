import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../channels/web/escape-html.ts';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['`x`', '&#96;x&#96;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp;', '&amp;amp;'],
    ['a\u0000b\u0008c\u001fd\u007fe', 'abcde'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['Bäckerei Müller — €1.210,00 ✓', 'Bäckerei Müller — €1.210,00 ✓'],
    [42, '42'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('never leaves a character that can open a tag or end an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"'`]/);
      }),
    );
  });

  it('round-trips through an HTML entity decoder', () => {
    const decode = (html: string) =>
      html
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&#96;/g, '`')
        .replace(/&amp;/g, '&');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const printable = [...text]
          .filter((char) => {
            const code = char.charCodeAt(0);
            return !(code <= 8 || code === 11 || code === 12 || (code >= 14 && code <= 31) || code === 127);
          })
          .join('');
        expect(decode(escapeHtml(text))).toBe(printable);
      }),
    );
  });
});
