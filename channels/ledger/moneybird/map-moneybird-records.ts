import { z } from 'zod';
import type {
  LedgerCreditNote,
  LedgerDebtor,
  LedgerInvoice,
  LedgerPayment,
} from '../../../domain/ledger/ledger-source.ts';
import { parseMajorUnits } from '../../../domain/money.ts';

const id = z.union([z.string(), z.number()]).transform(String);
const amount = z.union([z.string(), z.number()]).transform((value) => parseMajorUnits(String(value)));
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}/)
  .transform((value) => value.slice(0, 10));
const text = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null);

/** A contact as Moneybird's contacts and sales invoices carry it (the fields the ledger needs). */
export const ZMoneybirdContact = z.object({
  id,
  company_name: text,
  firstname: text,
  lastname: text,
  customer_id: text,
  email: text,
  send_invoices_to_email: text,
  send_invoices_to_attention: text,
  address1: text,
  zipcode: text,
  city: text,
  country: text,
  contact_people: z
    .array(z.object({ firstname: text, lastname: text, email: text }).passthrough())
    .nullish()
    .transform((people) => people ?? []),
  version: z.number().int().nullish(),
});
export type MoneybirdContact = z.infer<typeof ZMoneybirdContact>;

export const ZMoneybirdPayment = z.object({
  id,
  price: amount,
  payment_date: day,
  /** Set when the "payment" is a credit invoice settling this one: not money. */
  credit_invoice_id: id.nullish(),
});

/** A sales invoice (states: draft, scheduled, open, pending_payment, late, reminded, paid, uncollectible). */
export const ZMoneybirdSalesInvoice = z.object({
  id,
  contact_id: id,
  contact: ZMoneybirdContact,
  /** The invoice number; null while a draft. */
  invoice_id: text,
  state: z.string(),
  invoice_date: day.nullish(),
  due_date: day.nullish(),
  reference: text,
  currency: z
    .string()
    .length(3)
    .nullish()
    .transform((value) => value ?? 'EUR'),
  total_price_incl_tax: amount,
  total_unpaid: amount,
  original_sales_invoice_id: id.nullish(),
  payments: z
    .array(ZMoneybirdPayment)
    .nullish()
    .transform((payments) => payments ?? []),
  version: z.number().int(),
});
export type MoneybirdSalesInvoice = z.infer<typeof ZMoneybirdSalesInvoice>;

/** Not sent yet: not a receivable. */
export const UNSENT_STATES: readonly string[] = ['draft', 'scheduled'];

export function debtorReferenceOf(contact: MoneybirdContact): string {
  return contact.customer_id ?? `moneybird:${contact.id}`;
}

export function mapMoneybirdContact(contact: MoneybirdContact): LedgerDebtor {
  const person = [contact.firstname, contact.lastname].filter(Boolean).join(' ');
  const emails = (value: string | null) =>
    (value ?? '')
      .split(/[,;\s]+/)
      .map((email) => email.trim())
      .filter((email) => email.includes('@'));
  // Reminders go where Moneybird sends the invoices; the contact's general address and its people come after.
  const invoiceEmails = emails(contact.send_invoices_to_email);
  const contacts = [
    ...invoiceEmails.map((email) => ({
      name: contact.send_invoices_to_attention ?? (person || null),
      email,
      isPrimary: true,
    })),
    ...emails(contact.email).map((email) => ({
      name: person || null,
      email,
      isPrimary: invoiceEmails.length === 0,
    })),
    ...contact.contact_people.flatMap((p) =>
      emails(p.email).map((email) => ({
        name: [p.firstname, p.lastname].filter(Boolean).join(' ') || null,
        email,
        isPrimary: false,
      })),
    ),
  ];
  return {
    reference: debtorReferenceOf(contact),
    name: contact.company_name ?? (person || `Moneybird contact ${contact.id}`),
    kind: contact.company_name ? 'company' : 'consumer',
    language: 'nl',
    contacts,
    address:
      contact.address1 && contact.zipcode && contact.city
        ? {
            street: contact.address1,
            postalCode: contact.zipcode,
            city: contact.city,
            country: (contact.country ?? 'NL').toUpperCase(),
          }
        : null,
  };
}

/** A sent sales invoice (not a credit invoice) in the port's words, with the money booked on it. */
export function mapMoneybirdInvoice(invoice: MoneybirdSalesInvoice & { invoice_id: string }): {
  invoice: LedgerInvoice;
  payments: LedgerPayment[];
} {
  const debtorReference = debtorReferenceOf(invoice.contact);
  const paid = invoice.state === 'paid';
  return {
    invoice: {
      number: invoice.invoice_id,
      debtorReference,
      currency: invoice.currency,
      amountCents: invoice.total_price_incl_tax,
      openCents: paid ? 0 : Math.max(0, invoice.total_unpaid),
      issueDate: invoice.invoice_date ?? invoice.due_date ?? '1970-01-01',
      dueDate: invoice.due_date ?? invoice.invoice_date ?? '1970-01-01',
      poNumber: invoice.reference,
      state: paid ? 'paid' : 'open',
    },
    payments: invoice.payments
      .filter((payment) => !payment.credit_invoice_id && payment.price > 0)
      .map((payment) => ({
        externalId: payment.id,
        debtorReference,
        invoiceNumber: invoice.invoice_id,
        amountCents: payment.price,
        date: payment.payment_date,
      })),
  };
}

/** A credit invoice (negative totals, pointing at the invoice it credits) as a credit note. */
export function mapMoneybirdCreditInvoice(
  invoice: MoneybirdSalesInvoice,
  originalNumber: string | null,
): LedgerCreditNote {
  return {
    externalId: invoice.id,
    debtorReference: debtorReferenceOf(invoice.contact),
    invoiceNumber: originalNumber,
    amountCents: Math.abs(invoice.total_price_incl_tax),
    date: invoice.invoice_date ?? invoice.due_date ?? '1970-01-01',
  };
}

export function isCreditInvoice(invoice: MoneybirdSalesInvoice): boolean {
  return invoice.total_price_incl_tax < 0 || Boolean(invoice.original_sales_invoice_id);
}
