// npm run bench:books — bank statements against a large ledger on a real database (PGlite by
// default; PostgreSQL with DATABASE_URL): BENCH_BOOKS_INVOICES open invoices (100,000), and
// BENCH_BOOKS_ENTRIES incoming transfers (10,000) in CAMT.053 files of BENCH_BOOKS_PER_FILE
// entries, imported through the real command path (parse, match, record, effects). Every
// transfer is generated with the truth of what it pays, so the bench counts wrong automatic
// matches, not just matches. The mix: exact references, numbers written with spaces or in lower
// case, batches of two or three invoices, part payments, a second transfer without a reference
// from an account used before, typos, and money that belongs to nobody.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importBankFiles } from '../bot/payments/import-bank-files.ts';
import { openDatabase } from '../prisma/open-database.ts';
import { buildCamt053, type CamtEntrySpec } from '../test/support/build-camt053.ts';
import { createTestTarget } from '../test/support/test-database.ts';

const INVOICES = Number(process.env.BENCH_BOOKS_INVOICES ?? 100_000);
const ENTRIES = Number(process.env.BENCH_BOOKS_ENTRIES ?? 10_000);
const PER_FILE = Number(process.env.BENCH_BOOKS_PER_FILE ?? 1_000);
const INVOICES_PER_DEBTOR = 5;
const ACCOUNT = 'NL91ABNA0417164300';

// A fixed pseudo-random sequence: every run generates the same statements.
let seed = 20261205;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;

const number = (i: number) => `F-2026-${String(i).padStart(6, '0')}`;
const openCentsOf = (i: number) => 5_000 + ((i * 7_919) % 500_000);
const debtorOf = (i: number) => Math.floor(i / INVOICES_PER_DEBTOR);
const ibanOf = (debtor: number) =>
  `NL${String(10 + (debtor % 89)).padStart(2, '0')}BANK${String(debtor).padStart(10, '0')}`;
const euros = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const { target, drop } = await createTestTarget();
const dir = mkdtempSync(path.join(tmpdir(), 'bench-books-'));
try {
  const seedStart = performance.now();
  {
    const db = await openDatabase({ target, migrate: true });
    await db.sql.$queryRawUnsafe(
      `INSERT INTO debtor (id, reference, name, kind, updated_at)
       SELECT gen_random_uuid(), 'D' || d, 'Debtor ' || d || ' Trading B.V.', 'company', now()
       FROM generate_series(0, $1::int - 1) AS d`,
      Math.ceil(INVOICES / INVOICES_PER_DEBTOR),
    );
    await db.sql.$queryRawUnsafe(
      `INSERT INTO invoice (id, number, debtor_id, amount_cents, open_cents, issue_date, due_date, updated_at)
       SELECT gen_random_uuid(), 'F-2026-' || lpad(i::text, 6, '0'), d.id,
              5000 + ((i * 7919) % 500000), 5000 + ((i * 7919) % 500000),
              DATE '2026-01-01' + (i % 300), DATE '2026-01-31' + (i % 300), now()
       FROM generate_series(0, $1::int - 1) AS i
       JOIN debtor d ON d.reference = 'D' || (i / ${INVOICES_PER_DEBTOR})`,
      INVOICES,
    );
    await db.close();
  }
  const seedMs = performance.now() - seedStart;

  // The truth: which invoices each transfer pays (empty: it belongs to no one, or a person must look).
  const truth = new Map<string, { kind: string; invoices: number[]; suggest?: number }>();
  const specs: CamtEntrySpec[] = [];
  const used = new Set<number>();
  const paidFrom = new Map<number, number[]>(); // debtor → invoices still open and untouched
  const fresh = () => {
    for (;;) {
      const i = Math.floor(random() * INVOICES);
      if (!used.has(i)) {
        used.add(i);
        return i;
      }
    }
  };
  for (let e = 0; e < ENTRIES; e++) {
    const ref = `E${String(e).padStart(6, '0')}`;
    const roll = random();
    const add = (kind: string, invoices: number[], spec: Omit<CamtEntrySpec, 'ref'>, suggest?: number) => {
      truth.set(ref, { kind, invoices, ...(suggest === undefined ? {} : { suggest }) });
      specs.push({ ref, ...spec });
    };
    if (roll < 0.35) {
      const i = fresh();
      add('reference', [i], {
        amount: euros(openCentsOf(i)),
        structured: number(i),
        iban: ibanOf(debtorOf(i)),
        name: `DEBTOR ${debtorOf(i)} TRADING`,
      });
      paidFrom.set(debtorOf(i), [...(paidFrom.get(debtorOf(i)) ?? [])]);
    } else if (roll < 0.55) {
      const i = fresh();
      const written = pick([
        number(i),
        number(i).toLowerCase(),
        number(i).replace(/-/g, ' '),
        `factuur ${number(i).replace('F-', 'F')}`,
      ]);
      add('number in text', [i], {
        amount: euros(openCentsOf(i)),
        ustrd: [`betaling ${written}`],
        iban: ibanOf(debtorOf(i)),
      });
    } else if (roll < 0.65) {
      const first = fresh();
      const base = first - (first % INVOICES_PER_DEBTOR);
      const batch = [
        first,
        ...[base, base + 1, base + 2, base + 3, base + 4]
          .filter((i) => i !== first && i < INVOICES && !used.has(i))
          .slice(0, 2),
      ];
      for (const i of batch) used.add(i);
      const total = batch.reduce((sum, i) => sum + openCentsOf(i), 0);
      add('batch', batch, {
        amount: euros(total),
        ustrd: [`facturen ${batch.map(number).join(', ')}`],
        iban: ibanOf(debtorOf(first)),
      });
    } else if (roll < 0.75) {
      const i = fresh();
      add('part payment', [i], {
        amount: euros(Math.floor(openCentsOf(i) / 2)),
        ustrd: [`${number(i)} deel 1`],
        iban: ibanOf(debtorOf(i)),
      });
    } else if (roll < 0.85) {
      // A debtor that paid before pays another invoice without a reference: the account is known
      // only if the earlier transfer came first and was applied.
      const known = [...paidFrom.keys()];
      if (known.length === 0) {
        e--;
        continue;
      }
      const debtor = pick(known);
      const candidates = [0, 1, 2, 3, 4]
        .map((k) => debtor * INVOICES_PER_DEBTOR + k)
        .filter((i) => !used.has(i) && i < INVOICES);
      if (candidates.length === 0) {
        e--;
        continue;
      }
      const i = pick(candidates);
      used.add(i);
      add('known account', [i], {
        amount: euros(openCentsOf(i)),
        ustrd: ['zie factuur'],
        iban: ibanOf(debtor),
      });
    } else if (roll < 0.95) {
      const i = fresh();
      // A letter O for a zero: a number that exists nowhere, so only a person can place it.
      const typo = number(i).replace(/-0/, '-O');
      add(
        'typo',
        [],
        {
          amount: euros(openCentsOf(i)),
          ustrd: [typo === number(i) ? `${number(i)}X` : typo],
          name: `Debtor ${debtorOf(i)} Trading`,
          iban: `DE89370400440532${String(e).padStart(6, '0')}`,
        },
        i,
      );
    } else {
      add('nobody', [], {
        amount: euros(1_000 + Math.floor(random() * 100_000)),
        ustrd: ['donatie'],
        iban: `BE68539007547${String(e).padStart(3, '0')}`,
      });
    }
  }
  const files: string[] = [];
  for (let f = 0; f * PER_FILE < specs.length; f++) {
    const where = path.join(dir, `statement-${f + 1}.xml`);
    writeFileSync(
      where,
      buildCamt053({
        version: '08',
        account: ACCOUNT,
        statementId: `BENCH-${f + 1}`,
        entries: specs.slice(f * PER_FILE, (f + 1) * PER_FILE),
      }),
    );
    files.push(where);
  }

  const db = await openDatabase({ target, migrate: false });
  try {
    const start = performance.now();
    const results = await importBankFiles({ prisma: db.prisma, files });
    const importMs = performance.now() - start;
    const entries = results.flatMap((r) => r.entries);
    // Which invoices each transfer was applied to, read back from the database.
    const applied = await db.prisma.payment.findMany({
      where: { source: 'bank', invoiceId: { not: null } },
      select: { externalId: true, invoice: { select: { number: true } } },
    });
    const appliedBy = new Map<string, Set<string>>();
    for (const row of applied) {
      const ref = /:(E\d{6})(?:#|$)/.exec(row.externalId ?? '')?.[1] ?? '?';
      const set = appliedBy.get(ref) ?? new Set();
      set.add(row.invoice!.number);
      appliedBy.set(ref, set);
    }
    let wrong = 0;
    const byKind = new Map<string, { total: number; applied: number }>();
    for (const [ref, expected] of truth) {
      const got = appliedBy.get(ref) ?? new Set();
      const want = new Set(expected.invoices.map(number));
      if ([...got].some((n) => !want.has(n))) wrong += 1;
      const k = byKind.get(expected.kind) ?? { total: 0, applied: 0 };
      k.total += 1;
      if (got.size > 0) k.applied += 1;
      byKind.set(expected.kind, k);
    }
    // A typo is never applied; what helps the person is whether the right invoice is among the
    // candidates the review shows (same amount, a name alike).
    const byRef = new Map<string, (typeof entries)[number]>();
    for (const [k, x] of entries.entries()) byRef.set(specs[k]?.ref ?? '?', x);
    const typos = [...truth.entries()].filter(([, t]) => t.suggest !== undefined);
    const suggested = typos.filter(([ref, t]) =>
      byRef.get(ref)?.candidates.some((c) => c.number === number(t.suggest!)),
    ).length;
    const matchable = [...truth.values()].filter((t) => t.invoices.length > 0).length;
    const matched = [...truth.entries()].filter(
      ([ref, t]) => t.invoices.length > 0 && appliedBy.has(ref),
    ).length;
    console.log(
      JSON.stringify(
        {
          database: target.kind,
          invoices: INVOICES,
          entries: entries.length,
          files: files.length,
          seedSeconds: Math.round(seedMs / 100) / 10,
          importSeconds: Math.round(importMs / 100) / 10,
          entriesPerSecond: Math.round((entries.length / importMs) * 1000),
          applied: entries.filter((x) => x.outcome === 'applied').length,
          needsReview: entries.filter((x) => x.outcome === 'needs_review').length,
          matchRate: Math.round((matched / matchable) * 1000) / 10,
          wrongAutomaticMatches: wrong,
          typosWithTheRightCandidate: `${suggested} of ${typos.length}`,
          byKind: Object.fromEntries(byKind),
        },
        null,
        2,
      ),
    );
    if (wrong > 0) process.exitCode = 1;
  } finally {
    await db.close();
  }
} finally {
  await drop();
}
