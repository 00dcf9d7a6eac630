import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureReplyExtractionSet } from '../../../../nlp/mail/measure-reply-extraction-set.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'reply-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measureReplyExtractionSet', () => {
  it('reads .txt, .eml and .html cases with their expected replies, in subfolders too', async () => {
    mkdirSync(path.join(dir, 'source'));
    writeFileSync(
      path.join(dir, 'plain.txt'),
      'Betaald.\n\nOp ma 4 nov. 2024 om 09:12 schreef X <x@example.nl>:\n> open',
    );
    writeFileSync(path.join(dir, 'plain.expected.txt'), 'Betaald.\n');
    writeFileSync(
      path.join(dir, 'raw.eml'),
      'From: a@example.nl\r\nTo: b@example.nl\r\nSubject: Re: factuur\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWe  betalen\r\nvrijdag.\r\n\r\nSent from my iPhone\r\n',
    );
    writeFileSync(path.join(dir, 'raw.expected.txt'), 'We betalen vrijdag.');
    writeFileSync(
      path.join(dir, 'source', 'page.html'),
      '<p>Klopt niet.</p><div class="gmail_quote">oud</div>',
    );
    writeFileSync(path.join(dir, 'source', 'page.expected.txt'), 'Klopt niet');
    writeFileSync(path.join(dir, 'no-expectation.txt'), 'ignored');
    writeFileSync(path.join(dir, 'README.md'), 'ignored');

    const result = await measureReplyExtractionSet(dir);

    expect(result).toEqual({ total: 3, exact: 2, rate: 2 / 3, failures: ['source/page'] });
  });
});
