import { isoWeekOf } from '../calendar/iso-week.ts';
import type { InvoiceStatus } from '../model/invoice.ts';
import { addDays, daysBetween, type IsoDate } from '../model/iso-date.ts';

export interface ForecastInvoice {
  readonly id: string;
  readonly openCents: number;
  readonly dueDate: IsoDate;
  readonly status: InvoiceStatus;
}
/** An open (not yet kept or broken) promise. */
export interface ForecastPromise {
  readonly invoiceId: string;
  readonly date: IsoDate;
  readonly amountCents: number;
}
export interface ForecastInstalment {
  readonly dueDate: IsoDate;
  readonly unpaidCents: number;
}

export interface ForecastWeek {
  readonly key: string;
  readonly monday: IsoDate;
  readonly invoicesCents: number;
  readonly promisesCents: number;
  readonly plansCents: number;
  readonly totalCents: number;
}

export interface CashFlowForecast {
  readonly asOf: IsoDate;
  readonly weeks: readonly ForecastWeek[];
  /** Overdue with no promise, or missed promises and instalments: no date to expect them on. */
  readonly overdueUndatedCents: number;
  /** In dispute: not expected until sales resolves it. */
  readonly disputedCents: number;
  /** Expected after the last week shown. */
  readonly laterCents: number;
  readonly method: string;
}

export const FORECAST_METHOD =
  'Expected receipts per ISO week: open invoices on their due date, promised amounts on the promised date ' +
  '(instead of the due date), plan instalments on their due dates (planned invoices are counted only through ' +
  'their instalments). Overdue amounts without a future date and disputed amounts are shown apart, not guessed.';

/** A weekly cash-in forecast from due dates, open promises and plan instalments. */
export function forecastCashFlow({
  asOf,
  weeks,
  invoices,
  promises,
  instalments,
}: {
  asOf: IsoDate;
  weeks: number;
  invoices: readonly ForecastInvoice[];
  promises: readonly ForecastPromise[];
  instalments: readonly ForecastInstalment[];
}): CashFlowForecast {
  const firstMonday = isoWeekOf(asOf).monday;
  const rows = Array.from({ length: weeks }, (_, i) => {
    const monday = addDays(firstMonday, 7 * i);
    return { key: isoWeekOf(monday).key, monday, invoicesCents: 0, promisesCents: 0, plansCents: 0 };
  });
  const end = addDays(firstMonday, 7 * weeks);
  let overdueUndatedCents = 0;
  let disputedCents = 0;
  let laterCents = 0;
  const place = (date: IsoDate, cents: number, field: 'invoicesCents' | 'promisesCents' | 'plansCents') => {
    if (cents <= 0) return;
    if (date < asOf) overdueUndatedCents += cents;
    else if (date >= end) laterCents += cents;
    else {
      const row = rows[Math.floor(daysBetween(firstMonday, date) / 7)];
      if (row) row[field] += cents;
    }
  };
  // Grouped once: a large ledger has thousands of promises, and every invoice asked for its own.
  const promisesOf = new Map<string, ForecastPromise[]>();
  for (const promise of promises) {
    const list = promisesOf.get(promise.invoiceId) ?? [];
    list.push(promise);
    promisesOf.set(promise.invoiceId, list);
  }
  for (const invoice of invoices) {
    if (
      invoice.openCents <= 0 ||
      invoice.status === 'planned' ||
      invoice.status === 'paid' ||
      invoice.status === 'credited' ||
      invoice.status === 'written_off'
    )
      continue;
    if (invoice.status === 'disputed') {
      disputedCents += invoice.openCents;
      continue;
    }
    let left = invoice.openCents;
    for (const promise of promisesOf.get(invoice.id) ?? []) {
      const cents = Math.min(left, promise.amountCents);
      place(promise.date, cents, 'promisesCents');
      left -= cents;
    }
    place(invoice.dueDate, left, 'invoicesCents');
  }
  for (const instalment of instalments) place(instalment.dueDate, instalment.unpaidCents, 'plansCents');
  return {
    asOf,
    weeks: rows.map((row) => ({
      ...row,
      totalCents: row.invoicesCents + row.promisesCents + row.plansCents,
    })),
    overdueUndatedCents,
    disputedCents,
    laterCents,
    method: FORECAST_METHOD,
  };
}
