import type { IsoDate } from '../../../domain/model/iso-date.ts';

const ODATA_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/**
 * Exact Online's OData dates ("/Date(1711843200000)/", milliseconds since 1970) as the day they
 * name. Exact stores a date at midnight and sends that instant as UTC, so the UTC day is the day
 * the bookkeeper entered; an ISO text ("2026-03-31T00:00:00") is taken as well. Null for none.
 */
export function parseExactDate(value: string | null | undefined): IsoDate | null {
  if (!value) return null;
  const odata = ODATA_DATE.exec(value);
  if (odata) return new Date(Number(odata[1])).toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return null;
}
