import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { prepareInboundEmail } from '../../../bot/inbound/prepare-inbound-email.ts';
import type { MessageInput } from '../../../domain/messages/understanding.ts';
import { classifyEmlFiles } from '../../../nlp/classify-eml-files.ts';
import { understandMessage } from '../../../nlp/understand-message.ts';
import { sharedCorpora } from '../../support/shared-corpora.ts';

const CORPUS = sharedCorpora('auto-replies-and-bounces');
const files = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.eml'))
  .sort()
  .map((name) => join(CORPUS, name));

/** `classify --eml` on the files, with what it handed to understand and the lines it printed. */
async function classifyFromFiles(paths: readonly string[]) {
  const inputs: MessageInput[] = [];
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const result = await classifyEmlFiles(paths, output, {
    understand: (input) => {
      inputs.push(input);
      return understandMessage(input);
    },
  });
  const lines = printed
    .trim()
    .split('\n')
    .map(
      (line) => JSON.parse(line) as { kind: string; reason: string | null; reply: string; language: string },
    );
  return { result, inputs, lines };
}

describe('classify --eml reads mail as the live e-mail channel does', () => {
  it('has the files the corpus README describes', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it('hands understand the same text, HTML, subject and headers, and prints the same understanding', async () => {
    const cli = await classifyFromFiles(files);
    expect(cli.result).toEqual({ lines: files.length, errors: 0 });
    expect(cli.inputs).toHaveLength(files.length);
    for (const [index, file] of files.entries()) {
      const live = await prepareInboundEmail({ raw: readFileSync(file), now: new Date(), understand: true });
      const input = cli.inputs[index]!;
      expect(
        { text: input.text, html: input.html, subject: input.subject, headers: input.headers },
        file,
      ).toEqual({
        text: live.email.text,
        html: live.email.html,
        subject: live.email.subject,
        headers: live.email.headers,
      });
      const { kind, reason, reply, language } = live.understanding!;
      expect(cli.lines[index], file).toMatchObject({ kind, reason, reply, language });
    }
  });
});
