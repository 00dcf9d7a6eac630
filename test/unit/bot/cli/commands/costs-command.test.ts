import { describe, expect, it } from 'vitest';
import { costsCommand } from '../../../../../bot/cli/commands/costs-command.ts';
import { createFakeCliIo } from './fake-cli-io.ts';

async function costs(...args: string[]) {
  const io = createFakeCliIo();
  const code = await costsCommand({ args, io, env: {} });
  return { code, json: JSON.parse(io.output()) as Record<string, number> };
}

describe('collections costs', () => {
  it('prints principal, wik, vat and a total that adds them up', async () => {
    expect(await costs('--principal', '2500')).toEqual({
      code: 0,
      json: { principal: 2500, wik: 375, vat: 0, total: 2875 },
    });
    expect((await costs('--principal', '2500', '--vat')).json).toEqual({
      principal: 2500,
      wik: 375,
      vat: 78.75,
      total: 2953.75,
    });
    expect((await costs('--principal', '1250,50', '--consumer')).json).toEqual({
      principal: 1250.5,
      wik: 187.58,
      vat: 0,
      total: 1438.08,
    });
    expect((await costs('--principal=100')).json).toEqual({ principal: 100, wik: 40, vat: 0, total: 140 });
  });

  it.each([['1.250,50'], ['1,250.50'], ['1.250'], ['abc'], ['12.345'], ['-5'], ['0']])(
    'refuses --principal %s naming the flag and an example',
    async (value) => {
      await expect(costs('--principal', value)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(/--principal.*1250\.50/),
      });
    },
  );

  it('refuses a missing principal and unknown flags with the usage', async () => {
    await expect(costs()).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringMatching(/--principal is required/),
    });
    await expect(costs('--principal', '10', '--btw')).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringMatching(/Usage: collections costs/),
    });
  });
});
