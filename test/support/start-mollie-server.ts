import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSelfSignedCertificate } from './create-self-signed-certificate.ts';

export type FakeMollieStatus = 'open' | 'pending' | 'authorized' | 'paid' | 'failed' | 'canceled' | 'expired';

export interface FakeMolliePayment {
  id: string;
  status: FakeMollieStatus;
  amount: { value: string; currency: string };
  description: string;
  method: string | null;
  redirectUrl: string;
  webhookUrl: string | null;
  metadata: unknown;
  createdAt: string;
  paidAt: string | null;
}

export interface FakeMollie {
  /** https://127.0.0.1:<port>; give `${url}/v2/` to the client as apiEndpoint (MOLLIE_API_URL). */
  readonly url: string;
  readonly apiKey: string;
  readonly payments: Map<string, FakeMolliePayment>;
  /** Every request to the API, in order ("POST /v2/payments", "GET /v2/payments/tr_…"). */
  readonly requests: string[];
  /** Webhook calls made, with the status our server answered. */
  readonly webhookCalls: { id: string; status: number }[];
  /** While set, every API call answers this status (503: Mollie is down). */
  failWith: number | null;
  /** Adds a payment as if created elsewhere (e.g. another shop on the same account). */
  add(payment: Partial<FakeMolliePayment> & { amount: FakeMolliePayment['amount'] }): FakeMolliePayment;
  /** Changes a payment's status (paid sets paidAt) without calling the webhook. */
  setStatus(id: string, status: FakeMollieStatus): void;
  /** Calls the payment's webhook like Mollie does: POST form-encoded id=tr_…. */
  callWebhook(id: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Mollie's Payments API on loopback: POST /v2/payments and GET /v2/payments/:id with Mollie's
 * JSON shapes (HAL links, _links.checkout.href, error objects), plus a stand-in checkout page
 * (/checkout/:id) whose buttons pay, fail or cancel the payment, call the webhook as Mollie
 * does and send the browser back to the redirectUrl.
 *
 * HTTPS with a throwaway self-signed certificate: @mollie/api-client 4.6 always uses an https
 * agent pinned to its own CA bundle, so it cannot talk plain HTTP and rejects this certificate
 * unless the process sets NODE_TLS_REJECT_UNAUTHORIZED=0. `trustThisServer()` does that for the
 * test process only; production code never sees it.
 */
export async function startMollieServer({
  apiKey = 'test_loopbackmollieapikey000000000',
}: {
  apiKey?: string;
} = {}): Promise<FakeMollie & { trustThisServer(): () => void }> {
  const { key, cert } = createSelfSignedCertificate({ days: 1 });

  const payments = new Map<string, FakeMolliePayment>();
  const requests: string[] = [];
  const webhookCalls: { id: string; status: number }[] = [];
  let origin = '';
  const state = { failWith: null as number | null };

  const toJson = (p: FakeMolliePayment) => ({
    resource: 'payment',
    id: p.id,
    mode: 'test',
    createdAt: p.createdAt,
    amount: p.amount,
    description: p.description,
    method: p.method,
    metadata: p.metadata,
    status: p.status,
    ...(p.paidAt ? { paidAt: p.paidAt } : {}),
    isCancelable: false,
    expiresAt: new Date(Date.parse(p.createdAt) + 15 * 60_000).toISOString(),
    profileId: 'pfl_loopback',
    sequenceType: 'oneoff',
    redirectUrl: p.redirectUrl,
    webhookUrl: p.webhookUrl,
    _links: {
      self: { href: `${origin}/v2/payments/${p.id}`, type: 'application/hal+json' },
      ...(p.status === 'open' ? { checkout: { href: `${origin}/checkout/${p.id}`, type: 'text/html' } } : {}),
      dashboard: { href: `${origin}/dashboard/${p.id}`, type: 'text/html' },
      documentation: { href: 'https://docs.mollie.com/reference/get-payment', type: 'text/html' },
    },
  });
  const mollieError = (
    response: ServerResponse,
    status: number,
    title: string,
    detail: string,
    field?: string,
  ) => {
    response.writeHead(status, { 'content-type': 'application/hal+json' });
    response.end(
      JSON.stringify({
        status,
        title,
        detail,
        ...(field ? { field } : {}),
        _links: {
          documentation: { href: 'https://docs.mollie.com/overview/handling-errors', type: 'text/html' },
        },
      }),
    );
  };
  const add: FakeMollie['add'] = (partial) => {
    const payment: FakeMolliePayment = {
      id: `tr_${randomBytes(6).toString('hex')}`,
      status: 'open',
      description: 'payment',
      method: null,
      redirectUrl: 'https://example.invalid/return',
      webhookUrl: null,
      metadata: null,
      createdAt: new Date().toISOString(),
      paidAt: null,
      ...partial,
    };
    payments.set(payment.id, payment);
    return payment;
  };
  const setStatus = (id: string, status: FakeMollieStatus) => {
    const payment = payments.get(id);
    if (!payment) throw new Error(`fake Mollie: no payment ${id}`);
    payment.status = status;
    if (status === 'paid') {
      payment.paidAt = new Date().toISOString();
      payment.method ??= 'ideal';
    }
  };
  const callWebhook = async (id: string) => {
    const payment = payments.get(id);
    if (!payment?.webhookUrl) throw new Error(`fake Mollie: payment ${id} has no webhookUrl`);
    const response = await fetch(payment.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id }).toString(),
    });
    await response.text();
    webhookCalls.push({ id, status: response.status });
    return response.status;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', origin);
    const body = await new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => resolve(text));
    });
    const checkout = /^\/checkout\/(tr_\w+)$/.exec(url.pathname);
    if (checkout) {
      const payment = payments.get(checkout[1]!);
      if (!payment) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('no such payment');
        return;
      }
      if (request.method === 'POST') {
        const action = new URLSearchParams(body).get('action');
        setStatus(payment.id, action === 'pay' ? 'paid' : action === 'fail' ? 'failed' : 'canceled');
        if (payment.webhookUrl) await callWebhook(payment.id);
        response.writeHead(303, { location: payment.redirectUrl });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
<title>Loopback checkout</title></head><body><main><h1>Loopback iDEAL checkout</h1>
<p id="amount">${payment.amount.currency} ${payment.amount.value}</p>
<form method="post"><button name="action" value="pay">Pay</button>
<button name="action" value="fail">Fail</button><button name="action" value="cancel">Cancel</button></form>
</main></body></html>`);
      return;
    }
    requests.push(`${request.method} ${url.pathname}`);
    if (state.failWith) {
      mollieError(response, state.failWith, 'Service Unavailable', 'The loopback Mollie is down.');
      return;
    }
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      mollieError(response, 401, 'Unauthorized Request', 'Missing authentication, or failed to authenticate');
      return;
    }
    if (request.method === 'POST' && url.pathname === '/v2/payments') {
      const input = JSON.parse(body || '{}') as Record<string, unknown>;
      const amount = input.amount as { value?: unknown; currency?: unknown } | undefined;
      if (!amount || typeof amount.value !== 'string' || !/^\d+\.\d{2}$/.test(amount.value)) {
        mollieError(response, 422, 'Unprocessable Entity', 'The amount is invalid', 'amount.value');
        return;
      }
      if (typeof input.redirectUrl !== 'string' || typeof input.description !== 'string') {
        mollieError(
          response,
          422,
          'Unprocessable Entity',
          'redirectUrl and description are required',
          'redirectUrl',
        );
        return;
      }
      const payment = add({
        amount: { value: amount.value, currency: String(amount.currency) },
        description: input.description,
        redirectUrl: input.redirectUrl,
        webhookUrl: typeof input.webhookUrl === 'string' ? input.webhookUrl : null,
        metadata: input.metadata ?? null,
        method: typeof input.method === 'string' ? input.method : Array.isArray(input.method) ? null : null,
      });
      response.writeHead(201, { 'content-type': 'application/hal+json' });
      response.end(JSON.stringify(toJson(payment)));
      return;
    }
    const get = /^\/v2\/payments\/([\w]+)$/.exec(url.pathname);
    if (request.method === 'GET' && get) {
      const payment = payments.get(get[1]!);
      if (!payment) {
        mollieError(response, 404, 'Not Found', `No payment exists with token ${get[1]}.`);
        return;
      }
      response.writeHead(200, { 'content-type': 'application/hal+json' });
      response.end(JSON.stringify(toJson(payment)));
      return;
    }
    mollieError(response, 404, 'Not Found', `The resource ${url.pathname} does not exist.`);
  };

  const server = createServer({ key, cert }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    apiKey,
    payments,
    requests,
    webhookCalls,
    get failWith() {
      return state.failWith;
    },
    set failWith(value: number | null) {
      state.failWith = value;
    },
    add,
    setStatus,
    callWebhook,
    trustThisServer() {
      const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      return () => {
        if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
        else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
