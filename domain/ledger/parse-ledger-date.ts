import { type IsoDate, isIsoDate } from '../model/iso-date.ts';

/**
 * A day as Dutch exports write it: 2026-03-31, or day first as 31-03-2026, 31/03/2026,
 * 31.03.2026 (one or two digits for day and month). Day first is the Dutch order, never
 * month first: "03/31/2026" is no date here. Null when it is not a real day.
 */
export function parseLedgerDate(value: string): IsoDate | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!match) return null;
  const iso = `${match[4]}-${match[3]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
