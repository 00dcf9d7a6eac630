import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { parsePolicy } from '../../../../domain/policy/parse-policy.ts';

function policyError(json: unknown): AppError {
  try {
    parsePolicy(json);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected parsePolicy to throw');
}

describe('parsePolicy', () => {
  it('policy.example.json at the repo root equals DEFAULT_POLICY', () => {
    const example = JSON.parse(
      readFileSync(new URL('../../../../policy.example.json', import.meta.url), 'utf8'),
    );
    expect(example).toEqual(DEFAULT_POLICY);
    expect(parsePolicy(example)).toEqual(DEFAULT_POLICY);
  });

  it('fills what a file leaves out from the defaults', () => {
    expect(parsePolicy({})).toEqual(DEFAULT_POLICY);
    const policy = parsePolicy({ plans: { maxMonths: 12 } });
    expect(policy.plans.maxMonths).toBe(12);
    expect(policy.plans.minInstalmentCents).toBe(DEFAULT_POLICY.plans.minInstalmentCents);
  });

  it('names the field path and what is expected', () => {
    const error = policyError({
      plans: { maxMonths: 0 },
      ladder: { steps: [{ ...DEFAULT_POLICY.ladder.steps[0], afterDays: 2.5 }] },
    });
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.message).toMatch(/plans\.maxMonths: .*>=1/);
    expect(error.message).toMatch(/ladder\.steps\[0\]\.afterDays: .*int/);
  });

  it('refuses unknown keys so a typo does not fall back to a default', () => {
    expect(policyError({ plans: { maxMonth: 12 } }).message).toMatch(/plans: Unrecognized key: "maxMonth"/);
  });

  it('refuses a non-object', () => {
    expect(policyError([1, 2]).code).toBe('POLICY_INVALID');
    expect(policyError('x').message).toMatch(/JSON object/);
  });

  it('refuses a consumer ladder that hands over before the 14-day letter', () => {
    const steps = DEFAULT_POLICY.ladder.steps.filter((step) => step.code !== 'veertiendagenbrief');
    expect(policyError({ ladder: { steps } }).message).toMatch(/14-day letter/);
  });

  it('refuses duplicate step codes and an audience without steps', () => {
    const [first] = DEFAULT_POLICY.ladder.steps;
    expect(policyError({ ladder: { steps: [first, first] } }).message).toMatch(/used twice/);
    expect(policyError({ ladder: { steps: [{ ...first, appliesTo: 'company' }] } }).message).toMatch(
      /no step applies to consumer/,
    );
  });
});
