import { describe, expect, it } from 'vitest';
import { convertHtmlToText } from '../../../../nlp/extract/convert-html-to-text.ts';
import { MAX_UNDERSTOOD_TEXT_CHARS } from '../../../../nlp/limit-message-input.ts';

const nested = (open: string, close: string, depth: number, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

/** Runs `convert` and returns its result with the milliseconds it took. */
function timed(convert: () => string): { text: string; ms: number } {
  const started = performance.now();
  const text = convert();
  return { text, ms: performance.now() - started };
}

describe('convertHtmlToText on pathological HTML', () => {
  it('converts 3,000 nested <div>s (a tree walk overflowed the call stack)', () => {
    const { text, ms } = timed(() =>
      convertHtmlToText(nested('<div>', '</div>', 3000, 'Wij betalen vrijdag.')),
    );
    expect(text).toBe('Wij betalen vrijdag.');
    expect(ms).toBeLessThan(1000);
  });

  it('converts a megabyte of nested <div>s in linear time', () => {
    const html = nested('<div>', '</div>', 100_000, 'Wij betalen vrijdag.');
    expect(html.length).toBeGreaterThan(1_000_000);
    const { text, ms } = timed(() => convertHtmlToText(html));
    expect(text).toBe('Wij betalen vrijdag.');
    // htmlparser2's Parser alone took seconds here (its open-element stack is shifted per tag).
    expect(ms).toBeLessThan(3000);
  });

  it.each([
    ['blockquotes', '<blockquote>', '</blockquote>'],
    ['tables', '<table><tr><td>', '</td></tr></table>'],
    ['lists', '<ul><li>', '</li></ul>'],
    ['unclosed inline tags', '<b>', ''],
    ['unclosed divs', '<div>', ''],
    ['spans with attributes', '<span class="x" style="color:red">', '</span>'],
  ])('converts 20,000 nested %s to a bounded text', (_name, open, close) => {
    const html = `${nested(open, close, 20_000, 'Wij betalen vrijdag.')}<p>Groet, Jan</p>`;
    const { text, ms } = timed(() => convertHtmlToText(html, { maxChars: MAX_UNDERSTOOD_TEXT_CHARS }));
    expect(text).toContain('Wij betalen vrijdag.');
    expect(text.length).toBeLessThanOrEqual(MAX_UNDERSTOOD_TEXT_CHARS);
    expect(ms).toBeLessThan(2000);
  });

  it('writes at most 20 quote marks per line, however deep the quote', () => {
    const html = nested('<blockquote>', '</blockquote>', 5000, 'a<br>b<br>c');
    const lines = convertHtmlToText(html).split('\n');
    expect(lines).toEqual([
      '> '.repeat(20).trim().concat(' a'),
      `${'> '.repeat(20)}b`,
      `${'> '.repeat(20)}c`,
    ]);
  });

  it('stops at maxChars on a large document', () => {
    const html = '<p>Wij betalen factuur <b>INV-2026-0001</b> vrijdag.</p>\n'.repeat(200_000);
    const { text, ms } = timed(() => convertHtmlToText(html, { maxChars: 65_536 }));
    expect(text.length).toBeGreaterThan(60_000);
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(ms).toBeLessThan(1000);
  });

  it('ignores thousands of stray end tags and an unterminated comment', () => {
    const html = `Wij betalen vrijdag.${'</div></blockquote></li>'.repeat(20_000)}<!-- never closed`;
    expect(convertHtmlToText(html)).toBe('Wij betalen vrijdag.');
  });
});

describe('convertHtmlToText on ordinary mail', () => {
  it('writes paragraphs, line breaks, lists and quotes as lines, laid out as html-to-text did', () => {
    const html =
      '<html><head><style>p{}</style><title>x</title></head><body><p>Hello,</p><p>We paid invoice INV-1 on <i>Monday</i>&nbsp;already.</p><ul><li>one</li><li>two</li></ul><blockquote><p>Quoted line</p><p>second</p></blockquote><p>Regards<br>Jan</p></body></html>';
    expect(convertHtmlToText(html)).toBe(
      'Hello,\n\nWe paid invoice INV-1 on Monday\u00a0already.\n\n * one\n * two\n\n> Quoted line\n>\n> second\n\nRegards\nJan',
    );
  });

  it('skips the quote containers of Gmail and Thunderbird and cited blockquotes', () => {
    const html =
      '<div>Akkoord.</div><div class="gmail_quote extra"><div>Op ma schreef X:</div><blockquote>oud</blockquote></div><div class="moz-cite-prefix">On Monday:</div><blockquote type="cite">old</blockquote><div>Jan</div>';
    expect(convertHtmlToText(html)).toBe('Akkoord.\nJan');
  });

  it('keeps table cells apart and decodes entities', () => {
    const html =
      '<table><tr><th>Factuur</th><th>Bedrag</th></tr><tr><td>INV-1</td><td>&euro;&nbsp;100</td></tr></table>';
    expect(convertHtmlToText(html)).toBe('Factuur Bedrag\nINV-1 \u20ac\u00a0100');
  });
});
