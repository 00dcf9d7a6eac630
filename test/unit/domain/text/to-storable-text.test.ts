import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toStorableJsonText } from '../../../../domain/text/to-storable-json-text.ts';
import { REPLACEMENT_CHARACTER, toStorableText } from '../../../../domain/text/to-storable-text.ts';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Any UTF-16 string, lone surrogates and NULs included.
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\\', 'u', '"'),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  ),
});
const jsonValue = fc
  .jsonValue({ maxDepth: 4 })
  .chain((value) =>
    fc.tuple(fc.constant(value), anyText).map(([inner, text]) => ({ inner, text, [text]: [text, inner] })),
  );

describe('toStorableText', () => {
  it.each([
    ['a\u0000b', `a${REPLACEMENT_CHARACTER}b`],
    ['x\uD800', `x${REPLACEMENT_CHARACTER}`],
    ['\uDC00x', `${REPLACEMENT_CHARACTER}x`],
    ['\uDC00\uD800', REPLACEMENT_CHARACTER.repeat(2)],
    ['pair \uD83D\uDE00 stays', 'pair \uD83D\uDE00 stays'],
    ['RTL \u202E override stays', 'RTL \u202E override stays'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(toStorableText(input)).toBe(expected);
  });

  it('leaves nothing PostgreSQL refuses, changes nothing else, and keeps the length', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const stored = toStorableText(text);
        expect(stored.includes('\u0000')).toBe(false);
        expect(LONE.test(stored)).toBe(false);
        expect(stored.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          if (stored[i] !== text[i]) expect(stored[i]).toBe(REPLACEMENT_CHARACTER);
        }
        expect(toStorableText(stored)).toBe(stored);
      }),
    );
  });
});

describe('toStorableJsonText', () => {
  it.each([
    ['{"t":"a\\u0000b"}', '{"t":"a\\ufffdb"}'],
    ['["\\ud800"]', '["\\ufffd"]'],
    ['["\\udc00\\ud800"]', '["\\ufffd\\ufffd"]'],
    ['["\\ud83d\\ude00"]', '["\\ud83d\\ude00"]'],
    // A literal backslash followed by "u0000" is text, not an escape.
    ['["\\\\u0000"]', '["\\\\u0000"]'],
    ['["\\\\\\u0000"]', '["\\\\\\ufffd"]'],
  ])('%s → %s', (input, expected) => {
    expect(toStorableJsonText(input)).toBe(expected);
  });

  it('is toStorableText on every string of the value, keys included', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const storable = (v: unknown): unknown =>
          typeof v === 'string'
            ? toStorableText(v)
            : Array.isArray(v)
              ? v.map(storable)
              : v && typeof v === 'object'
                ? Object.fromEntries(
                    Object.entries(v).map(([k, item]) => [toStorableText(k), storable(item)]),
                  )
                : v;
        const fixed = toStorableJsonText(JSON.stringify(value));
        expect(fixed).not.toMatch(/\\u0000|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
        // Compared as JSON sees the value (JSON has no -0: it reads back as 0).
        expect(JSON.parse(fixed)).toEqual(storable(JSON.parse(JSON.stringify(value))));
      }),
    );
  });
});
