import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { addDays, type IsoDate, isIsoDate } from '../model/iso-date.ts';
import type {
  StatutoryInterestKind,
  StatutoryInterestRate,
  StatutoryInterestTable,
} from './statutory-interest-table.ts';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;

const ZIsoDay = z.string().regex(ISO_DAY, 'expected a date as YYYY-MM-DD');

const ZRatePeriod = z.strictObject({
  kind: z.enum(['consumer', 'commercial'], {
    error: 'expected "consumer" (art. 6:119 BW) or "commercial" (art. 6:119a BW)',
  }),
  from: ZIsoDay,
  through: ZIsoDay,
  rate: z
    .string({ error: 'expected the yearly rate in percent as a string, such as "10.15"' })
    .regex(
      /^\d{1,2}(\.\d{1,2})?$/u,
      'expected percent per year as a decimal string with at most two decimals, such as "10.15"',
    ),
  source: z.string().trim().min(10, 'name where the rate comes from (a URL, a Staatscourant number)'),
});

const ZRatesFile = z.object({
  $comment: z.string().optional(),
  periods: z.array(ZRatePeriod).min(1, 'give at least one period'),
});

/**
 * Reads a statutory interest table (the built-in JSON, or a company's COLLECTIONS_RATES_FILE) and
 * checks it: per kind the periods follow each other without a gap or an overlap, each from its
 * first day through its last. With `continues`, the new periods must start the day after the
 * table's last known day for their kind, and the result is both together. A bad table is refused
 * with where (`origin`, the entry) and what is wrong; nothing is guessed.
 */
export function parseStatutoryInterestRates({
  data,
  origin,
  continues = null,
}: {
  data: unknown;
  origin: string;
  continues?: StatutoryInterestTable | null;
}): StatutoryInterestTable {
  const refuse = (where: string, what: string): never => {
    throw new AppError('CONFIG_INVALID', `${origin}, ${where}: ${what}`);
  };
  const parsed = ZRatesFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [top, index, field] = issue.path;
    const where =
      top === 'periods' && typeof index === 'number'
        ? `entry ${index + 1} of "periods"${field ? ` (${String(field)})` : ''}`
        : issue.path.length > 0
          ? `"${issue.path.join('.')}"`
          : 'the file';
    return refuse(where, issue.message);
  }
  const rates: StatutoryInterestRate[] = [...(continues?.rates ?? [])];
  const lastOf = new Map<StatutoryInterestKind, IsoDate>();
  for (const rate of rates) lastOf.set(rate.kind, rate.through);
  for (const [index, period] of parsed.data.periods.entries()) {
    const where = `entry ${index + 1} of "periods" (${period.kind} from ${period.from})`;
    if (!isIsoDate(period.from) || !isIsoDate(period.through))
      refuse(where, `${period.from} or ${period.through} is not a day of the calendar`);
    if (period.through < period.from) refuse(where, `"through" ${period.through} is before "from"`);
    const last = lastOf.get(period.kind);
    if (last !== undefined && period.from !== addDays(last, 1)) {
      refuse(
        where,
        period.from <= last
          ? `it overlaps the ${period.kind} period that runs through ${last}; periods may not overlap`
          : `there is a gap: the ${period.kind} rate is known through ${last}, so the next period must start on ${addDays(last, 1)}`,
      );
    }
    lastOf.set(period.kind, period.through);
    rates.push({
      kind: period.kind,
      from: period.from,
      through: period.through,
      basisPoints: toBasisPoints(period.rate),
      source: period.source,
    });
  }
  return { rates, origins: [...(continues?.origins ?? []), origin] };
}

function toBasisPoints(rate: string): number {
  const [whole, fraction = ''] = rate.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
