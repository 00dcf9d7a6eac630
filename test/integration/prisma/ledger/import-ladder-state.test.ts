import { describe, expect, it } from 'vitest';
import { readLedgerCsv } from '../../../../bot/ledger/read-ledger-csv.ts';
import { dueDunningSteps } from '../../../../domain/dunning/due-dunning-steps.ts';
import { DEFAULT_POLICY } from '../../../../domain/policy/collections-policy.ts';
import { loadDunningCandidates } from '../../../../prisma/dunning/load-dunning-candidates.ts';
import { importLedger } from '../../../../prisma/ledger/import-ledger.ts';
import { useTestDatabase } from '../../../support/use-test-database.ts';

// A ledger that says where the ladder stands: the debtor at the aanmaning continues with the
// notice of default, not the first reminder; a later import never moves a state back.
// PGlite; PostgreSQL with DATABASE_URL.
const HEADER =
  'debtor_reference,debtor_name,debtor_kind,invoice_number,issue_date,due_date,amount,dunning_step,last_dunning_date';

describe('importLedger: dunning_step and last_dunning_date', () => {
  const db = useTestDatabase();

  const importCsv = (lines: string[]) =>
    importLedger({ prisma: db.prisma, rows: readLedgerCsv([HEADER, ...lines].join('\n'), 'ledger.csv') });
  const stateOf = (number: string) => db.prisma.dunningState.findFirst({ where: { invoice: { number } } });

  it('continues the ladder from the imported step', async () => {
    const result = await importCsv([
      'D1,Bakkerij Jansen,company,F-1,2026-08-01,2026-08-31,1200.00,aanmaning,2026-10-29',
      'D2,Smit,consumer,F-2,2026-08-01,2026-08-31,80.00,,',
    ]);
    expect(result.ladderStatesSet).toBe(1);
    expect(await stateOf('F-1')).toMatchObject({ step: 2, stepCode: 'aanmaning' });
    expect(await stateOf('F-2')).toBeNull();
    const today = '2026-11-23';
    const candidates = await loadDunningCandidates({ db: db.sql, today, policy: DEFAULT_POLICY });
    const letters = Object.fromEntries(
      candidates.map((debtor) => [
        debtor.name,
        dueDunningSteps({
          ...debtor,
          debtor: { kind: debtor.kind },
          today,
          policy: DEFAULT_POLICY,
        }).letters.map((letter) => letter.step.code),
      ]),
    );
    expect(letters).toEqual({ 'Bakkerij Jansen': ['ingebrekestelling'], Smit: ['reminder_1'] });
    const [jansen] = candidates.filter((debtor) => debtor.name === 'Bakkerij Jansen');
    expect(jansen?.states).toEqual([
      { invoiceId: expect.any(String), lastStepCode: 'aanmaning', lastStepSentOn: '2026-10-29' },
    ]);
  });

  it('moves a state forward on a later day, never back', async () => {
    const back = await importCsv([
      'D1,Bakkerij Jansen,company,F-1,2026-08-01,2026-08-31,1200.00,reminder_2,2026-10-15',
    ]);
    expect(back.ladderStatesSet).toBe(0);
    expect(await stateOf('F-1')).toMatchObject({ stepCode: 'aanmaning' });
    const forward = await importCsv([
      'D1,Bakkerij Jansen,company,F-1,2026-08-01,2026-08-31,1200.00,ingebrekestelling,2026-11-12',
    ]);
    expect(forward.ladderStatesSet).toBe(1);
    expect(await stateOf('F-1')).toMatchObject({ step: 3, stepCode: 'ingebrekestelling' });
  });
});
