import type { PageLanguage } from '../page-strings.ts';

/** The inbox's owner: the filter, who took a proposal up, and the buttons to take it or give it back. */
export const CONSOLE_INBOX_OWNER_STRINGS = {
  nl: {
    owner: 'Eigenaar',
    owners: { all: 'Iedereen', mine: 'Van mij', unassigned: 'Nog niemand' } as Record<string, string>,
    nobody: 'Nog niemand',
    you: (email: string) => `${email} (jij)`,
    take: 'Pak op',
    release: 'Geef terug',
    done: {
      taken: () => 'Opgepakt: dit voorstel staat nu op jouw naam.',
      released: () => 'Teruggegeven: dit voorstel heeft nu geen eigenaar.',
      invalid_assign: () => 'Die keuze bestaat niet; niets gedaan.',
    } as Record<string, (n: number) => string>,
  },
  en: {
    owner: 'Owner',
    owners: { all: 'Anyone', mine: 'Mine', unassigned: 'Unassigned' } as Record<string, string>,
    nobody: 'Unassigned',
    you: (email: string) => `${email} (you)`,
    take: 'Take',
    release: 'Release',
    done: {
      taken: () => 'Taken: this proposal is yours now.',
      released: () => 'Released: this proposal has no owner now.',
      invalid_assign: () => 'That choice does not exist; nothing done.',
    } as Record<string, (n: number) => string>,
  },
} as const satisfies Record<PageLanguage, unknown>;
