import { describe, expect, it } from 'vitest';
import { parseStepApproval } from '../../../../domain/policy/parse-step-approval.ts';

describe('parseStepApproval', () => {
  it.each([
    ['always', { kind: 'always' }],
    ['never', { kind: 'never' }],
    [' Never ', { kind: 'never' }],
    ['above 250', { kind: 'above', cents: 25_000 }],
    ['above 0', { kind: 'above', cents: 0 }],
    ['above 1250,50', { kind: 'above', cents: 125_050 }],
    ['above 1250.5', { kind: 'above', cents: 125_050 }],
    ['above 99,05', { kind: 'above', cents: 9_905 }],
    ['above €250', { kind: 'above', cents: 25_000 }],
    ['above € 250', { kind: 'above', cents: 25_000 }],
    ['Above EUR 250', { kind: 'above', cents: 25_000 }],
    ['above  250', { kind: 'above', cents: 25_000 }],
  ])('reads %j', (text, approval) => {
    expect(parseStepApproval(text)).toEqual({ ok: true, approval });
  });

  it.each([
    '',
    'sometimes',
    'above',
    'above -5',
    'above 250 euro',
    'over 250',
    'above 2,505',
    'above 12.5.0',
    '250',
    'above 1e3',
  ])('refuses %j and names the forms it takes', (text) => {
    const result = parseStepApproval(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(`"${text}"`);
    if (!result.ok && !/\d[.,]\d{3}/u.test(text))
      expect(result.problem).toMatch(/"always", "never" or "above/);
  });

  it('refuses a thousands separator instead of reading it as decimals', () => {
    for (const text of [
      'above 1.250',
      'above 1,250',
      'above 1.250,00',
      'above 1,250.00',
      'above 1.000.000',
    ]) {
      const result = parseStepApproval(text);
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect(result.problem).toMatch(/thousands separator/);
    }
  });
});
