import type { IncomingMessage, ServerResponse } from 'node:http';
import { readCookies } from '../../channels/http/read-cookies.ts';
import { readLimitedBody } from '../../channels/http/read-limited-body.ts';
import { serializeCookie } from '../../channels/http/serialize-cookie.ts';
import { consoleSecurityHeaders } from '../../channels/web/console/console-security-headers.ts';
import type { PageLanguage } from '../../channels/web/page-strings.ts';
import type { ConsoleConfig } from './read-console-config.ts';

const MAX_FORM_BYTES = 256 * 1024;
const YEAR_SECONDS = 365 * 86_400;

/** The console's cookie names: with the __Host- prefix over HTTPS (Secure, Path=/, no Domain: no subdomain can set them). */
export function consoleCookieNames(https: boolean) {
  const prefix = https ? '__Host-' : '';
  return {
    session: `${prefix}console_session`,
    form: `${prefix}console_form`,
    oidc: `${prefix}console_oidc`,
    language: `${prefix}console_lang`,
  };
}

export interface Exchange {
  readonly url: URL;
  readonly cookies: ReadonlyMap<string, string>;
  readonly names: ReturnType<typeof consoleCookieNames>;
  /** From ?lang= (remembered in a cookie), the cookie, or Accept-Language; English otherwise. */
  readonly language: PageLanguage;
  /** Set-Cookie values to send with the answer. */
  readonly setCookies: string[];
  cookie(name: string, value: string, maxAgeSeconds?: number): void;
  page(status: number, html: string): void;
  redirect(location: string): void;
  /**
   * A file: to save (a report's CSV or .xlsx, a letter's PDF), or `inline` with a policy of its
   * own (a letter's HTML, shown sandboxed: no script, its own opaque origin).
   */
  download(file: {
    filename: string;
    contentType: string;
    body: Buffer;
    inline?: { readonly csp: string };
  }): void;
  /** The url-encoded form of a POST (256 kB at most: 2,000 ids for a bulk approval). */
  form(): Promise<URLSearchParams>;
}

/** One console request and its answer: cookies, language, and the headers every answer carries. */
export function openExchange(
  config: ConsoleConfig,
  request: IncomingMessage,
  response: ServerResponse,
): Exchange {
  const url = new URL(request.url ?? '/', 'http://console.invalid');
  const cookies = readCookies(request);
  const names = consoleCookieNames(config.https);
  const setCookies: string[] = [];
  const cookie = (name: string, value: string, maxAgeSeconds?: number) =>
    setCookies.push(
      serializeCookie({
        name,
        value,
        secure: config.https,
        ...(maxAgeSeconds === undefined ? {} : { maxAgeSeconds }),
      }),
    );
  const asked = url.searchParams.get('lang');
  let language: PageLanguage;
  if (asked === 'nl' || asked === 'en') {
    language = asked;
    cookie(names.language, asked, YEAR_SECONDS);
  } else {
    const remembered = cookies.get(names.language);
    language =
      remembered === 'nl' || remembered === 'en'
        ? remembered
        : fromAcceptLanguage(request.headers['accept-language']);
  }
  const send = (
    status: number,
    headers: Record<string, string | number | string[]>,
    body: string | Buffer = '',
  ) => {
    response.writeHead(status, {
      ...consoleSecurityHeaders({ https: config.https }),
      ...(setCookies.length ? { 'set-cookie': setCookies } : {}),
      vary: 'cookie, accept-language',
      ...headers,
    });
    response.end(body);
  };
  return {
    url,
    cookies,
    names,
    language,
    setCookies,
    cookie,
    page: (status, html) =>
      send(
        status,
        { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) },
        html,
      ),
    redirect: (location) => send(303, { location }),
    download: ({ filename, contentType, body, inline }) =>
      send(
        200,
        {
          'content-type': contentType,
          'content-length': body.length,
          // The names are ours (table and day, step and invoice), made plain ASCII: no quoting games.
          'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename.replace(/[^A-Za-z0-9._-]/gu, '_')}"`,
          ...(inline ? { 'content-security-policy': inline.csp } : {}),
        },
        body,
      ),
    form: async () => new URLSearchParams((await readLimitedBody(request, MAX_FORM_BYTES)).toString('utf8')),
  };
}

/** The first of nl and en in the browser's order of preference (quality values honoured). */
function fromAcceptLanguage(header: string | undefined): PageLanguage {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === 'nl' || tag.startsWith('nl-')) return 'nl';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
