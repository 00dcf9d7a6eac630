import {
  type ContactDetails,
  type ContactFieldChange,
  ZContactLanguage,
  ZContactRole,
} from '../../domain/debtors/contact-details.ts';
import { diffContactDetails } from '../../domain/debtors/diff-contact-details.ts';
import type { PrismaClient } from '../generated/client.ts';
import { CONTACT_COLUMNS } from './contact-columns.ts';

/** What staff do to a contact: add one, change one, or take one out of use (and back). */
export type ContactChange =
  | { readonly kind: 'add'; readonly details: ContactDetails }
  | { readonly kind: 'change'; readonly contactId: string; readonly details: ContactDetails }
  | { readonly kind: 'deactivate' | 'reactivate'; readonly contactId: string };

export type SaveContactOutcome =
  | {
      readonly outcome: 'added' | 'changed' | 'unchanged' | 'deactivated' | 'reactivated';
      readonly contactId: string;
      readonly changes: readonly ContactFieldChange[];
    }
  /** Another contact of this debtor has the address (active or not): nothing changed. */
  | { readonly outcome: 'email_taken'; readonly active: boolean }
  /** No such debtor, or no such contact of it. */
  | { readonly outcome: 'not_found' };

/**
 * Writes a change to a debtor's contacts, with one `contact.*` audit event (who, when, the fields
 * before and after) in the same transaction. Contacts are never deleted: deactivating keeps the
 * row and its history, and from then on no mail goes to it and mail from it no longer speaks for
 * the debtor (every reader filters on `active`). Addresses are compared in lower case, as the
 * matcher compares them; the debtor row is locked so two saves cannot both take one address.
 */
export async function saveDebtorContact({
  prisma,
  debtorId,
  change,
  actor,
}: {
  prisma: PrismaClient;
  debtorId: string;
  change: ContactChange;
  /** "console:anna@example.nl" */
  actor: string;
}): Promise<SaveContactOutcome> {
  return prisma.$transaction(async (tx) => {
    const debtor = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM debtor WHERE id = ${debtorId}::uuid FOR UPDATE`;
    if (debtor.length === 0) return { outcome: 'not_found' };
    const current =
      change.kind === 'add'
        ? null
        : await tx.contact.findFirst({ where: { id: change.contactId, debtorId }, select: CONTACT_COLUMNS });
    if (change.kind !== 'add' && !current) return { outcome: 'not_found' };
    const audit = (type: string, contactId: string, changes: readonly ContactFieldChange[]) =>
      tx.auditEvent.create({
        data: {
          actor,
          type,
          entityType: 'contact',
          entityId: contactId,
          data: {
            debtorId,
            before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
            after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
          },
        },
      });
    if (change.kind === 'deactivate' || change.kind === 'reactivate') {
      const active = change.kind === 'reactivate';
      if (current!.active === active) return { outcome: 'unchanged', contactId: current!.id, changes: [] };
      await tx.contact.update({ where: { id: current!.id }, data: { active } });
      const changes = [{ field: 'active' as const, before: !active, after: active }];
      await audit(`contact.${change.kind}d`, current!.id, changes);
      return { outcome: `${change.kind}d`, contactId: current!.id, changes };
    }
    const submitted = (change as Extract<ContactChange, { details: ContactDetails }>).details;
    const details = { ...submitted, email: submitted.email.trim().toLowerCase() };
    const taken = await tx.contact.findFirst({
      where: {
        debtorId,
        email: { equals: details.email, mode: 'insensitive' },
        ...(current ? { id: { not: current.id } } : {}),
      },
      select: { active: true },
    });
    if (taken) return { outcome: 'email_taken', active: taken.active };
    if (!current) {
      const created = await tx.contact.create({ data: { debtorId, ...details }, select: { id: true } });
      const changes = diffContactDetails({ before: EMPTY, after: details });
      await audit('contact.added', created.id, changes);
      return { outcome: 'added', contactId: created.id, changes };
    }
    const changes = diffContactDetails({ before: detailsOf(current), after: details });
    if (changes.length === 0) return { outcome: 'unchanged', contactId: current.id, changes };
    await tx.contact.update({
      where: { id: current.id },
      // A new address has not bounced yet.
      data: {
        ...details,
        ...(details.email !== current.email.toLowerCase()
          ? { undeliverable: false, undeliverableReason: null }
          : {}),
      },
    });
    await audit('contact.changed', current.id, changes);
    return { outcome: 'changed', contactId: current.id, changes };
  });
}

const EMPTY: ContactDetails = {
  name: null,
  email: '',
  phone: null,
  role: null,
  language: null,
  receivesReminders: false,
};

function detailsOf(row: {
  name: string | null;
  email: string;
  phone: string | null;
  role: string | null;
  language: string | null;
  receivesReminders: boolean;
}): ContactDetails {
  return {
    name: row.name,
    email: row.email.toLowerCase(),
    phone: row.phone,
    // Written through this function or by none: anything else reads as not set.
    role: ZContactRole.safeParse(row.role).data ?? null,
    language: ZContactLanguage.safeParse(row.language).data ?? null,
    receivesReminders: row.receivesReminders,
  };
}
