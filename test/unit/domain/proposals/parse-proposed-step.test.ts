import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../domain/errors/app-error.ts';
import { gateSenderAuthority } from '../../../../domain/proposals/gate-sender-authority.ts';
import { NEXT_STEP_ACTIONS } from '../../../../domain/proposals/next-step.ts';
import { parseProposedStep } from '../../../../domain/proposals/parse-proposed-step.ts';
import { proposeNextStep } from '../../../../domain/proposals/propose-next-step.ts';
import { REASON_CODES } from '../../../../domain/reasons.ts';
import { answerFromStanding } from '../../../../domain/standing/answer-from-standing.ts';
import { fakeProposedStep } from '../../../support/fake-proposal.ts';
import { createInvoice, createProposalInput } from '../policy/fake-proposal-input.ts';

/** What the database gives back: JSON, so undefined fields are gone. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('parseProposedStep', () => {
  it.each(NEXT_STEP_ACTIONS)('knows %s and parses the least its params may hold', (action) => {
    const step = fakeProposedStep(action);
    expect(parseProposedStep({ id: 'p1', action, params: stored(step.params) })).toEqual(stored(step));
  });

  it('refuses params that break the action schema, naming the proposal and the field', () => {
    const error = errorOf(() =>
      parseProposedStep({
        id: 'p-42',
        action: 'record_promise',
        params: { invoiceIds: ['i1'], amountCents: 5 },
      }),
    );
    expect(error.code).toBe('DATA_INVALID');
    expect(error.message).toMatch(/Proposal p-42 \(record_promise\)/);
    expect(error.message).toMatch(/params\.promisedDate/);
  });

  it('refuses a plan whose instalments do not add up', () => {
    const step = fakeProposedStep('offer_payment_plan');
    const broken = stored(step) as { params: { schedule: { totalCents: number } } };
    broken.params.schedule.totalCents += 1;
    expect(errorOf(() => parseProposedStep({ id: 'p2', ...step, params: broken.params })).message).toMatch(
      /params\.schedule: the instalments do not add up/,
    );
  });

  it('refuses an action the policy does not know', () => {
    expect(
      errorOf(() => parseProposedStep({ id: 'p3', action: 'send_dunning_step', params: { invoiceIds: [] } }))
        .message,
    ).toMatch(/action "send_dunning_step" is not one the policy knows/);
  });

  it('reads back every proposal the policy, the sender gate and the standing make, unchanged', () => {
    const entities = fc.record({
      dates: fc.array(
        fc.record({
          date: fc.constantFrom('2026-11-01', '2026-11-23', '2026-12-01', '2027-03-15'),
          text: fc.constant(''),
        }),
        { maxLength: 2 },
      ),
      amounts: fc.array(
        fc.record({
          cents: fc.integer({ min: 1, max: 500_000 }),
          currency: fc.constant('EUR' as const),
          text: fc.constant(''),
        }),
        { maxLength: 1 },
      ),
      poNumbers: fc.array(fc.constantFrom('PO-1', '4500012345'), { maxLength: 1 }),
      instalments: fc.array(
        fc.record({
          count: fc.option(fc.integer({ min: 1, max: 24 })),
          amountCents: fc.option(fc.integer({ min: 100, max: 200_000 })),
          period: fc.option(fc.constantFrom('week' as const, 'month' as const)),
          text: fc.constant(''),
        }),
        { maxLength: 1 },
      ),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...REASON_CODES, null),
        fc.constantFrom('reply' as const, 'auto_reply' as const, 'bounce' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        entities,
        fc.constantFrom('verified', 'unverified', 'standing'),
        (reason, kind, confidence, asksForPerson, brokenPromises, found, gate) => {
          const input = createProposalInput(reason, {
            understanding: { kind, confidence, asksForPerson },
            entities: found,
            invoices: [createInvoice(), createInvoice({ id: 'inv-2', number: 'F-2', openCents: 30_000 })],
          });
          let proposal = proposeNextStep({ ...input, history: { ...input.history, brokenPromises } });
          if (gate === 'unverified') {
            proposal = gateSenderAuthority({
              proposal,
              authority: 'unverified',
              from: 'x@y.nl',
              matchedBy: 'x',
            });
          }
          if (gate === 'standing') {
            proposal = answerFromStanding(proposal, {
              plan: null,
              pendingRequest: null,
              dispute: { id: 'd1', status: 'open', openedAt: '2026-11-01T10:00:00.000Z' },
            });
          }
          const step = { action: proposal.action, params: proposal.params };
          expect(parseProposedStep({ id: 'new', action: step.action, params: stored(step.params) })).toEqual(
            stored(step),
          );
        },
      ),
    );
  });
});
