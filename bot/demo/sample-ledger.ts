import { addDays, type IsoDate } from '../../domain/model/iso-date.ts';
import type { LedgerRow } from '../ledger/ledger-row.ts';

interface SampleDebtor {
  readonly reference: string;
  readonly name: string;
  readonly kind: 'company' | 'consumer';
  readonly language: 'nl' | 'en';
  readonly email: string;
  readonly contact: string;
  readonly owner: string | null;
  /** Invoices as [number suffix, amount in cents, days overdue (negative: not yet due), PO number]. */
  readonly invoices: readonly (readonly [string, number, number, string | null])[];
}

const DEBTORS: readonly SampleDebtor[] = [
  {
    reference: 'D-1001',
    name: 'Bakkerij Van Dijk B.V.',
    kind: 'company',
    language: 'nl',
    email: 'administratie@bakkerijvandijk.nl',
    contact: 'Marieke van Dijk',
    owner: 'sanne@example.com',
    invoices: [
      ['0141', 1_452_00, 12, null],
      ['0188', 387_50, -5, null],
    ],
  },
  {
    reference: 'D-1002',
    name: 'Northwind Logistics Ltd',
    kind: 'company',
    language: 'en',
    email: 'ap@northwind.example',
    contact: 'James Carter',
    owner: 'tom@example.com',
    invoices: [
      ['0102', 6_050_00, 41, null],
      ['0163', 2_420_00, 18, null],
    ],
  },
  {
    reference: 'D-1003',
    name: 'J. de Vries',
    kind: 'consumer',
    language: 'nl',
    email: 'jdevries@example.nl',
    contact: 'Jan de Vries',
    owner: null,
    invoices: [['0120', 895_00, 33, null]],
  },
  {
    reference: 'D-1004',
    name: 'Brightside Retail GmbH',
    kind: 'company',
    language: 'en',
    email: 'invoices@brightside.example',
    contact: 'Anna Weber',
    owner: 'tom@example.com',
    invoices: [
      ['0097', 12_870_00, 64, null],
      ['0171', 1_210_00, 9, null],
    ],
  },
  {
    reference: 'D-1005',
    name: 'Installatiebedrijf Smit',
    kind: 'company',
    language: 'nl',
    email: 'boekhouding@smit-installatie.nl',
    contact: 'Peter Smit',
    owner: 'sanne@example.com',
    invoices: [['0089', 3_267_00, 95, null]],
  },
  {
    reference: 'D-1006',
    name: 'Emily Clarke',
    kind: 'consumer',
    language: 'en',
    email: 'emily.clarke@example.com',
    contact: 'Emily Clarke',
    owner: null,
    invoices: [['0150', 249_00, 22, null]],
  },
  {
    reference: 'D-1007',
    name: 'Groenrijk Hoveniers',
    kind: 'company',
    language: 'nl',
    email: 'info@groenrijk.example',
    contact: 'Kees Groen',
    owner: 'sanne@example.com',
    invoices: [['0133', 4_840_00, 27, null]],
  },
  {
    reference: 'D-1008',
    name: 'Harbour Street Dental',
    kind: 'company',
    language: 'en',
    email: 'office@harbourdental.example',
    contact: 'Dr. Sam Patel',
    owner: 'tom@example.com',
    invoices: [
      ['0175', 726_00, 3, null],
      ['0190', 1_815_00, -12, null],
    ],
  },
];

/** The demo ledger, with dates relative to `today` so the aging table always shows every bucket. */
export function buildSampleLedger(today: IsoDate): LedgerRow[] {
  return DEBTORS.flatMap((debtor) =>
    debtor.invoices.map(([suffix, cents, overdue, po]) => {
      const dueDate = addDays(today, -overdue);
      return {
        debtor_reference: debtor.reference,
        debtor_name: debtor.name,
        debtor_kind: debtor.kind,
        language: debtor.language,
        contact_email: debtor.email,
        contact_name: debtor.contact,
        account_owner: debtor.owner,
        invoice_number: `DEMO-2026-${suffix}`,
        issue_date: addDays(dueDate, -30),
        due_date: dueDate,
        amount: cents,
        open_amount: cents,
        currency: 'EUR',
        po_number: po,
        dunning_step: null,
        last_dunning_date: null,
        address_street: null,
        address_postal_code: null,
        address_city: null,
        address_country: null,
      };
    }),
  );
}
