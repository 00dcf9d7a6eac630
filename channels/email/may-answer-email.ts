const SYSTEM_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+@-]|$)/iu;

/**
 * Loop prevention: we only ever answer a person. Never an auto-reply or a bounce, nor anything
 * marked automatic (RFC 3834 Auto-Submitted, Precedence bulk/list/junk), a mailing list, a
 * system sender, an empty return path, or one of our own addresses.
 */
export function mayAnswerEmail({
  kind,
  from,
  headers,
  ownAddresses,
}: {
  kind: string;
  from: string | null;
  headers: Readonly<Record<string, string>>;
  ownAddresses: readonly string[];
}): boolean {
  if (kind !== 'reply' || !from) return false;
  const submitted = headers['auto-submitted'];
  if (submitted && !/^\s*no\b/iu.test(submitted)) return false;
  if (/\b(bulk|list|junk|auto_reply)\b/iu.test(headers.precedence ?? '')) return false;
  if (headers['list-id'] || headers['list-unsubscribe'] || headers['x-autoreply'] || headers['x-autorespond'])
    return false;
  if (/^\s*<\s*>\s*$/u.test(headers['return-path'] ?? 'x')) return false;
  if (SYSTEM_SENDER.test(from)) return false;
  const own = new Set(ownAddresses.map((address) => address.toLowerCase().replace(/\+[^@]*@/u, '@')));
  return !own.has(from.toLowerCase().replace(/\+[^@]*@/u, '@'));
}
