import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyCommand } from '../../../../../bot/cli/commands/classify-command.ts';
import { buildEml } from '../../../../support/build-eml.ts';
import { createFakeCliIo } from './fake-cli-io.ts';

// The LLM client and the mail parser are imported only on the paths that use them: each path
// must still reach them.
describe('classifyCommand', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'classify-command-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks the LLM when NLP_LLM_MODE is set, and falls back to the local model when it is down', async () => {
    const io = createFakeCliIo();
    (io.stdin as PassThrough).end(`${JSON.stringify({ id: 'llm', text: 'We will pay on Friday.' })}\n`);
    const code = await classifyCommand({
      args: [],
      io,
      env: {
        NLP_LLM_MODE: 'primary',
        NLP_LLM_BASE_URL: 'http://127.0.0.1:9/v1',
        NLP_LLM_MODEL: 'test-model',
        NLP_LLM_TIMEOUT_MS: '2000',
      },
    });
    expect(code).toBe(0);
    const line = JSON.parse(io.output()) as { id: string; reason: string; explanation: { note?: string } };
    expect(line).toMatchObject({ id: 'llm', reason: 'promise_to_pay' });
    expect(line.explanation.note).toMatch(/LLM not used \(CHANNEL_UNAVAILABLE/);
  });

  it('reads raw e-mails with --eml, the file name as id', async () => {
    const file = path.join(dir, 'paid.eml');
    writeFileSync(
      file,
      buildEml({
        from: 'jan@jansen.nl',
        subject: 'Factuur',
        body: 'Wij hebben de factuur vorige week al betaald.',
      }),
    );
    const io = createFakeCliIo();
    const code = await classifyCommand({ args: ['--eml', file], io, env: {} });
    expect(code).toBe(0);
    expect(JSON.parse(io.output())).toMatchObject({ id: 'paid.eml', reason: 'already_paid' });
  });
});
