import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../bot/config/load-config.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';

function errorOf(work: () => unknown): { code: string; message: string } {
  try {
    work();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('runs with no configuration at all: embedded database, default policy, local nlp', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.port).toBe(3000);
    expect(config.policy).toEqual(DEFAULT_POLICY);
    expect(config.nlp.llm).toBeUndefined();
  });

  it('selects PostgreSQL from DATABASE_URL and names a malformed one', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/x' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db:5432/x',
    });
    const error = errorOf(() => loadConfig({ DATABASE_URL: 'mysql://u:secret@db/x' }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toContain('postgresql://user:password@host:5432/database');
    expect(error.message).not.toContain('secret');
  });

  it('reads DUNNING_RUN_AT as a time of day (09:00 by default) and names a wrong one with the expected form', () => {
    expect(loadConfig({}).dunningRunAt).toEqual({ hour: 9, minute: 0 });
    expect(loadConfig({ DUNNING_RUN_AT: '07:45' }).dunningRunAt).toEqual({ hour: 7, minute: 45 });
    expect(loadConfig({ DUNNING_RUN_AT: '' }).dunningRunAt).toEqual({ hour: 9, minute: 0 });
    for (const wrong of ['9:00', '25:00', 'nine', '09:00 CET']) {
      const error = errorOf(() => loadConfig({ DUNNING_RUN_AT: wrong }));
      expect(error.code).toBe('CONFIG_INVALID');
      expect(error.message).toContain(
        `DUNNING_RUN_AT: expected a time of day as HH:MM on a 24-hour clock (Europe/Amsterdam), such as 09:00; got "${wrong}"`,
      );
    }
  });

  it('reads LEDGER_SYNC_INTERVAL (off when unset; a number alone is minutes) and names a wrong one', () => {
    expect(loadConfig({}).ledgerSyncIntervalMs).toBeNull();
    expect(loadConfig({ LEDGER_SYNC_INTERVAL: '15m' }).ledgerSyncIntervalMs).toBe(900_000);
    expect(loadConfig({ LEDGER_SYNC_INTERVAL: '1h' }).ledgerSyncIntervalMs).toBe(3_600_000);
    expect(loadConfig({ LEDGER_SYNC_INTERVAL: '30' }).ledgerSyncIntervalMs).toBe(1_800_000);
    expect(loadConfig({ LEDGER_SYNC_INTERVAL: '90s' }).ledgerSyncIntervalMs).toBe(90_000);
    for (const wrong of ['1s', 'often', '-5m', '8d']) {
      const error = errorOf(() => loadConfig({ LEDGER_SYNC_INTERVAL: wrong }));
      expect(error.message).toContain(`LEDGER_SYNC_INTERVAL: expected an interval such as 15m, 1h or 90s`);
    }
  });

  it('names an invalid PORT and what is expected', () => {
    const error = errorOf(() => loadConfig({ PORT: 'eighty' }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(/PORT: expected a TCP port number/);
  });

  it('names the nlp variables an LLM mode needs', () => {
    const error = errorOf(() => loadConfig({ NLP_LLM_MODE: 'primary' }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('NLP_LLM_BASE_URL');
  });

  it('reads a policy file, and says which field of it is wrong', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-'));
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ plans: { maxMonths: 12 } }));
    expect(loadConfig({ COLLECTIONS_POLICY_FILE: good }).policy.plans.maxMonths).toBe(12);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ plans: { maxMonths: 0 } }));
    const error = errorOf(() => loadConfig({ COLLECTIONS_POLICY_FILE: bad }));
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.message).toContain('plans.maxMonths');
    const missing = errorOf(() => loadConfig({ COLLECTIONS_POLICY_FILE: path.join(dir, 'nope.json') }));
    expect(missing.message).toContain('COLLECTIONS_POLICY_FILE');
    expect(missing.message).toContain('ENOENT');
  });

  it('adds the periods of COLLECTIONS_RATES_FILE to the built-in rates, and refuses a bad file at start', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rates-'));
    const file = path.join(dir, 'rates.json');
    const period = {
      kind: 'consumer',
      from: '2026-07-01',
      through: '2026-12-31',
      rate: '4',
      source: 'test fixture rate',
    };
    writeFileSync(file, JSON.stringify({ periods: [period] }));
    const config = loadConfig({ COLLECTIONS_RATES_FILE: file });
    expect(config.interestRates.rates.at(-1)).toMatchObject({
      kind: 'consumer',
      through: '2026-12-31',
      basisPoints: 400,
    });
    expect(loadConfig({}).interestRates.rates.some((rate) => rate.through === '2026-12-31')).toBe(false);
    writeFileSync(file, JSON.stringify({ periods: [period, { ...period, rate: '4%' }] }));
    expect(errorOf(() => loadConfig({ COLLECTIONS_RATES_FILE: file }))).toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(
        /^COLLECTIONS_RATES_FILE .*rates\.json, entry 2 of "periods" \(rate\): expected percent/,
      ),
    });
    expect(
      errorOf(() => loadConfig({ COLLECTIONS_RATES_FILE: path.join(dir, 'missing.json') })),
    ).toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringMatching(/cannot read .*missing\.json" \(ENOENT\)/),
    });
  });
});
