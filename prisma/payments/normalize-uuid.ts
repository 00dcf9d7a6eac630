const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** The invoice id a payment's metadata claims, when it is a UUID at all (else null). */
export function normalizeUuid(value: string | null): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}
