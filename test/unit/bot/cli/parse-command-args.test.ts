import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../../bot/cli/parse-command-args.ts';

const USAGE = 'collections thing --date YYYY-MM-DD';

describe('parseCommandArgs', () => {
  it('returns the flags given', () => {
    const { values } = parseCommandArgs(['--date', '2026-12-01', '--json'], USAGE, {
      options: { date: { type: 'string' }, json: { type: 'boolean' } },
    });
    expect(values).toEqual({ date: '2026-12-01', json: true });
  });

  it('refuses an unknown flag, and a positional unless allowed, with the usage', () => {
    const options = { date: { type: 'string' } } as const;
    expect(() => parseCommandArgs(['--bogus'], USAGE, { options })).toThrow(
      expect.objectContaining({
        code: 'INPUT_INVALID',
        message: `Unknown option '--bogus'. Usage: ${USAGE}`,
      }),
    );
    expect(() => parseCommandArgs(['aging'], USAGE, { options })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID', message: expect.stringContaining(`Usage: ${USAGE}`) }),
    );
    expect(parseCommandArgs(['aging'], USAGE, { options, allowPositionals: true }).positionals).toEqual([
      'aging',
    ]);
  });
});
