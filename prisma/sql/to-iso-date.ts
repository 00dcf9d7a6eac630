/**
 * DATE columns come back from the driver as a Date at midnight UTC; the day is the same in
 * Europe/Amsterdam because no time zone conversion was involved, so reading the UTC date is exact.
 */
export function toIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** A plain day for a DATE column: midnight UTC of that calendar day. */
export function fromIsoDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
