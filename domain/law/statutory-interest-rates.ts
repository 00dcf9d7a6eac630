import type { IsoDate } from '../model/iso-date.ts';

/**
 * Dutch statutory interest rates as data. A row holds from its `from` date until the day before
 * the next row's `from`; the last row holds until `STATUTORY_INTEREST_KNOWN_UNTIL`, because rates
 * change on 1 January and 1 July and a rate we have not verified must not be assumed to continue.
 *
 * To add a period: append a row per kind with the new rate in basis points (11.15% = 1115) and a
 * source, and move KNOWN_UNTIL to the last day of that half year. Rates from before 2022 are not
 * in the table (they were 2% and 8% for years, but our sources start in 2022); ask for them
 * when a claim reaches that far back.
 */
export type StatutoryInterestKind = 'consumer' | 'commercial';

export interface StatutoryInterestRate {
  readonly kind: StatutoryInterestKind;
  readonly from: IsoDate;
  /** Yearly rate in basis points: 1050 is 10.50%. */
  readonly basisPoints: number;
  readonly source: string;
}

export const STATUTORY_INTEREST_KNOWN_UNTIL: IsoDate = '2025-06-30';

const ABENSLAG_2023 = 'https://abenslag.nl/wettelijke-handelsrente-per-1-januari-2023-fors-omhoog/';
const WATSONLAW_2023 = 'https://watsonlaw.nl/wettelijke-handelsrente-vanaf-1-juli-naar-12/';
const WIKIPEDIA_2024 = 'https://nl.wikipedia.org/wiki/Wettelijke_rente';
const METAALUNIE_2024 = 'https://mijn.metaalunie.nl/Advies/Detail/wettelijke-rente-per-1-juli-2024';
const DOMAIN_2025 =
  'shared/design/DOMAIN.md (rates from 2025-01-01); Staatscourant, Besluit vaststelling wettelijke rente';

/** Art. 6:119 BW: consumers and non-contractual claims. */
const CONSUMER: readonly StatutoryInterestRate[] = [
  { kind: 'consumer', from: '2022-01-01', basisPoints: 200, source: ABENSLAG_2023 },
  { kind: 'consumer', from: '2023-01-01', basisPoints: 400, source: ABENSLAG_2023 },
  { kind: 'consumer', from: '2023-07-01', basisPoints: 600, source: WATSONLAW_2023 },
  { kind: 'consumer', from: '2024-01-01', basisPoints: 700, source: WIKIPEDIA_2024 },
  { kind: 'consumer', from: '2024-07-01', basisPoints: 700, source: METAALUNIE_2024 },
  { kind: 'consumer', from: '2025-01-01', basisPoints: 600, source: DOMAIN_2025 },
];

/** Art. 6:119a BW: commercial transactions (ECB main refinancing rate + 8 points). */
const COMMERCIAL: readonly StatutoryInterestRate[] = [
  { kind: 'commercial', from: '2022-01-01', basisPoints: 800, source: WATSONLAW_2023 },
  // ECB main refinancing rate 2.50% on 1 January 2023 + 8 = 10.5%.
  { kind: 'commercial', from: '2023-01-01', basisPoints: 1050, source: ABENSLAG_2023 },
  { kind: 'commercial', from: '2023-07-01', basisPoints: 1200, source: WATSONLAW_2023 },
  { kind: 'commercial', from: '2024-01-01', basisPoints: 1250, source: WIKIPEDIA_2024 },
  { kind: 'commercial', from: '2024-07-01', basisPoints: 1225, source: METAALUNIE_2024 },
  { kind: 'commercial', from: '2025-01-01', basisPoints: 1115, source: DOMAIN_2025 },
];

export const STATUTORY_INTEREST_RATES: readonly StatutoryInterestRate[] = [...CONSUMER, ...COMMERCIAL];
