import { describe, expect, it } from 'vitest';
import { letterKindOf } from '../../../../domain/dunning/letter-kind-of.ts';
import { planLadderLetter } from '../../../../domain/letters/plan-ladder-letter.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';

describe('letterKindOf', () => {
  it.each([
    // statesCosts, handover, stepIndex, debtorKind, kind
    [false, false, 0, 'company', 'reminder'],
    [false, false, 1, 'company', 'notice'],
    [true, false, 3, 'company', 'default_notice'],
    [true, false, 3, 'consumer', 'fourteen_day_letter'],
    [true, false, 0, 'consumer', 'fourteen_day_letter'],
    [false, true, 4, 'consumer', 'handover'],
    [true, true, 0, 'company', 'handover'],
  ] as const)(
    'statesCosts %s, handover %s, step %i for a %s: %s',
    (statesCosts, handover, stepIndex, debtorKind, kind) => {
      expect(letterKindOf({ step: { statesCosts, handover }, stepIndex, debtorKind })).toBe(kind);
    },
  );

  it('an approved escalation of an invoice never reminded sends the plain first reminder', () => {
    const plan = planLadderLetter({
      stepCode: 'reminder_1',
      invoices: [
        {
          id: 'i-1',
          number: 'INV-1',
          openCents: 10_000,
          dueDate: '2026-10-01',
          status: 'open',
          lastStepCode: null,
          lastStepSentOn: null,
        },
      ],
      debtorKind: 'company',
      today: '2026-11-24',
      policy: DEFAULT_POLICY,
    });
    expect(plan).toMatchObject({
      kind: 'letter',
      letter: { step: { code: 'reminder_1' }, letterKind: 'reminder' },
    });
  });
});
