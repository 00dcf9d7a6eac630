import { describe, expect, it } from 'vitest';
import { decodeFlowedText } from '../../../../nlp/mail/decode-flowed-text.ts';

/** RFC 3676 samples of our own: soft breaks, the signature separator, quote depths, stuffing. */
describe('decodeFlowedText', () => {
  it('joins a line that ends in a space with the next one', () => {
    expect(decodeFlowedText('We pay invoice 2026-0042 \non Friday.\nThanks.', false)).toBe(
      'We pay invoice 2026-0042 on Friday.\nThanks.',
    );
  });

  it('removes the space of a soft break when DelSp=yes', () => {
    expect(decodeFlowedText('We pay invoice 2026-00 \n42 on Friday.', true)).toBe(
      'We pay invoice 2026-0042 on Friday.',
    );
  });

  it('never joins over the signature separator or the line under it', () => {
    expect(decodeFlowedText('We will pay, why not \n\n-- \nJan de Vries\nKlant BV', false)).toBe(
      'We will pay, why not \n-- \nJan de Vries\nKlant BV',
    );
    expect(decodeFlowedText('Paid on Friday. \n-- \nJan', false)).toBe('Paid on Friday. \n-- \nJan');
  });

  it('ends a paragraph at a blank line, so the next paragraph stays apart', () => {
    expect(decodeFlowedText('First paragraph \nends here.\n\nSecond one.', false)).toBe(
      'First paragraph ends here.\n\nSecond one.',
    );
  });

  it('joins quoted lines of the same depth only', () => {
    expect(
      decodeFlowedText('> Please pay \n> the invoice.\n>> Older \n>> text.\n> Back \nWe paid.', false),
    ).toBe('> Please pay the invoice.\n>> Older text.\n> Back \nWe paid.');
  });

  it('removes space-stuffing, also after the quote marks', () => {
    expect(decodeFlowedText('  indented by one\n From here on\n>  quoted with a space', false)).toBe(
      ' indented by one\nFrom here on\n>  quoted with a space',
    );
  });

  it('reads CRLF line ends and keeps fixed lines as they are', () => {
    expect(decodeFlowedText('One \r\ntwo.\r\nThree.\r\n', false)).toBe('One two.\nThree.\n');
  });
});
