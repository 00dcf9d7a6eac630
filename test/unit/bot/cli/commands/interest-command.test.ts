import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interestCommand } from '../../../../../bot/cli/commands/interest-command.ts';
import { createFakeCliIo } from './fake-cli-io.ts';

async function interest(...args: string[]) {
  return interestWith({}, ...args);
}

async function interestWith(env: NodeJS.ProcessEnv, ...args: string[]) {
  const io = createFakeCliIo();
  const code = await interestCommand({ args, io, env });
  return { code, output: io.output() };
}

describe('collections interest', () => {
  it('prints a table per rate period with the total', async () => {
    const { code, output } = await interest(
      '--principal',
      '10000',
      '--from',
      '2024-06-01',
      '--to',
      '2024-08-01',
    );
    expect(code).toBe(0);
    expect(output).toMatch(/commercial, art\. 6:119a BW/);
    expect(output).toMatch(/2024-06-01\s+2024-06-30\s+30\s+12\.50%\s+10,000\.00\s+102\.74/);
    expect(output).toMatch(/2024-07-01\s+2024-07-31\s+31\s+12\.25%\s+10,000\.00\s+104\.04/);
    expect(output).toMatch(/Total\s+61\s+206\.78/);
    expect(output).toMatch(/Principal \+ interest: EUR 10,206\.78/);
  });

  it('prints JSON in euros with --json, consumer rates with --consumer', async () => {
    const { output } = await interest(
      '--principal',
      '1000',
      '--from',
      '2025-01-01',
      '--to',
      '2025-07-01',
      '--consumer',
      '--json',
    );
    const json = JSON.parse(output);
    expect(json).toMatchObject({
      kind: 'consumer',
      principal: 1000,
      days: 181,
      interest: 29.75,
      total: 1029.75,
    });
    expect(json.periods[0]).toMatchObject({ ratePercent: 6, through: '2025-06-30' });
  });

  it('refuses bad dates and dates outside the rate table clearly', async () => {
    await expect(
      interest('--principal', '10', '--from', '2024-02-30', '--to', '2024-03-01'),
    ).rejects.toMatchObject({ message: expect.stringMatching(/--from "2024-02-30" is not a valid date/) });
    await expect(interest('--principal', '10', '--from', '2024-01-01')).rejects.toMatchObject({
      message: expect.stringMatching(/--to is required/),
    });
    await expect(
      interest('--principal', '10', '--from', '2026-01-01', '--to', '2027-01-01'),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringMatching(/known for 2022-01-01 to 2026-06-30.*COLLECTIONS_RATES_FILE/),
    });
  });

  it("counts later periods from the company's COLLECTIONS_RATES_FILE, and refuses a bad one at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rates-'));
    const file = join(dir, 'rates.json');
    writeFileSync(
      file,
      JSON.stringify({
        periods: [
          {
            kind: 'commercial',
            from: '2026-07-01',
            through: '2026-12-31',
            rate: '9.90',
            source: 'test fixture: not a published rate',
          },
        ],
      }),
    );
    const { output } = await interestWith(
      { COLLECTIONS_RATES_FILE: file },
      '--principal',
      '10000',
      '--from',
      '2026-06-01',
      '--to',
      '2026-08-01',
      '--json',
    );
    const json = JSON.parse(output);
    expect(json.periods.map((p: { ratePercent: number }) => p.ratePercent)).toEqual([10.15, 9.9]);
    writeFileSync(file, '{\n  "periods": [\n    { "kind": "commercial", }\n  ]\n}');
    await expect(
      interestWith(
        { COLLECTIONS_RATES_FILE: file },
        '--principal',
        '1',
        '--from',
        '2026-01-01',
        '--to',
        '2026-02-01',
      ),
    ).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/rates\.json", line 3, is not valid JSON/),
    });
  });
});
