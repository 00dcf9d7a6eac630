import { AppError } from '../../domain/errors/app-error.ts';
import { amsterdamDate, isIsoDate } from '../../domain/model/iso-date.ts';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The moment a ledger export reflects, from `--as-of`: an instant with its offset
 * (2026-11-27T17:30+01:00), or a day, read as the START of that day in Europe/Amsterdam. The
 * start, because a payment recorded later that day may be missing from the export, and counting it
 * as missing is the side that never reminds a debtor of money they paid.
 */
export function parseExportAsOf(text: string, now: Date = new Date()): Date {
  const asOf = parseMoment(text);
  // A future as-of would let every ledger figure win over every payment: a typo, not a claim.
  if (asOf.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new AppError(
      'INPUT_INVALID',
      `--as-of "${text}" is in the future: give the moment the ledger export was taken.`,
    );
  }
  return asOf;
}

/** Clocks of the ledger system and this machine may differ a little. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

function parseMoment(text: string): Date {
  const value = text.trim();
  if (isIsoDate(value)) {
    // Amsterdam is UTC+1 or UTC+2; the start of the day is the candidate that is that day while
    // the millisecond before it is not.
    for (const offset of ['+01:00', '+02:00']) {
      const start = new Date(`${value}T00:00:00${offset}`);
      if (amsterdamDate(start) === value && amsterdamDate(new Date(start.getTime() - 1)) !== value)
        return start;
    }
  }
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value);
  throw new AppError(
    'INPUT_INVALID',
    `--as-of "${text}" is not a day or a moment: use 2026-11-27 (the start of that day in Amsterdam) or 2026-11-27T17:30+01:00.`,
  );
}
