import type { TraceField } from '../../nlp/mail/read-trace-fields.ts';
import { type AuthenticationResult, parseAuthenticationResults } from './parse-authentication-results.ts';

/** The MAIL_AUTHSERV_ID entry for Exchange Online, which writes its results without an authserv-id. */
export const EXCHANGE_ONLINE = 'exchange-online';

export interface SenderAuthentication {
  /** The authserv-id whose verdict was read ("Exchange Online" for its id-less fields); null: none found. */
  readonly readAt: string | null;
  /**
   * Why the From address is not to be believed, for finance: "From failed DMARC at
   * mx.example.nl"; null when our server did not say it failed (or said nothing).
   */
  readonly failure: string | null;
}

/**
 * What our own receiving server concluded about the From address, from its Authentication-Results
 * (RFC 8601). Only fields with a trusted authserv-id are read, and only the topmost block of them:
 * from the first trusted field down to the next Received field, the hop below our border, since
 * anything lower came with the mail and the sender can have written it (section 5: consider only
 * what your own border added). Fields of any other authserv-id are ignored wherever they stand.
 * Within the block a failure wins over a pass (a forger's pass added next to our fail changes
 * nothing). The From fails when DMARC failed, or, where the block has no DMARC verdict, when both
 * SPF and DKIM failed for the From domain.
 */
export function readSenderAuthentication({
  traceFields,
  authservIds,
  from,
}: {
  traceFields: readonly TraceField[];
  /** MAIL_AUTHSERV_ID, lower case; empty: nothing is read. */
  authservIds: readonly string[];
  /** The bare From address. */
  from: string | null;
}): SenderAuthentication {
  if (authservIds.length === 0) return { readAt: null, failure: null };
  const trusted = new Set(authservIds.filter((id) => id !== EXCHANGE_ONLINE));
  const idless = authservIds.includes(EXCHANGE_ONLINE);
  const block: AuthenticationResult[] = [];
  let readAt: string | null = null;
  for (const field of traceFields) {
    if (field.name === 'received') {
      if (readAt !== null) break;
      continue;
    }
    const parsed = parseAuthenticationResults(field.value);
    if (!parsed) continue;
    const ours = parsed.authservId === null ? idless : trusted.has(parsed.authservId);
    if (!ours) continue;
    readAt ??= parsed.authservId ?? 'Exchange Online';
    block.push(...parsed.results);
  }
  if (readAt === null) return { readAt, failure: null };
  const of = (method: string) => block.filter((result) => result.method === method);
  const dmarc = of('dmarc');
  if (dmarc.some((result) => result.result === 'fail')) {
    return { readAt, failure: `From failed DMARC at ${readAt}` };
  }
  const domain = from?.slice(from.lastIndexOf('@') + 1).toLowerCase() ?? '';
  // dmarc=none (no policy published), temperror or permerror is no verdict: SPF and DKIM decide.
  if (dmarc.some((result) => result.result === 'pass') || !domain) return { readAt, failure: null };
  const failsFor = (method: string, domainOf: (result: AuthenticationResult) => string | null) => {
    const forFrom = of(method).filter((result) => aligned(domainOf(result), domain));
    return (
      forFrom.some((result) => result.result === 'fail') &&
      !forFrom.some((result) => result.result === 'pass')
    );
  };
  const spfFails = failsFor('spf', (result) => domainOfAddress(result.properties['smtp.mailfrom']));
  const dkimFails = failsFor('dkim', (result) =>
    domainOfAddress(result.properties['header.d'] ?? result.properties['header.i']),
  );
  return { readAt, failure: spfFails && dkimFails ? `From failed SPF and DKIM at ${readAt}` : null };
}

function domainOfAddress(value: string | undefined): string | null {
  if (!value) return null;
  return value.slice(value.lastIndexOf('@') + 1).toLowerCase() || null;
}

/** Relaxed alignment without a public-suffix list: the same domain, or one a subdomain of the other. */
function aligned(domain: string | null, fromDomain: string): boolean {
  if (!domain) return false;
  return domain === fromDomain || domain.endsWith(`.${fromDomain}`) || fromDomain.endsWith(`.${domain}`);
}
