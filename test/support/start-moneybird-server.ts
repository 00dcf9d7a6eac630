import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMoneybirdContact {
  id: string;
  company_name: string;
  firstname: string;
  lastname: string;
  customer_id: string;
  email: string;
  send_invoices_to_email: string;
  send_invoices_to_attention: string;
  address1: string;
  zipcode: string;
  city: string;
  country: string;
  contact_people: { id: string; firstname: string; lastname: string; email: string }[];
  version: number;
}

export interface FakeMoneybirdPayment {
  id: string;
  invoice_type: 'SalesInvoice';
  invoice_id: string;
  price: string;
  price_base: string;
  payment_date: string;
  credit_invoice_id: string | null;
}

export interface FakeMoneybirdInvoice {
  id: string;
  contact_id: string;
  /** The invoice number; null while a draft. */
  invoice_id: string | null;
  state: 'draft' | 'scheduled' | 'open' | 'pending_payment' | 'late' | 'reminded' | 'paid' | 'uncollectible';
  invoice_date: string;
  due_date: string;
  reference: string;
  currency: string;
  total_price_incl_tax: string;
  total_paid: string;
  total_unpaid: string;
  original_sales_invoice_id: string | null;
  payments: FakeMoneybirdPayment[];
  version: number;
}

export interface FakeMoneybirdWebhook {
  id: string;
  url: string;
  enabled_events: string[];
  token: string;
}

export interface FakeMoneybird {
  /** Give as baseUrl: `${url}/api/v2`. */
  readonly url: string;
  readonly administrationId: string;
  /** The one token it accepts; change it to revoke the old one. */
  token: string;
  readonly contacts: Map<string, FakeMoneybirdContact>;
  readonly invoices: Map<string, FakeMoneybirdInvoice>;
  /** Every request, in order: "GET /api/v2/<adm>/sales_invoices/synchronization.json 200". */
  readonly requests: string[];
  /** Every Authorization header seen (the tests check the token never reaches a log). */
  readonly authorizations: string[];
  /** Answer the next N requests 429 with this Retry-After (seconds). */
  rateLimit(times: number, retryAfterSeconds: number): void;
  /** Answer the next POST to this path 500 once (a page that fails once). */
  failOncePost(resource: 'contacts' | 'sales_invoices'): void;
  /** Answer every POST 500 from the n-th on (a sync that dies half way). */
  failPostsFrom(n: number | null): void;
  addContact(contact: Partial<FakeMoneybirdContact> & { customer_id: string }): FakeMoneybirdContact;
  addInvoice(
    invoice: Partial<FakeMoneybirdInvoice> & { contact_id: string; invoice_id: string | null; total: string },
  ): FakeMoneybirdInvoice;
  /** A customer and their first invoice (open unless `invoice_id` is null: a draft). */
  addContactWithInvoice(
    contact: Partial<FakeMoneybirdContact> & { customer_id: string },
    invoice: Partial<Omit<FakeMoneybirdInvoice, 'contact_id'>> & { invoice_id: string | null; total: string },
  ): { contact: FakeMoneybirdContact; invoice: FakeMoneybirdInvoice };
  /** Books a payment on an invoice as Moneybird does: total_paid/unpaid move, paid when nothing is left. */
  pay(invoiceId: string, price: string, date: string): FakeMoneybirdPayment;
  /** A credit invoice for (part of) an invoice: negative totals, original_sales_invoice_id set. */
  credit(invoiceId: string, number: string, amount: string, date: string): FakeMoneybirdInvoice;
  /** Deletes an invoice: it disappears from the synchronization list. */
  remove(invoiceId: string): void;
  /** The webhooks registered (`POST /webhooks.json`), with their tokens. */
  readonly webhooks: FakeMoneybirdWebhook[];
  /**
   * Pushes an event about an invoice to every webhook, as Moneybird does (webhooks/payload): the
   * administration, webhook id and token, entity type and id, state, action and the entity. A
   * `token` given replaces the webhook's (a forgery). Resolves to the HTTP statuses answered.
   */
  push(action: string, invoiceId: string, options?: { token?: string }): Promise<number[]>;
  close(): Promise<void>;
}

let nextId = 400_000_000_000_000_000n;
const newId = () => String(nextId++);

/**
 * Moneybird's REST API v2 on loopback, the parts the ledger sync reads, in Moneybird's shapes:
 * `GET /api/v2/:administration_id/{contacts,sales_invoices}/synchronization.json` (every id with
 * its version), `POST` the same with `{ ids }` (at most 100; the full records), Bearer tokens
 * (401 `{"error":"Token is invalid"}`), 429 with Retry-After, amounts as decimal strings, ids as
 * strings of 18 digits. Versions grow with every change, like Moneybird's (a Unix time there).
 */
export async function startMoneybirdServer({
  administrationId = '123456789012345678',
  token = 'mb-personal-token-0123456789abcdef',
}: {
  administrationId?: string;
  token?: string;
} = {}): Promise<FakeMoneybird> {
  const contacts = new Map<string, FakeMoneybirdContact>();
  const invoices = new Map<string, FakeMoneybirdInvoice>();
  const requests: string[] = [];
  const authorizations: string[] = [];
  let version = 1_764_000_000;
  const bump = () => ++version;
  let rateLimited = 0;
  let retryAfter = 1;
  const failOnce = new Set<string>();
  let failFrom: number | null = null;
  let posts = 0;

  const cents = (text: string) => Math.round(Number(text) * 100);
  const decimal = (value: number) => (value / 100).toFixed(2);
  const withContact = (invoice: FakeMoneybirdInvoice) => ({
    ...invoice,
    administration_id: administrationId,
    contact: contacts.get(invoice.contact_id),
    total_price_incl_tax_base: invoice.total_price_incl_tax,
    total_unpaid_base: invoice.total_unpaid,
  });

  const webhooks: FakeMoneybirdWebhook[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', async () => {
      const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        requests.push(`${request.method} ${request.url} ${status}`);
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(value));
      };
      authorizations.push(request.headers.authorization ?? '');
      if (request.headers.authorization !== `Bearer ${fake.token}`) {
        return send(401, { error: 'Token is invalid', symbolic: { token: 'invalid' } });
      }
      if (rateLimited > 0) {
        rateLimited -= 1;
        return send(
          429,
          { error: 'Too many requests', symbolic: { request: 'rate_limited' } },
          { 'retry-after': String(retryAfter) },
        );
      }
      if ((request.url ?? '').split('?')[0] === `/api/v2/${administrationId}/webhooks.json`) {
        if (request.method === 'GET') return send(200, webhooks);
        if (request.method !== 'POST') return send(405, { error: 'Method not allowed' });
        const input = (() => {
          try {
            return JSON.parse(body) as { url?: unknown; enabled_events?: unknown };
          } catch {
            return {};
          }
        })();
        if (typeof input.url !== 'string') return send(400, { error: 'url is required', symbolic: {} });
        // Moneybird checks at registration that the URL answers 200.
        const check = await fetch(input.url, { method: 'POST' }).then(
          (answer) => answer.status,
          () => 0,
        );
        if (check !== 200) {
          return send(422, { error: `Webhook URL responded with ${check}`, symbolic: { url: 'invalid' } });
        }
        const webhook: FakeMoneybirdWebhook = {
          id: newId(),
          url: input.url,
          enabled_events: Array.isArray(input.enabled_events) ? input.enabled_events.map(String) : [],
          token: `whk${newId()}`,
        };
        webhooks.push(webhook);
        return send(201, {
          ...webhook,
          administration_id: administrationId,
          events: [],
          last_http_status: null,
          last_http_body: null,
        });
      }
      const match = /^\/api\/v2\/(\d+)\/(contacts|sales_invoices)\/synchronization\.json$/.exec(
        (request.url ?? '').split('?')[0]!,
      );
      if (!match || match[1] !== administrationId) return send(404, { error: 'Not found', symbolic: {} });
      const resource = match[2] as 'contacts' | 'sales_invoices';
      const records: Map<string, { id: string; version: number }> =
        resource === 'contacts' ? contacts : invoices;
      if (request.method === 'GET') {
        return send(
          200,
          [...records.values()].map((record) => ({ id: record.id, version: record.version })),
        );
      }
      if (request.method !== 'POST') return send(405, { error: 'Method not allowed' });
      posts += 1;
      if (failOnce.delete(resource) || (failFrom !== null && posts >= failFrom)) {
        return send(500, { error: 'Internal server error' });
      }
      let ids: unknown;
      try {
        ids = (JSON.parse(body) as { ids?: unknown }).ids;
      } catch {
        return send(400, { error: 'Body is not JSON' });
      }
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > 100) {
        return send(400, { error: 'ids must be an array of 1 to 100 ids', symbolic: { ids: 'invalid' } });
      }
      const found = ids.flatMap((id) => {
        const record = records.get(String(id));
        if (!record) return [];
        return [resource === 'contacts' ? record : withContact(record as FakeMoneybirdInvoice)];
      });
      return send(200, found);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeMoneybird = {
    url: `http://127.0.0.1:${port}`,
    administrationId,
    token,
    contacts,
    invoices,
    requests,
    authorizations,
    rateLimit(times, seconds) {
      rateLimited = times;
      retryAfter = seconds;
    },
    failOncePost(resource) {
      failOnce.add(resource);
    },
    failPostsFrom(n) {
      posts = 0;
      failFrom = n;
    },
    addContact(contact) {
      const row: FakeMoneybirdContact = {
        id: newId(),
        company_name: '',
        firstname: '',
        lastname: '',
        email: '',
        send_invoices_to_email: '',
        send_invoices_to_attention: '',
        address1: '',
        zipcode: '',
        city: '',
        country: 'NL',
        contact_people: [],
        ...contact,
        version: bump(),
      };
      contacts.set(row.id, row);
      return row;
    },
    addInvoice({ total, ...invoice }) {
      const row: FakeMoneybirdInvoice = {
        id: newId(),
        state: invoice.invoice_id ? 'open' : 'draft',
        invoice_date: '2026-10-01',
        due_date: '2026-10-31',
        reference: '',
        currency: 'EUR',
        total_price_incl_tax: total,
        total_paid: '0.0',
        total_unpaid: total,
        original_sales_invoice_id: null,
        payments: [],
        ...invoice,
        version: bump(),
      };
      invoices.set(row.id, row);
      return row;
    },
    addContactWithInvoice(contact, invoice) {
      const row = fake.addContact(contact);
      return { contact: row, invoice: fake.addInvoice({ ...invoice, contact_id: row.id }) };
    },
    pay(invoiceId, price, date) {
      const invoice = invoices.get(invoiceId)!;
      const payment: FakeMoneybirdPayment = {
        id: newId(),
        invoice_type: 'SalesInvoice',
        invoice_id: invoiceId,
        price,
        price_base: price,
        payment_date: date,
        credit_invoice_id: null,
      };
      settle(invoice, payment);
      return payment;
    },
    credit(invoiceId, number, amount, date) {
      const original = invoices.get(invoiceId)!;
      const creditInvoice = fake.addInvoice({
        contact_id: original.contact_id,
        invoice_id: number,
        total: `-${amount}`,
        invoice_date: date,
        due_date: date,
        original_sales_invoice_id: invoiceId,
        state: 'paid',
      });
      creditInvoice.total_unpaid = '0.0';
      // Moneybird settles the original with the credit invoice: a "payment" naming it.
      settle(original, {
        id: newId(),
        invoice_type: 'SalesInvoice',
        invoice_id: invoiceId,
        price: amount,
        price_base: amount,
        payment_date: date,
        credit_invoice_id: creditInvoice.id,
      });
      return creditInvoice;
    },
    remove(invoiceId) {
      invoices.delete(invoiceId);
    },
    webhooks,
    async push(action, invoiceId, options = {}) {
      const invoice = invoices.get(invoiceId);
      return Promise.all(
        webhooks.map(async (webhook) => {
          const answer = await fetch(webhook.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': newId() },
            body: JSON.stringify({
              administration_id: administrationId,
              webhook_id: webhook.id,
              webhook_token: options.token ?? webhook.token,
              entity_type: 'SalesInvoice',
              entity_id: invoiceId,
              state: invoice?.state ?? null,
              action,
              entity: invoice ? withContact(invoice) : null,
            }),
          });
          await answer.arrayBuffer();
          return answer.status;
        }),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  function settle(invoice: FakeMoneybirdInvoice, payment: FakeMoneybirdPayment): void {
    invoice.payments.push(payment);
    const paid = cents(invoice.total_paid) + cents(payment.price);
    const unpaid = cents(invoice.total_price_incl_tax) - paid;
    invoice.total_paid = decimal(paid);
    invoice.total_unpaid = decimal(unpaid);
    if (unpaid <= 0) invoice.state = 'paid';
    invoice.version = bump();
  }
  return fake;
}
