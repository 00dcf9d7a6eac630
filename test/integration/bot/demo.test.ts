import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../support/run-cli.ts';
import { createTestTarget } from '../../support/test-database.ts';

describe('collections demo', () => {
  let database: Awaited<ReturnType<typeof createTestTarget>>;
  beforeAll(async () => {
    database = await createTestTarget();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('migrates, loads the ledger, runs the replies through the pipeline and prints the summary', async () => {
    const first = await runCliProcess(['demo'], { env: database.env });
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('8 debtors, 12 invoices (12 new)');
    expect(first.stdout).toContain('8 processed now');
    // Each reply's row names the debtor, the reason and a proposed step from the policy.
    expect(first.stdout).toMatch(
      /Northwind Logistics Ltd\s+DEMO-2026-0102\s+dispute\s+\d\.\d\d\s+handoff_to_sales/,
    );
    expect(first.stdout).toMatch(/J\. de Vries\s+DEMO-2026-0120\s+liquidity\s+\d\.\d\d\s+offer_payment_plan/);
    expect(first.stdout).toMatch(/Groenrijk Hoveniers\s+DEMO-2026-0133\s+auto_reply/);
    expect(first.stdout).toContain('Aging of open invoices');
    expect(first.stdout).toMatch(
      /Total\s+2,202\.50\s+10,897\.00\s+6,945\.00\s+12,870\.00\s+3,267\.00\s+36,181\.50/,
    );

    const second = await runCliProcess(['demo'], { env: database.env });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('(0 new)');
    expect(second.stdout).toContain('0 processed now, 8 already stored');
    // Same summary, same totals: nothing was duplicated.
    expect(second.stdout).toMatch(
      /Total\s+2,202\.50\s+10,897\.00\s+6,945\.00\s+12,870\.00\s+3,267\.00\s+36,181\.50/,
    );
  });
});
