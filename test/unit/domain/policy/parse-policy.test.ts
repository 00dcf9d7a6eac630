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
    expect(error.message).toMatch(/ladder\.steps\[0\]\.afterDays \(step "reminder_1"\): .*int/);
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

  it("reads each step's approval and keeps it as written", () => {
    const steps = DEFAULT_POLICY.ladder.steps.map((step) =>
      step.code === 'aanmaning' ? { ...step, approval: 'above 250' } : step,
    );
    const policy = parsePolicy({ ladder: { steps } });
    expect(policy.ladder.steps.find((step) => step.code === 'aanmaning')?.approval).toBe('above 250');
    // Left out, a step keeps the behaviour from before the setting (decided per letter in domain/dunning).
    const { approval: _, ...bare } = DEFAULT_POLICY.ladder.steps[0]!;
    expect(parsePolicy({ ladder: { steps: [bare] } }).ladder.steps[0]?.approval).toBeUndefined();
  });

  it('refuses a wrong approval naming the field, the step and the forms it takes', () => {
    const steps = DEFAULT_POLICY.ladder.steps.map((step) =>
      step.code === 'aanmaning' ? { ...step, approval: 'abve 100' } : step,
    );
    const error = policyError({ ladder: { steps } });
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.message).toContain(
      'ladder.steps[2].approval (step "aanmaning"): "abve 100" is not an approval rule',
    );
    expect(error.message).toContain('write "always", "never" or "above <amount in euros>", like "above 250"');

    const thousands = DEFAULT_POLICY.ladder.steps.map((step) =>
      step.code === 'incassobureau' ? { ...step, approval: 'above 1.250' } : step,
    );
    expect(policyError({ ladder: { steps: thousands } }).message).toMatch(
      /ladder\.steps\[5\]\.approval \(step "incassobureau"\): "above 1\.250" has a thousands separator/,
    );

    const notText = DEFAULT_POLICY.ladder.steps.map((step, index) =>
      index === 0 ? { ...step, approval: 250 } : step,
    );
    expect(policyError({ ladder: { steps: notText } }).message).toContain(
      'ladder.steps[0].approval (step "reminder_1"): write "always", "never" or "above <amount in euros>" in quotes',
    );
  });
});
