/**
 * A library's or a server's error text with every secret we hold cut out, before it goes into a
 * message that may be logged. The identity providers do not echo secrets, but a message is only
 * known to be clean when we cleaned it.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret.length >= 4)
    .reduce((clean, secret) => clean.split(secret).join('[redacted]'), text);
}
