import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EXACT_DELETED_SALES_INVOICE } from '../../channels/ledger/exact-online/create-exact-online-ledger.ts';

/** A row of one of the sync endpoints: anything with Exact's row version. */
export type ExactRow = Record<string, unknown> & { Timestamp: number };

/** What the server does to the n-th API call (1-based, counted over /api/v1 calls only). */
export type ExactFault =
  /** The caller's access token expires right now: this call and later ones with it get 401. */
  | 'expire-token'
  /** 429 with Retry-After: 1 (and the minute budget shown as spent). */
  | 'too-many'
  /** 500 once: the page fails, the same call again succeeds. */
  | 'server-error';

export interface FakeExactOnline {
  /** http://127.0.0.1:<port>: EXACT_ONLINE_BASE_URL. */
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly division: number;
  readonly accounts: ExactRow[];
  readonly salesInvoices: ExactRow[];
  /** read/financial/ReceivablesList rows (exactReceivable fills the documented fields): one per open term. */
  readonly receivables: Record<string, unknown>[];
  readonly transactionLines: ExactRow[];
  readonly deleted: ExactRow[];
  /** Rows per page of every list endpoint (Exact: 1000 for sync, 60 for the rest; small here to page). */
  pageSize: number;
  /** Faults by the number of the API call they hit. */
  readonly faults: Map<number, ExactFault>;
  /** Calls this matches answer 503, every time (a part of the API down); null: none. */
  unavailable: ((url: URL) => boolean) | null;
  /** Refuse every refresh with invalid_grant (the user revoked the app, or the refresh token expired). */
  refuseRefresh: boolean;
  /** Calls per minute window before 429; the window's length in ms (Exact: 60 per minute, 60 000 ms). */
  minutelyLimit: number;
  minuteMs: number;
  /** Calls left today; at 0 every call is 429 until the (far) daily reset. */
  dailyRemaining: number;
  /** Every request: "POST /api/oauth2/token refresh_token", "GET /api/v1/1234/sync/CRM/Accounts", with its bearer. */
  readonly requests: { line: string; bearer: string | null; at: number }[];
  /** How many refreshes were granted. */
  refreshes: number;
  /** Calls refused with 429 because a budget was spent (not the injected 'too-many'). */
  rateRefusals: number;
  /** The refresh token that works now (it changes at each refresh). */
  currentRefreshToken(): string;
  /** Every access token handed out so far. */
  issuedAccessTokens(): string[];
  /** Starts a grant as the sign-in page would, returning the code (what /api/oauth2/auth redirects with). */
  issueCode(): string;
  /** Grants tokens directly, as after a sign-in: for tests that store a connection themselves. */
  grant(): { accessToken: string; refreshToken: string; expiresInSeconds: number };
  close(): Promise<void>;
}

/**
 * Exact Online's REST API on loopback, in its documented shapes: the OAuth 2.0 endpoints
 * (/api/oauth2/auth redirects back with a code; /api/oauth2/token grants a 600-second access
 * token and a NEW refresh token at every refresh, the old one then refused with invalid_grant),
 * /api/v1/current/Me with CurrentDivision, the sync endpoints (`$filter=Timestamp gt <n>L`,
 * ordered by Timestamp, paged with `d.__next`), the receivables list, the account lookup by
 * id, and the rate-limit headers (X-RateLimit-Minutely-Remaining/-Reset, X-RateLimit-Remaining/
 * -Reset, epoch ms) with 429 when a budget is spent. Faults are injected by call number.
 */
export async function startExactOnlineServer({
  division = 1234567,
}: {
  division?: number;
} = {}): Promise<FakeExactOnline> {
  const clientId = 'b81cc4de-d192-400e-bcb4-09254394c52a';
  const clientSecret = `secret-${randomBytes(6).toString('hex')}`;
  const access = new Map<string, number>(); // token -> expires at
  const codes = new Set<string>();
  let refreshToken = `rt-${randomBytes(12).toString('hex')}`;
  let apiCalls = 0;
  let windowStart = Date.now();
  let windowCalls = 0;

  const issue = () => {
    const accessToken = `at-${randomBytes(16).toString('hex')}`;
    access.set(accessToken, Date.now() + 600_000);
    refreshToken = `rt-${randomBytes(16).toString('hex')}`;
    return { accessToken, refreshToken, expiresInSeconds: 600 };
  };

  const state: FakeExactOnline = {
    url: '',
    clientId,
    clientSecret,
    division,
    accounts: [],
    salesInvoices: [],
    receivables: [],
    transactionLines: [],
    deleted: [],
    pageSize: 2,
    faults: new Map(),
    unavailable: null,
    refuseRefresh: false,
    minutelyLimit: 1000,
    minuteMs: 60_000,
    dailyRemaining: 5000,
    requests: [],
    refreshes: 0,
    rateRefusals: 0,
    currentRefreshToken: () => refreshToken,
    issuedAccessTokens: () => [...access.keys()],
    issueCode() {
      const code = `code-${randomBytes(8).toString('hex')}!`;
      codes.add(code);
      return code;
    },
    grant: issue,
    close: async () => {},
  };

  const json = (
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
  };

  const readBody = async (request: IncomingMessage) => {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    return new URLSearchParams(text);
  };

  const handleToken = async (request: IncomingMessage, response: ServerResponse) => {
    const form = await readBody(request);
    const grantType = form.get('grant_type') ?? '';
    state.requests.push({ line: `POST /api/oauth2/token ${grantType}`, bearer: null, at: Date.now() });
    if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
      return json(response, 400, { error: 'invalid_client' });
    }
    /** A new access and refresh token, as Exact Online's token endpoint answers them. */
    const grantTokens = () => {
      const granted = issue();
      return json(response, 200, {
        access_token: granted.accessToken,
        token_type: 'bearer',
        expires_in: '600',
        refresh_token: granted.refreshToken,
      });
    };
    if (grantType === 'authorization_code') {
      const code = form.get('code') ?? '';
      if (!codes.delete(code))
        return json(response, 400, { error: 'invalid_grant', error_description: 'code unknown or used' });
      return grantTokens();
    }
    if (grantType === 'refresh_token') {
      if (state.refuseRefresh || form.get('refresh_token') !== refreshToken) {
        return json(response, 400, {
          error: 'invalid_grant',
          error_description: 'refresh token is not valid',
        });
      }
      state.refreshes += 1;
      return grantTokens();
    }
    return json(response, 400, { error: 'unsupported_grant_type' });
  };

  const rateHeaders = () => {
    const now = Date.now();
    if (now - windowStart >= state.minuteMs) {
      windowStart = now;
      windowCalls = 0;
    }
    return {
      'X-RateLimit-Limit': '5000',
      'X-RateLimit-Remaining': String(Math.max(0, state.dailyRemaining)),
      'X-RateLimit-Reset': String(now + 86_400_000),
      'X-RateLimit-Minutely-Limit': String(state.minutelyLimit),
      'X-RateLimit-Minutely-Remaining': String(Math.max(0, state.minutelyLimit - windowCalls)),
      'X-RateLimit-Minutely-Reset': String(windowStart + state.minuteMs),
    };
  };

  const list = (
    response: ServerResponse,
    url: URL,
    rows: readonly Record<string, unknown>[],
    headers: Record<string, string>,
  ) => {
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const pageRows = rows.slice(skip, skip + state.pageSize);
    const select = url.searchParams.get('$select')?.split(',');
    const results = pageRows.map((row) =>
      select ? Object.fromEntries(select.filter((f) => f in row).map((f) => [f, row[f]])) : row,
    );
    const d: Record<string, unknown> = { results };
    if (skip + state.pageSize < rows.length) {
      const next = new URL(url);
      next.searchParams.set('$skiptoken', String(skip + state.pageSize));
      d.__next = next.toString();
    }
    json(response, 200, { d }, headers);
  };

  const since = (url: URL, rows: readonly ExactRow[]) => {
    const filter = /Timestamp gt (\d+)L/.exec(url.searchParams.get('$filter') ?? '');
    if (!filter) return null;
    const from = Number(filter[1]);
    return rows.filter((row) => row.Timestamp > from).sort((a, b) => a.Timestamp - b.Timestamp);
  };

  const handleApi = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    apiCalls += 1;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null;
    state.requests.push({ line: `GET ${url.pathname}`, bearer, at: Date.now() });
    const fault = state.faults.get(apiCalls);
    if (fault === 'expire-token' && bearer) access.set(bearer, 0);
    const expiry = bearer ? access.get(bearer) : undefined;
    if (!bearer || expiry === undefined || expiry <= Date.now()) {
      return json(response, 401, { error: { code: '', message: { lang: '', value: 'Unauthorized' } } });
    }
    windowCalls += 1;
    state.dailyRemaining -= 1;
    const headers = rateHeaders();
    if (fault === 'too-many') {
      return json(
        response,
        429,
        { error: { message: { value: 'Too many requests' } } },
        {
          ...headers,
          'Retry-After': '1',
          'X-RateLimit-Minutely-Remaining': '0',
          'X-RateLimit-Minutely-Reset': String(Date.now() + 1000),
        },
      );
    }
    if (state.dailyRemaining < 0 || windowCalls > state.minutelyLimit) {
      state.rateRefusals += 1;
      return json(response, 429, { error: { message: { value: 'API rate limit exceeded' } } }, headers);
    }
    if (fault === 'server-error')
      return json(response, 500, { error: { message: { value: 'An error occurred' } } }, headers);
    if (state.unavailable?.(url))
      return json(response, 503, { error: { message: { value: 'Service Unavailable' } } }, headers);
    const prefix = `/api/v1/${division}/`;
    if (url.pathname === '/api/v1/current/Me') {
      return json(
        response,
        200,
        { d: { results: [{ CurrentDivision: division, FullName: 'Finance Tester' }] } },
        headers,
      );
    }
    if (!url.pathname.startsWith(prefix))
      return json(response, 403, { error: { message: { value: 'Forbidden' } } }, headers);
    const endpoint = url.pathname.slice(prefix.length);
    const tables: Record<string, readonly ExactRow[]> = {
      'sync/CRM/Accounts': state.accounts,
      'sync/SalesInvoice/SalesInvoices': state.salesInvoices,
      'sync/Financial/TransactionLines': state.transactionLines,
      'sync/Deleted': state.deleted,
    };
    const table = tables[endpoint];
    if (table) {
      const rows = since(url, table);
      if (!rows)
        return json(
          response,
          400,
          { error: { message: { value: 'Sync API requires a filter on Timestamp' } } },
          headers,
        );
      return list(response, url, rows, headers);
    }
    if (endpoint === 'read/financial/ReceivablesList')
      return list(
        response,
        url,
        state.receivables.map((row, index) => exactReceivable({ HID: index + 1, ...row })),
        headers,
      );
    if (endpoint === 'crm/Accounts') {
      const ids = [...(url.searchParams.get('$filter') ?? '').matchAll(/ID eq guid'([0-9a-f-]+)'/g)].map(
        (m) => m[1],
      );
      return list(
        response,
        url,
        state.accounts.filter((a) => ids.includes(String(a.ID))),
        headers,
      );
    }
    return json(response, 404, { error: { message: { value: `No resource ${endpoint}` } } }, headers);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', state.url);
    if (request.method === 'POST' && url.pathname === '/api/oauth2/token') {
      handleToken(request, response).catch(() => json(response, 500, {}));
      return;
    }
    if (request.method === 'GET' && url.pathname === '/api/oauth2/auth') {
      state.requests.push({ line: 'GET /api/oauth2/auth', bearer: null, at: Date.now() });
      const redirect = url.searchParams.get('redirect_uri');
      if (
        url.searchParams.get('client_id') !== clientId ||
        !redirect ||
        url.searchParams.get('response_type') !== 'code'
      ) {
        return json(response, 400, { error: 'invalid_request' });
      }
      const back = new URL(redirect);
      back.searchParams.set('code', state.issueCode());
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      response.writeHead(302, { location: back.toString() });
      response.end();
      return;
    }
    if (request.method === 'GET' && url.pathname.startsWith('/api/v1/'))
      return handleApi(request, response, url);
    json(response, 404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  return state;
}

export { EXACT_DELETED_SALES_INVOICE };

/**
 * A row of read/financial/ReceivablesList with every field Exact's reference documents for it
 * (ReadFinancialReceivablesList): HID (Int64, the key), AccountCode, AccountId, AccountName,
 * Amount (what is still to be received on the term), AmountInTransit (in a payment batch not yet
 * processed), CurrencyCode, Description, DueDate, EntryNumber, Id (obsolete), InvoiceDate,
 * InvoiceNumber (Int32), JournalCode, JournalDescription, YourRef. A term paid in full, or
 * matched with a bank line, is no longer listed; a part payment lowers its Amount.
 */
export function exactReceivable(row: Record<string, unknown>): Record<string, unknown> {
  return {
    HID: 0,
    AccountCode: null,
    AccountId: null,
    AccountName: null,
    Amount: 0,
    AmountInTransit: 0,
    CurrencyCode: 'EUR',
    Description: null,
    DueDate: null,
    EntryNumber: null,
    Id: '00000000-0000-0000-0000-000000000000',
    InvoiceDate: null,
    InvoiceNumber: null,
    JournalCode: '70',
    JournalDescription: 'Verkoopboek',
    YourRef: null,
    ...row,
  };
}

/** Exact's OData date for a day: "/Date(<ms at UTC midnight>)/". */
export function exactDate(day: string): string {
  return `/Date(${Date.parse(`${day}T00:00:00Z`)})/`;
}
