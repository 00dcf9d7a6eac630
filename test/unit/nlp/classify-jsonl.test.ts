import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classifyCommand } from '../../../bot/cli/commands/classify-command.ts';
import { REASON_CODES } from '../../../domain/reasons.ts';
import { classifyJsonLines } from '../../../nlp/classify-jsonl.ts';

const CONTRACT_FIELDS = [
  'id',
  'kind',
  'reason',
  'secondary',
  'confidence',
  'language',
  'reply',
  'entities',
  'explanation',
];

async function run(
  lines: string[],
): Promise<{ out: Record<string, unknown>[]; result: { lines: number; errors: number } }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const result = await classifyJsonLines(Readable.from([lines.join('\n')]), output);
  output.end();
  const out = chunks
    .join('')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { out, result };
}

describe('classifyJsonLines (collections classify contract)', () => {
  it('writes exactly the contract fields per valid line, in input order', async () => {
    const { out, result } = await run([
      JSON.stringify({ id: 'a', text: 'We already paid this on 3 March, see attached proof of payment.' }),
      JSON.stringify({
        id: 7,
        text: 'Ik ben tot en met 2 april afwezig.',
        subject: 'Afwezig',
        headers: { 'auto-submitted': 'auto-replied' },
      }),
    ]);
    expect(result).toEqual({ lines: 2, errors: 0 });
    expect(out.map((line) => line.id)).toEqual(['a', 7]);
    for (const line of out) {
      expect(Object.keys(line)).toEqual(CONTRACT_FIELDS);
      expect(['reply', 'auto_reply', 'bounce']).toContain(line.kind);
      expect(typeof line.confidence).toBe('number');
      expect(Array.isArray(line.secondary)).toBe(true);
    }
    expect(out[0]!.reason).toBe('already_paid');
    expect(out[1]!.kind).toBe('auto_reply');
    expect(out[1]!.reason).toBe('auto_reply');
  });

  it('answers a malformed line with an error object and goes on with the rest', async () => {
    const { out, result } = await run([
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'no id' }),
      '',
      JSON.stringify({ id: 'ok', text: 'Kunt u een kopie van de factuur sturen?' }),
      '[1, 2, 3]',
    ]);
    expect(result).toEqual({ lines: 5, errors: 4 });
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: null, line: 1, error: { code: 'INPUT_INVALID' } });
    expect(out[1]).toMatchObject({ id: 'no-text', line: 2, error: { code: 'INPUT_INVALID' } });
    expect(out[2]).toMatchObject({ id: null, line: 3, error: { code: 'INPUT_INVALID' } });
    expect(out[3]).toMatchObject({ id: 'ok', reason: 'invoice_request' });
    expect(out[4]).toMatchObject({ id: null, line: 6, error: { code: 'INPUT_INVALID' } });
    expect(String((out[1]!.error as { message: string }).message)).toMatch(/text/);
  });

  it('does not let our quoted reminder decide the reason', async () => {
    const text =
      'Sorry, helemaal vergeten! Ik maak het vandaag over.\n\nOp di 12 mrt 2024 om 09:14 schreef Debiteuren <d@x.nl>:\n> Wij betwisten niets. Heeft u al betaald, dan kunt u deze herinnering negeren.\n> Wij zijn het niet eens? Neem contact op.';
    const { out } = await run([JSON.stringify({ id: 'q', text })]);
    expect(out[0]!.reply).not.toMatch(/betwisten|herinnering/);
    expect(REASON_CODES).toContain(out[0]!.reason);
    expect(out[0]!.reason).toBe('forgotten');
  });

  it('runs as the classify command over stdin and exits 1 when a line failed', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks: string[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    const code = await classifyCommand({
      args: [],
      env: {},
      io: {
        stdin: Readable.from(['{"id":"x","text":"We will pay on Friday."}\nnot json\n']),
        stdout,
        stderr,
      },
    });
    expect(code).toBe(1);
    const lines = chunks
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'x', reason: 'promise_to_pay' });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'INPUT_INVALID' } });
  });

  it('accepts a UTF-8 byte order mark before the first line, as import does', async () => {
    const { out, result } = await run([
      `\uFEFF${JSON.stringify({ id: 'bom', text: 'We already paid this on 3 March.' })}`,
      JSON.stringify({ id: 'next', text: 'Wij betalen vrijdag.' }),
    ]);
    expect(result).toEqual({ lines: 2, errors: 0 });
    expect(out.map((line) => line.id)).toEqual(['bom', 'next']);
  });
});
