import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../prisma/open-database.ts';
import { runCliInProcess } from '../../support/run-cli-in-process.ts';
import { createTestTarget, withDatabase } from '../../support/test-database.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/ledger');
const EXACT = path.join(FIXTURES, 'exact-online-openstaande-posten.csv');

describe('collections import of an accounting export, with --dry-run first (the real CLI command, in-process)', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  const inDb = <T>(work: (db: Database) => Promise<T>) => withDatabase(target.target, work);

  /** The real CLI command, in-process, against this test's database. */
  const run = (argv: string[]) => runCliInProcess(argv, target.env);

  const counts = () =>
    inDb(async (db) => ({
      debtors: await db.prisma.debtor.count(),
      invoices: await db.prisma.invoice.count(),
      contacts: await db.prisma.contact.count(),
      audit: await db.prisma.auditEvent.count(),
    }));

  /** The Exact export as a later day would give it: bytes in Windows-1252 like the original. */
  function laterExport(): string {
    const text = new TextDecoder('windows-1252')
      .decode(readFileSync(EXACT))
      .replace('12.500,00;12.500,00', '12.500,00;0,00')
      .replace('980,00;980,00', '980,00;500,00')
      .concat('1004;Nieuw B.V.;26000160;10-03-2026;09-04-2026;75,00;75,00;EUR;;\r\n');
    const bytes = Uint8Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0)));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'exact-')), 'later.csv');
    writeFileSync(file, bytes);
    return file;
  }

  beforeAll(async () => {
    target = await createTestTarget();
    // PostgreSQL (DATABASE_URL) is migrated by a person, the embedded database by the command.
    expect((await run(['db', 'migrate'])).code).toBe(0);
  });
  afterAll(async () => {
    await target?.drop();
  });

  it('shows what a first import would create and writes nothing; then imports it', async () => {
    const dry = await run(['import', EXACT, '--debtor-kind', 'company', '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('nothing was written');
    expect(dry.stdout).toContain('Debtors: 3 new, 0 changed, 0 unchanged.');
    expect(dry.stdout).toContain('Invoices: 4 new, 0 changed (0 of them paid, 0 reopened), 0 unchanged.');
    expect(dry.stdout).toContain("  1001 Café 't Hoekje V.O.F.");
    expect(dry.stdout).toContain('  26000114 (1001, due 2026-03-02, open 12500.00 of 12500.00)');
    expect(await counts()).toEqual({ debtors: 0, invoices: 0, contacts: 0, audit: 0 });

    const real = await run(['import', EXACT, '--debtor-kind', 'company']);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('3 debtors created');
    expect(await counts()).toMatchObject({ debtors: 3, invoices: 4, contacts: 2 });
  });

  it('shows what a later export changes and pays, and leaves the reminder it would cancel queued', async () => {
    const outboxId = await inDb(async (db) => {
      const invoice = await db.prisma.invoice.findUniqueOrThrow({ where: { number: '26000114' } });
      const message = await db.prisma.message.create({
        data: {
          channel: 'email',
          direction: 'outbound',
          externalId: '<dry-run-reminder@test>',
          debtorId: invoice.debtorId,
          invoiceId: invoice.id,
          rawText: 'reminder',
          kind: 'reminder',
          status: 'queued',
        },
      });
      const outbox = await db.prisma.emailOutbox.create({
        data: {
          idempotencyKey: 'dry-run-reminder',
          messageId: message.id,
          debtorId: invoice.debtorId,
          template: 'reminder',
          payload: { mail: {}, dunning: { invoiceIds: [invoice.id], stepCode: 'reminder' } },
        },
      });
      return outbox.id;
    });
    const before = await counts();
    const file = laterExport();
    const dry = await run(['import', file, '--debtor-kind', 'company', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Debtors: 1 new, 0 changed, 3 unchanged.');
    expect(dry.stdout).toContain('Invoices: 1 new, 2 changed (1 of them paid, 0 reopened), 2 unchanged.');
    expect(dry.stdout).toContain('  26000114: open 12500.00 → 0.00, open → paid');
    expect(dry.stdout).toContain('  26000140: open 980.00 → 500.00');
    expect(dry.stdout).toContain('Paid by this import (dunning would stop):\n  26000114 (was 12500.00 open)');
    expect(await counts()).toEqual(before);
    await inDb(async (db) => {
      expect(await db.prisma.invoice.findUniqueOrThrow({ where: { number: '26000114' } })).toMatchObject({
        openCents: 1_250_000,
        status: 'open',
      });
      expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } })).status).toBe(
        'pending',
      );
    });

    const real = await run(['import', file, '--debtor-kind', 'company']);
    expect(real.code).toBe(0);
    await inDb(async (db) => {
      expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: outboxId } })).status).toBe(
        'cancelled',
      );
      expect(await db.prisma.invoice.findUniqueOrThrow({ where: { number: '26000140' } })).toMatchObject({
        openCents: 50_000,
      });
    });
  });

  it('a bad export names the line and column and writes nothing, also not with --dry-run', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bad-')), 'bad.csv');
    writeFileSync(
      file,
      'Code;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag\n9;Fout B.V.;26009999;31-03-2026;30-04-2026;12,5O\n',
    );
    const before = await counts();
    for (const dryRun of [[], ['--dry-run']]) {
      const result = await run(['import', file, '--debtor-kind', 'company', ...dryRun]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('line 2: column amount ("Bedrag"): "12,5O" is not an amount like');
      expect(result.stderr).toContain('nothing was imported');
    }
    expect(await counts()).toEqual(before);
  });
});
