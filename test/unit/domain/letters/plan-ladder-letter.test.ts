import { describe, expect, it } from 'vitest';
import { planLadderLetter } from '../../../../domain/letters/plan-ladder-letter.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { FIXTURE_INTEREST_TABLE } from '../../../support/fixture-interest-rates.ts';
import { LADDER_INVOICE } from '../../../support/fixture-ladder-invoice.ts';

const invoice = LADDER_INVOICE;

/** planLadderLetter for the notice of default to a company on INV-1 on 2026-11-23, but for `changes`. */
const plan = (changes: Partial<Parameters<typeof planLadderLetter>[0]> = {}) =>
  planLadderLetter({
    invoices: [invoice],
    stepCode: 'ingebrekestelling',
    debtorKind: 'company',
    today: '2026-11-23',
    policy: DEFAULT_POLICY,
    ...changes,
  });

describe('planLadderLetter', () => {
  it('gives a consumer the 14-day letter with the exact WIK costs and a company the notice of default', () => {
    const consumer = plan({ stepCode: 'veertiendagenbrief', debtorKind: 'consumer' });
    expect(consumer).toMatchObject({
      kind: 'letter',
      // The term counts from the day the letter is sent: 2026-11-23 plus delivery plus 14 days.
      letter: { step: { code: 'veertiendagenbrief' }, letterKind: 'fourteen_day_letter', costsCents: 15_000 },
    });
    expect(consumer.kind === 'letter' && consumer.letter.termEndsOn! > '2026-12-07').toBe(true);
    expect(consumer.kind === 'letter' && consumer.letter.interest).toBeNull();
    const company = plan({ interestTable: FIXTURE_INTEREST_TABLE });
    expect(company).toMatchObject({
      kind: 'letter',
      letter: {
        step: { code: 'ingebrekestelling' },
        letterKind: 'default_notice',
        termEndsOn: null,
        // From 2026-09-02 up to 2026-11-23, 82 days: 1,000 x 10.15% x 82/365 = 22.80.
        interest: { kind: 'commercial', upTo: '2026-11-23', totalCents: 2_280, basisPoints: 1015 },
      },
    });
  });

  it('sends a notice of default past the known rates without an interest amount, and says why', () => {
    const company = plan();
    expect(company).toMatchObject({
      kind: 'letter',
      letter: { letterKind: 'default_notice', interest: null },
      notes: [
        expect.stringMatching(
          /states no interest amount.*known for 2022-01-01 to 2026-06-30.*COLLECTIONS_RATES_FILE/,
        ),
      ],
    });
  });

  it('holds the step after a 14-day letter until its term passed, and never sends for a dispute', () => {
    const afterLetter = { ...invoice, lastStepCode: 'veertiendagenbrief', lastStepSentOn: '2026-11-16' };
    const early = plan({ invoices: [afterLetter], stepCode: 'incassobureau', debtorKind: 'consumer' });
    expect(early).toMatchObject({ kind: 'blocked', reason: expect.stringContaining('14-day term') });
    const later = plan({
      invoices: [afterLetter],
      stepCode: 'incassobureau',
      debtorKind: 'consumer',
      today: '2026-12-14',
    });
    expect(later.kind === 'letter' && later.letter.step.code).toBe('incassobureau');
    const disputed = plan({ invoices: [{ ...invoice, status: 'disputed' }] });
    expect(disputed).toMatchObject({ kind: 'blocked', reason: expect.stringContaining('in dispute') });
  });

  it('sends the owed step only: an invoice paid or moved on meanwhile is left out, and none left blocks it', () => {
    const paid = { ...invoice, id: 'i2', number: 'INV-2', status: 'paid' as const, openCents: 0 };
    const moved = { ...invoice, id: 'i3', number: 'INV-3', lastStepCode: 'ingebrekestelling' };
    const owed = plan({ invoices: [invoice, paid, moved], interestTable: FIXTURE_INTEREST_TABLE });
    expect(owed.kind === 'letter' && owed.letter.invoices.map((i) => i.id)).toEqual(['i1']);
    expect(owed.kind === 'letter' && owed.skipped).toEqual([
      'INV-2: settled',
      expect.stringMatching(/^INV-3: its next step is /),
    ]);
    expect(plan({ invoices: [paid, moved] })).toMatchObject({
      kind: 'blocked',
      reason: expect.stringMatching(/^nothing to send: INV-2: settled; INV-3/),
    });
  });
});
