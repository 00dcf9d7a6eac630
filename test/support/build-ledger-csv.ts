import { LEDGER_COLUMNS } from '../../bot/ledger/ledger-row.ts';
import { addDays, type IsoDate } from '../../domain/model/iso-date.ts';

/**
 * A realistic ledger export as `collections import` reads it, the same for the same seed and
 * day: `invoices` rows, 10 invoices per debtor on average but skewed (a few large customers,
 * a long tail), 30 % consumers, issue dates over the last 400 days, terms of 14 (consumers) or
 * 30 days (some companies 60), amounts from a few euros to tens of thousands. The older an
 * invoice, the likelier it is paid; some are partly paid; what is left is overdue by every age.
 */
export function buildLedgerCsv({
  invoices,
  today,
  seed = 15,
}: {
  invoices: number;
  today: IsoDate;
  seed?: number;
}): string {
  const random = mulberry32(seed);
  const debtorCount = Math.max(1, Math.round(invoices / 10));
  const debtors = Array.from({ length: debtorCount }, (_, index) => {
    const consumer = random() < 0.3;
    const reference = `D${String(index + 1).padStart(6, '0')}`;
    const languageDraw = random();
    return {
      reference,
      name: consumer
        ? `${pick(random, FIRST)} ${pick(random, LAST)} (${reference})`
        : `${pick(random, LAST)} ${pick(random, TRADES)} ${pick(random, FORMS)} ${index + 1}`,
      kind: consumer ? 'consumer' : 'company',
      language: languageDraw < 0.7 ? 'nl' : languageDraw < 0.9 ? 'en' : languageDraw < 0.95 ? 'de' : 'fr',
      email: random() < 0.95 ? `ar-${reference.toLowerCase()}@example.com` : '',
      contact: random() < 0.6 ? pick(random, FIRST) : '',
      owner: !consumer && random() < 0.5 ? `U0${Math.floor(random() * 40)}` : '',
      terms: consumer ? 14 : random() < 0.15 ? 60 : 30,
    };
  });
  const lines = [LEDGER_COLUMNS.join(',')];
  for (let index = 0; index < invoices; index++) {
    // u² puts more invoices on the first debtors: the largest gets ~20x the smallest.
    const u = random();
    const debtor = debtors[Math.min(debtorCount - 1, Math.floor(u * u * debtorCount))]!;
    const issued = addDays(today, -Math.floor(random() * 400));
    const due = addDays(issued, debtor.terms);
    const overdue = Date.parse(today) - Date.parse(due);
    const age = overdue / 86_400_000;
    const amount = Math.max(250, Math.round(Math.exp(random() * 8.5 + 5.5)));
    const paidChance = age <= 0 ? 0.08 : age <= 30 ? 0.45 : age <= 90 ? 0.75 : 0.96;
    const draw = random();
    const open =
      draw < paidChance
        ? 0
        : draw < paidChance + (1 - paidChance) * 0.15
          ? Math.round(amount * (0.2 + random() * 0.6))
          : amount;
    lines.push(
      [
        debtor.reference,
        debtor.name,
        debtor.kind,
        debtor.language,
        debtor.email,
        debtor.contact,
        debtor.owner,
        `INV-${String(index + 1).padStart(7, '0')}`,
        issued,
        due,
        euros(amount),
        euros(open),
        'EUR',
        random() < 0.2 ? `PO-${Math.floor(random() * 1e6)}` : '',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const FIRST = [
  'Anna',
  'Bram',
  'Chantal',
  'Daan',
  'Eva',
  'Fleur',
  'Gijs',
  'Hanna',
  'Joost',
  'Lotte',
  'Mila',
  'Sem',
];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos'];
const TRADES = ['Bouw', 'Logistiek', 'Installatie', 'Advies', 'Techniek', 'Groothandel', 'Zorg', 'Media'];
const FORMS = ['B.V.', 'V.O.F.', 'Holding B.V.', 'N.V.'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function euros(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A small seeded generator (public domain, by Tommy Ettinger): the same seed, the same ledger. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
