import { z } from 'zod';

/** What a contact does for the debtor (the console's role field). */
export const CONTACT_ROLES = ['accounts_payable', 'finance', 'purchasing', 'management', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const ZContactRole = z.enum(CONTACT_ROLES);

/** The languages a contact can prefer: those our letters exist in. */
export const CONTACT_LANGUAGES = ['nl', 'en', 'fr', 'de'] as const;
export type ContactLanguage = (typeof CONTACT_LANGUAGES)[number];
export const ZContactLanguage = z.enum(CONTACT_LANGUAGES);

/** What staff keep about a contact in the console; the address is bare and in lower case. */
export interface ContactDetails {
  readonly name: string | null;
  readonly email: string;
  readonly phone: string | null;
  readonly role: ContactRole | null;
  /** null: the debtor's language. */
  readonly language: ContactLanguage | null;
  /** Whether reminders and letters go to this contact. */
  readonly receivesReminders: boolean;
}

/** One field of a contact as it was and as it became (the audit's "before -> after"). */
export interface ContactFieldChange {
  readonly field: keyof ContactDetails | 'active';
  readonly before: string | boolean | null;
  readonly after: string | boolean | null;
}
