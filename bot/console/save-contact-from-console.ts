import { z } from 'zod';
import type { ContactFormState } from '../../channels/web/console/render-debtor-contacts.ts';
import { type ContactDetails, ZContactLanguage, ZContactRole } from '../../domain/debtors/contact-details.ts';
import { type ContactChange, saveDebtorContact } from '../../prisma/debtors/save-debtor-contact.ts';
import type { ConsolePost } from './console-deps.ts';
import { showDebtor } from './show-debtor.ts';

const FIELDS = ['name', 'email', 'phone', 'role', 'language', 'receivesReminders'] as const;
const empty = (value: string) => value || null;

/** The contact form; an error is reported per field (its code is the field's name). */
const ZContactForm = z.object({
  name: z.string().trim().max(200).transform(empty),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  phone: z
    .string()
    .trim()
    .max(30)
    .refine(
      (phone) => phone === '' || (/^\+?[0-9 ()./-]+$/.test(phone) && phone.replace(/\D/g, '').length >= 6),
    )
    .transform(empty),
  role: z.union([z.literal(''), ZContactRole]).transform((role) => role || null),
  language: z.union([z.literal(''), ZContactLanguage]).transform((language) => language || null),
  receivesReminders: z.string().transform((checked) => checked === 'yes'),
}) satisfies z.ZodType<ContactDetails, Record<(typeof FIELDS)[number], string>>;

/**
 * POST /console/debtors/:id/contacts (add) and /console/debtors/:id/contacts/:contactId (change,
 * or with `do=deactivate|reactivate`). Finance and admin only, CSRF checked: the router did both.
 * A form with mistakes comes back (422) with what was typed and an error beside each field; a
 * save goes through saveDebtorContact (audited, before -> after) and answers with a 303 to the
 * debtor page, which shows it on the timeline.
 */
export async function saveContactFromConsole({
  deps,
  exchange,
  staff,
  actor,
  debtorId,
  contactId,
  csrf,
  form,
  notFound,
}: ConsolePost & {
  debtorId: string;
  contactId: string | null;
  csrf: string;
  notFound: () => void;
}): Promise<void> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, form.get(field) ?? '']));
  const intent = contactId === null ? 'add' : form.get('do');
  const sendBack = (errors: Record<string, string>) =>
    showDebtor(deps, exchange, { staff, csrf }, debtorId, notFound, {
      status: 422,
      contactForm: { target: contactId ?? 'new', values, errors } satisfies ContactFormState,
    });
  let change: ContactChange;
  if (contactId !== null && (intent === 'deactivate' || intent === 'reactivate')) {
    change = { kind: intent, contactId };
  } else {
    const parsed = ZContactForm.safeParse(values);
    if (!parsed.success) {
      return sendBack(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [String(issue.path[0]), String(issue.path[0])]),
        ),
      );
    }
    change =
      contactId === null
        ? { kind: 'add', details: parsed.data }
        : { kind: 'change', contactId, details: parsed.data };
  }
  const saved = await saveDebtorContact({
    prisma: deps.db.prisma,
    debtorId,
    change,
    actor,
  });
  if (saved.outcome === 'not_found') return notFound();
  if (saved.outcome === 'email_taken') {
    return sendBack({ email: saved.active ? 'email_taken' : 'email_taken_inactive' });
  }
  deps.log(
    `${actor} ${saved.outcome} contact ${saved.contactId} of debtor ${debtorId}` +
      (saved.changes.length > 0 ? ` (${saved.changes.map((c) => c.field).join(', ')})` : ''),
  );
  exchange.redirect(`/console/debtors/${debtorId}?contact=${saved.outcome}#h-contacts`);
}
