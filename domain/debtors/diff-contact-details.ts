import type { ContactDetails, ContactFieldChange } from './contact-details.ts';

const FIELDS = ['name', 'email', 'phone', 'role', 'language', 'receivesReminders'] as const;

/** The fields that differ between a contact as stored and as submitted, in form order; none for a save that changes nothing. */
export function diffContactDetails({
  before,
  after,
}: {
  before: ContactDetails;
  after: ContactDetails;
}): ContactFieldChange[] {
  return FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}
