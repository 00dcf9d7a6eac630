/**
 * The SQL types of the columns the bulk inserts (insertJsonRows) write into the debtor, invoice
 * and payment tables, one list a table; an insert adds the columns only it writes. A column left
 * out takes the table's default, never a null from the rows.
 */
export const DEBTOR_COLUMNS = {
  reference: 'text',
  name: 'text',
  kind: '"DebtorKind"',
  language: 'text',
  address_street: 'text',
  address_postal_code: 'text',
  address_city: 'text',
  address_country: 'text',
} as const;

export const INVOICE_COLUMNS = {
  number: 'text',
  debtor_id: 'uuid',
  amount_cents: 'int',
  open_cents: 'int',
  issue_date: 'date',
  due_date: 'date',
  po_number: 'text',
  status: '"InvoiceStatus"',
} as const;

export const PAYMENT_COLUMNS = {
  debtor_id: 'uuid',
  invoice_id: 'uuid',
  amount_cents: 'int',
  currency: 'text',
  received_at: 'timestamptz',
  source: 'text',
  reference: 'text',
  external_id: 'text',
} as const;
