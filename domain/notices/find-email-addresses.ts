/**
 * E-mail addresses written in a debtor's reply ("please send invoices to ap@acme.nl"), in order
 * of appearance, lower-cased, without `exclude` (our own and already known addresses). Only
 * candidates: a person confirms the address before anything is sent there.
 */
export function findEmailAddresses(text: string, exclude: readonly string[] = []): string[] {
  const skip = new Set(exclude.map((address) => address.toLowerCase()));
  const found: string[] = [];
  for (const match of text.matchAll(/[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/giu)) {
    const address = match[0].toLowerCase().replace(/\.+$/u, '');
    if (!skip.has(address) && !found.includes(address)) found.push(address);
  }
  return found;
}
