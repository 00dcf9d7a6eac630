import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoneybirdSource } from '../../../channels/ledger/moneybird/create-moneybird-source.ts';
import { AppError } from '../../../domain/errors/app-error.ts';
import type { LedgerPage } from '../../../domain/ledger/ledger-source.ts';
import { type FakeMoneybird, startMoneybirdServer } from '../../support/start-moneybird-server.ts';

describe('the Moneybird adapter against its API on loopback', () => {
  let moneybird: FakeMoneybird;
  const waits: number[] = [];
  const logs: string[] = [];
  let token: () => Promise<string>;
  const source = () =>
    createMoneybirdSource({
      connection: {
        baseUrl: `${moneybird.url}/api/v2`,
        administrationId: moneybird.administrationId,
        getToken: () => token(),
      },
      transport: {
        sleep: async (ms) => {
          waits.push(ms);
        },
        log: (line) => logs.push(line),
      },
    });
  const read = async (cursor: string | null) => {
    const pages: LedgerPage[] = [];
    for await (const page of source().readChanges({ cursor })) pages.push(page);
    return pages;
  };
  const last = (pages: readonly LedgerPage[], cursor: string | null) => pages.at(-1)?.cursor ?? cursor;

  beforeAll(async () => {
    moneybird = await startMoneybirdServer();
    token = async () => moneybird.token;
  });
  afterAll(async () => {
    await moneybird?.close();
  });

  it('reads in pages of 100, waits out a 429, retries a failed page, leaves drafts out, maps a credit invoice as a credit note on the invoice it credits, reports a deletion', async () => {
    const { contact, invoice: first } = moneybird.addContactWithInvoice(
      { customer_id: 'K-1', company_name: 'Klant BV', email: 'ap@klant.example' },
      { invoice_id: 'F-000', total: '100.00' },
    );
    for (let i = 1; i <= 120; i++)
      moneybird.addInvoice({
        contact_id: contact.id,
        invoice_id: `F-${String(i).padStart(3, '0')}`,
        total: '1.00',
      });
    moneybird.addInvoice({ contact_id: contact.id, invoice_id: null, total: '5.00' });
    moneybird.rateLimit(1, 2);
    moneybird.failOncePost('sales_invoices');

    const pages = await read(null);
    expect(waits[0]).toBe(2_000);
    expect(waits).toHaveLength(2);
    expect(pages.map((p) => [p.debtors.length, p.invoices.length])).toEqual([
      [1, 0],
      [1, 100],
      [1, 21],
    ]);
    expect(pages[0]!.debtors[0]).toMatchObject({ reference: 'K-1', name: 'Klant BV', kind: 'company' });
    expect(pages[1]!.invoices[0]).toMatchObject({
      number: 'F-000',
      amountCents: 10_000,
      openCents: 10_000,
      state: 'open',
    });
    const cursor = last(pages, null);

    // A credit invoice for F-000 (which is not read again in its page) and F-005 deleted.
    moneybird.credit(first.id, 'C-1', '30.00', '2026-12-02');
    moneybird.remove([...moneybird.invoices.values()].find((i) => i.invoice_id === 'F-005')!.id);
    const next = await read(cursor);
    const notes = next.flatMap((p) => p.creditNotes);
    expect(notes).toEqual([
      {
        externalId: expect.any(String),
        debtorReference: 'K-1',
        invoiceNumber: 'F-000',
        amountCents: 3_000,
        date: '2026-12-02',
      },
    ]);
    expect(next.flatMap((p) => p.deletedInvoiceNumbers)).toEqual(['F-005']);
    // Moneybird settles F-000 with the credit invoice as a "payment": not money, left out.
    expect(next.flatMap((p) => p.payments)).toEqual([]);
    expect(next.flatMap((p) => p.invoices).find((i) => i.number === 'F-000')).toMatchObject({
      openCents: 7_000,
    });

    // Nothing changed: only the last record is read again (its version is the cursor's).
    const posts = moneybird.requests.filter((r) => r.startsWith('POST')).length;
    const quiet = await read(last(next, cursor));
    expect(quiet.flatMap((p) => p.deletedInvoiceNumbers)).toEqual([]);
    expect(moneybird.requests.filter((r) => r.startsWith('POST')).length - posts).toBeLessThanOrEqual(2);
  });

  it('a token that expires mid-sync is asked for again once; a refused one is an AppError that names what to do', async () => {
    let calls = 0;
    const fresh = 'mb-token-after-rotation-11111111';
    const old = moneybird.token;
    // The token store hands out the old token once more, then the one it rotated to.
    token = async () => {
      calls += 1;
      return calls === 1 ? old : fresh;
    };
    moneybird.token = fresh;
    await read(null);
    expect(logs.join('\n')).toContain('answered 401; asking for the token again once');

    token = async () => 'mb-revoked-token-2222222222';
    const refused = await read(null).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('UNAUTHORIZED');
    expect((refused as AppError).message).toContain('set MONEYBIRD_TOKEN');
    expect((refused as AppError).message).not.toContain('mb-revoked-token');
    expect(logs.join('\n')).not.toContain('mb-');
    moneybird.token = old;
    token = async () => moneybird.token;
  });

  it('a wrong administration is a setting to fix, not a retry', async () => {
    const wrong = createMoneybirdSource({
      connection: {
        baseUrl: `${moneybird.url}/api/v2`,
        administrationId: '999',
        getToken: async () => moneybird.token,
      },
    });
    const error = await (async () => {
      for await (const _ of wrong.readChanges({ cursor: null })) {
        // nothing
      }
    })().catch((e: unknown) => e);
    expect((error as AppError).code).toBe('CONFIG_INVALID');
    expect((error as AppError).message).toContain('MONEYBIRD_ADMINISTRATION_ID');
  });
});
