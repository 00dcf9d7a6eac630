import { timingSafeEqual } from 'node:crypto';
import { createSecret } from './create-secret.ts';
import type { Exchange } from './open-exchange.ts';

/**
 * The forms shown before anyone is signed in (ask for a link, use a link) are protected by a
 * double-submitted token: a random value in a cookie and the same value in the form. Another
 * site can make a browser post, but cannot read or set our cookie, so it cannot match it; this
 * keeps anyone from signing a colleague's browser in to the attacker's account.
 */
export function ensureFormToken(exchange: Exchange): string {
  const existing = exchange.cookies.get(exchange.names.form);
  if (existing && /^[\w-]{43}$/.test(existing)) return existing;
  const token = createSecret();
  exchange.cookie(exchange.names.form, token, 3600);
  return token;
}

export function hasFormToken(exchange: Exchange, form: URLSearchParams): boolean {
  const cookie = exchange.cookies.get(exchange.names.form);
  const posted = form.get('form');
  if (!cookie || !posted) return false;
  const a = Buffer.from(cookie);
  const b = Buffer.from(posted);
  return a.length === b.length && timingSafeEqual(a, b);
}
