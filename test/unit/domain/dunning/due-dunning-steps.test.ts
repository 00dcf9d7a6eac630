import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../../../domain/calendar/is-business-day.ts';
import { dueDunningSteps } from '../../../../domain/dunning/due-dunning-steps.ts';
import type { DunningInvoice, DunningPause, DunningState } from '../../../../domain/dunning/dunning-types.ts';
import { computeFourteenDayTerm } from '../../../../domain/law/compute-fourteen-day-term.ts';
import type { DebtorKind } from '../../../../domain/model/debtor.ts';
import type { InvoiceStatus } from '../../../../domain/model/invoice.ts';
import { addDays, amsterdamDate } from '../../../../domain/model/iso-date.ts';
import { type CollectionsPolicy, DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';

/** The default policy with each step's approval set by code (the rest as the default says). */
const withApproval = (approvals: Record<string, string | undefined>): CollectionsPolicy => ({
  ...DEFAULT_POLICY,
  ladder: {
    ...DEFAULT_POLICY.ladder,
    steps: DEFAULT_POLICY.ladder.steps.map((step) =>
      step.code in approvals ? { ...step, approval: approvals[step.code] } : step,
    ),
  },
});

const invoice = (overrides: Partial<DunningInvoice> = {}): DunningInvoice => ({
  id: 'inv-1',
  number: '2026-0042',
  openCents: 120_000,
  currency: 'EUR',
  dueDate: '2026-10-15',
  status: 'open',
  ...overrides,
});

const run = (
  today: string,
  options: {
    invoices?: DunningInvoice[];
    states?: DunningState[];
    pauses?: DunningPause[];
    kind?: DebtorKind;
    policy?: CollectionsPolicy;
  } = {},
) =>
  dueDunningSteps({
    invoices: options.invoices ?? [invoice()],
    states: options.states ?? [],
    pauses: options.pauses ?? [],
    debtor: { kind: options.kind ?? 'company' },
    today,
    policy: options.policy ?? DEFAULT_POLICY,
  });

/** Runs the ladder every day from `from` for `days`, "sending" every due letter; returns [code, date] sent. */
function simulate(
  kind: DebtorKind,
  dueDate: string,
  from: string,
  days: number,
  policy: CollectionsPolicy = DEFAULT_POLICY,
): [string, string][] {
  let state: DunningState = { invoiceId: 'inv-1', lastStepCode: null, lastStepSentOn: null };
  const sent: [string, string][] = [];
  for (let day = 0; day < days; day += 1) {
    const today = addDays(from, day);
    for (const letter of run(today, { invoices: [invoice({ dueDate })], states: [state], kind, policy })
      .letters) {
      sent.push([letter.step.code, today]);
      state = { invoiceId: 'inv-1', lastStepCode: letter.step.code, lastStepSentOn: today };
    }
  }
  return sent;
}

describe('dueDunningSteps', () => {
  it('sends the first reminder 3 days after the due date, no approval needed', () => {
    expect(run('2026-10-17').letters).toEqual([]); // Saturday 10-18 is day 3 -> moved to Monday 10-19
    const r = run('2026-10-19');
    expect(r.letters).toHaveLength(1);
    expect(r.letters[0]).toMatchObject({
      step: { code: 'reminder_1' },
      requiresApproval: false,
      costs: null,
      principalCents: 120_000,
    });
    expect(r.letters[0]?.invoices[0]?.scheduledOn).toBe('2026-10-19');
  });

  it('needs approval for every escalation and states WIK costs in the notice', () => {
    const r = run('2026-12-01', {
      states: [{ invoiceId: 'inv-1', lastStepCode: 'aanmaning', lastStepSentOn: '2026-11-16' }],
    });
    expect(r.letters[0]).toMatchObject({
      step: { code: 'ingebrekestelling' },
      requiresApproval: true,
      costs: { wikCents: 18_000 },
    });
  });

  it('caps the costs of a small claim at EUR 140 per six months with what earlier letters stated', () => {
    const small = invoice({ openCents: 2_500 });
    const states = [{ invoiceId: 'inv-1', lastStepCode: 'aanmaning', lastStepSentOn: '2026-11-16' }];
    const earlier = [
      { invoiceIds: ['old-1'], on: '2026-07-01', costsCents: 4_000 },
      { invoiceIds: ['old-2'], on: '2026-08-03', costsCents: 4_000 },
      { invoiceIds: ['old-3'], on: '2026-09-01', costsCents: 4_000 },
    ];
    const capped = dueDunningSteps({
      invoices: [small],
      states,
      pauses: [],
      debtor: { kind: 'company' },
      today: '2026-12-01',
      policy: DEFAULT_POLICY,
      statedCosts: earlier,
    });
    expect(capped.letters[0]?.costs).toMatchObject({
      wikCents: 2_000,
      smallClaimCap: { earlierCents: 12_000 },
    });
    expect(run('2026-12-01', { invoices: [small], states }).letters[0]?.costs?.wikCents).toBe(4_000);
  });

  it('a second letter in the same run counts the costs the first one states under the cap', () => {
    // A policy where the aanmaning states costs too: two letters stating costs for one debtor today.
    const policy: CollectionsPolicy = {
      ...DEFAULT_POLICY,
      ladder: {
        ...DEFAULT_POLICY.ladder,
        steps: DEFAULT_POLICY.ladder.steps.map((step) =>
          step.code === 'aanmaning' ? { ...step, statesCosts: true } : step,
        ),
      },
    };
    const earlier = [
      { invoiceIds: ['old-1'], on: '2026-07-01', costsCents: 4_000 },
      { invoiceIds: ['old-2'], on: '2026-08-03', costsCents: 4_000 },
      { invoiceIds: ['old-3'], on: '2026-09-01', costsCents: 4_000 },
    ];
    const { letters } = dueDunningSteps({
      invoices: [
        invoice({ openCents: 2_500 }),
        invoice({ id: 'inv-2', number: '2026-0043', openCents: 2_500 }),
      ],
      states: [
        { invoiceId: 'inv-1', lastStepCode: 'reminder_2', lastStepSentOn: '2026-11-16' },
        { invoiceId: 'inv-2', lastStepCode: 'aanmaning', lastStepSentOn: '2026-11-16' },
      ],
      pauses: [],
      debtor: { kind: 'company' },
      today: '2026-12-01',
      policy,
      statedCosts: earlier,
    });
    expect(letters.map((letter) => [letter.step.code, letter.costs?.wikCents])).toEqual([
      ['aanmaning', 2_000],
      ['ingebrekestelling', 0],
    ]);
    expect(letters[1]?.costs).toMatchObject({ smallClaimCap: { earlierCents: 14_000 } });
  });

  it('groups invoices per step into one letter and computes WIK on their sum', () => {
    const r = run('2026-10-19', {
      invoices: [
        invoice(),
        invoice({ id: 'inv-2', number: '2026-0043', openCents: 200_000, dueDate: '2026-10-14' }),
      ],
      states: [
        { invoiceId: 'inv-1', lastStepCode: 'aanmaning', lastStepSentOn: '2026-10-01' },
        { invoiceId: 'inv-2', lastStepCode: 'aanmaning', lastStepSentOn: '2026-10-01' },
      ],
    });
    expect(r.letters).toHaveLength(1);
    expect(r.letters[0]?.principalCents).toBe(320_000);
    expect(r.letters[0]?.costs?.wikCents).toBe(44_500); // 375 + 10% of 700 on the sum, not two minimums
  });

  it('never for paid, credited, disputed, planned or paused invoices', () => {
    const statuses: InvoiceStatus[] = ['paid', 'credited', 'written_off', 'disputed', 'planned'];
    for (const status of statuses)
      expect(run('2026-11-02', { invoices: [invoice({ status })] }).letters).toEqual([]);
    expect(run('2026-11-02', { invoices: [invoice({ status: 'disputed' })] }).held).toEqual([
      { invoiceId: 'inv-1', number: '2026-0042', reason: 'in dispute' },
    ]);
    const paused = run('2026-11-02', {
      pauses: [{ invoiceId: null, until: '2026-11-02', reason: 'promise to pay on 2026-10-30' }],
    });
    expect(paused.letters).toEqual([]);
    expect(paused.held[0]?.reason).toMatch(/paused until 2026-11-02/);
    expect(
      run('2026-11-03', { pauses: [{ invoiceId: 'inv-1', until: '2026-11-02', reason: 'x' }] }).letters,
    ).toHaveLength(1);
    expect(run('2026-11-02', { invoices: [invoice({ openCents: 300 })] }).letters).toEqual([]);
  });

  it('sends nothing on weekends or holidays and catches up on the next business day', () => {
    // Due Wednesday 2026-12-23: day 3 is Boxing Day -> Monday 12-28.
    const inv = [invoice({ dueDate: '2026-12-23' })];
    expect(run('2026-12-26', { invoices: inv }).letters).toEqual([]);
    expect(run('2026-12-27', { invoices: inv }).letters).toEqual([]);
    expect(run('2026-12-28', { invoices: inv }).letters).toHaveLength(1);
    // A missed run (server down) still sends on the next run.
    expect(run('2027-01-04', { invoices: inv }).letters).toHaveLength(1);
  });

  it('handles month and year ends: due 2026-12-29 -> 1 January is a holiday -> Monday 2027-01-04', () => {
    expect(simulate('company', '2026-12-29', '2026-12-29', 10)).toEqual([['reminder_1', '2027-01-04']]);
    expect(simulate('company', '2027-01-31', '2027-01-31', 10)).toEqual([['reminder_1', '2027-02-03']]);
    expect(simulate('company', '2028-02-28', '2028-02-28', 10)).toEqual([['reminder_1', '2028-03-02']]);
  });

  it('walks the whole company ladder on business days', () => {
    expect(simulate('company', '2026-10-15', '2026-10-15', 120)).toEqual([
      ['reminder_1', '2026-10-19'],
      ['reminder_2', '2026-11-02'],
      ['aanmaning', '2026-11-16'],
      ['ingebrekestelling', '2026-11-30'],
      ['incassobureau', '2026-12-14'],
    ]);
  });

  it('consumers: the 14-day letter comes before the agency, which waits until the term has passed', () => {
    const sent = simulate('consumer', '2026-10-15', '2026-10-15', 120);
    expect(sent.map(([code]) => code)).toEqual([
      'reminder_1',
      'reminder_2',
      'aanmaning',
      'veertiendagenbrief',
      'incassobureau',
    ]);
    const letterOn = sent[3]![1];
    const handoverOn = sent[4]![1];
    const term = computeFourteenDayTerm({ sentOn: letterOn, assumedDeliveryBusinessDays: 2 });
    expect(handoverOn >= term.costsChargeableFrom).toBe(true);
    // Sent Monday 11-30, received Wednesday 12-02, day 14 = Wednesday 12-16, costs from 12-17.
    expect([letterOn, term.costsChargeableFrom, handoverOn]).toEqual([
      '2026-11-30',
      '2026-12-17',
      '2026-12-17',
    ]);
    const letter = run('2026-11-30', {
      kind: 'consumer',
      states: [{ invoiceId: 'inv-1', lastStepCode: 'aanmaning', lastStepSentOn: '2026-11-16' }],
    }).letters[0];
    expect(letter).toMatchObject({
      step: { code: 'veertiendagenbrief' },
      requiresApproval: true,
      costs: { wikCents: 18_000 },
      fourteenDayTerm: { termEndsOn: '2026-12-16' },
    });
  });

  it('is correct across daylight saving changes when today comes from the Amsterdam clock', () => {
    // Last Sunday of March 2026 (29th): clocks go 02:00 -> 03:00. A reminder scheduled Monday 03-30.
    const inv = [invoice({ dueDate: '2026-03-27' })];
    const at = (instant: string) => run(amsterdamDate(new Date(instant)), { invoices: inv }).letters.length;
    expect(amsterdamDate(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30'); // 00:30 CEST, still the 29th in UTC
    expect(at('2026-03-29T21:59:00Z')).toBe(0); // 23:59 Sunday in Amsterdam
    expect(at('2026-03-29T22:00:00Z')).toBe(1); // 00:00 Monday in Amsterdam
    // Last Sunday of October 2026 (25th): clocks go 03:00 -> 02:00. Due Thursday 10-22, scheduled Monday 10-26.
    const oct = [invoice({ dueDate: '2026-10-22' })];
    const atOct = (instant: string) =>
      run(amsterdamDate(new Date(instant)), { invoices: oct }).letters.length;
    expect(atOct('2026-10-25T22:59:00Z')).toBe(0); // 23:59 CET Sunday
    expect(atOct('2026-10-25T23:00:00Z')).toBe(1); // 00:00 CET Monday
    expect(simulate('company', '2026-03-27', '2026-03-27', 40).map(([, d]) => d)).toEqual([
      '2026-03-30',
      '2026-04-13',
      '2026-04-28',
    ]); // 04-27 is King's Day;
  });

  it('never sends on a non-business day or for a non-open invoice (property)', () => {
    const statuses: InvoiceStatus[] = ['open', 'paid', 'credited', 'written_off', 'disputed', 'planned'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(...statuses),
        fc.constantFrom<DebtorKind>('company', 'consumer'),
        fc.option(fc.integer({ min: -1, max: DEFAULT_POLICY.ladder.steps.length - 1 })),
        (dueOffset, age, status, kind, stepIndex) => {
          const dueDate = addDays('2026-01-01', dueOffset);
          const today = addDays(dueDate, age);
          const step = stepIndex === null || stepIndex < 0 ? null : DEFAULT_POLICY.ladder.steps[stepIndex];
          const states =
            step && (step.appliesTo === 'all' || step.appliesTo === kind)
              ? [{ invoiceId: 'inv-1', lastStepCode: step.code, lastStepSentOn: addDays(dueDate, 1) }]
              : [];
          const r = run(today, { invoices: [invoice({ dueDate, status })], states, kind });
          if (r.letters.length > 0) {
            expect(status).toBe('open');
            expect(isBusinessDay(today)).toBe(true);
            expect(today > dueDate).toBe(true);
          }
        },
      ),
    );
  });

  describe('per-step approval', () => {
    const never = withApproval(
      Object.fromEntries(DEFAULT_POLICY.ladder.steps.map((step) => [step.code, 'never'])),
    );

    it("decides per letter from the step's approval and the letter's total", () => {
      const policy = withApproval({ reminder_2: 'never', aanmaning: 'above 100' });
      const at = (lastStepCode: string, invoices: DunningInvoice[]) =>
        run('2026-12-01', {
          invoices,
          states: invoices.map((i) => ({ invoiceId: i.id, lastStepCode, lastStepSentOn: '2026-11-16' })),
          policy,
        }).letters[0];
      expect(at('reminder_1', [invoice()])).toMatchObject({
        step: { code: 'reminder_2' },
        requiresApproval: false,
        letterKind: 'notice',
        approval: { rule: 'never' },
      });
      // Exactly EUR 100 goes out by itself; two invoices are one letter, judged on their sum.
      expect(at('reminder_2', [invoice({ openCents: 10_000 })])).toMatchObject({
        step: { code: 'aanmaning' },
        requiresApproval: false,
        approval: { rule: 'above €100.00' },
      });
      expect(
        at('reminder_2', [
          invoice({ openCents: 6_000 }),
          invoice({ id: 'inv-2', number: '2026-0043', openCents: 4_001 }),
        ]),
      ).toMatchObject({ step: { code: 'aanmaning' }, principalCents: 10_001, requiresApproval: true });
      // A step the policy leaves as it was keeps its approval.
      expect(at('aanmaning', [invoice()])).toMatchObject({
        step: { code: 'ingebrekestelling' },
        requiresApproval: true,
        letterKind: 'default_notice',
      });
    });

    it('"never" changes who sees a letter, not when it may go out: the 14-day term still holds', () => {
      for (const kind of ['company', 'consumer'] as const) {
        expect(simulate(kind, '2026-10-15', '2026-10-15', 120, never)).toEqual(
          simulate(kind, '2026-10-15', '2026-10-15', 120),
        );
      }
      const states = [
        { invoiceId: 'inv-1', lastStepCode: 'veertiendagenbrief', lastStepSentOn: '2026-11-30' },
      ];
      // The term of the letter sent 11-30 runs until 12-16: nothing before, the hand-over after.
      expect(run('2026-12-16', { kind: 'consumer', states, policy: never }).letters).toEqual([]);
      expect(run('2026-12-17', { kind: 'consumer', states, policy: never }).letters[0]).toMatchObject({
        step: { code: 'incassobureau' },
        requiresApproval: false,
        letterKind: 'handover',
      });
      const letter = run('2026-11-30', {
        kind: 'consumer',
        states: [{ invoiceId: 'inv-1', lastStepCode: 'aanmaning', lastStepSentOn: '2026-11-16' }],
        policy: never,
      }).letters[0];
      // The 14-day letter going out by itself still states the exact costs and starts its term.
      expect(letter).toMatchObject({
        step: { code: 'veertiendagenbrief' },
        requiresApproval: false,
        letterKind: 'fourteen_day_letter',
        costs: { wikCents: 18_000 },
        fourteenDayTerm: { termEndsOn: '2026-12-16' },
      });
    });

    it('without the setting a step behaves as before it existed', () => {
      const bare: CollectionsPolicy = {
        ...DEFAULT_POLICY,
        ladder: {
          ...DEFAULT_POLICY.ladder,
          steps: DEFAULT_POLICY.ladder.steps.map(({ approval: _, ...step }) => step),
        },
      };
      for (const kind of ['company', 'consumer'] as const) {
        let state: DunningState = { invoiceId: 'inv-1', lastStepCode: null, lastStepSentOn: null };
        const approvals: [string, boolean][] = [];
        for (let day = 0; day < 120; day += 1) {
          const today = addDays('2026-10-15', day);
          for (const letter of run(today, { states: [state], kind, policy: bare }).letters) {
            approvals.push([letter.step.code, letter.requiresApproval]);
            state = { invoiceId: 'inv-1', lastStepCode: letter.step.code, lastStepSentOn: today };
          }
        }
        expect(approvals[0]).toEqual(['reminder_1', false]);
        expect(approvals.slice(1).every(([, required]) => required)).toBe(true);
        expect(approvals).toHaveLength(5);
      }
    });
  });
});
