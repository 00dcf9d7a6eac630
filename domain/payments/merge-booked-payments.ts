/** A payment as a debtor's history lists it. */
export interface ListedPayment {
  readonly at: Date;
  readonly amountCents: number;
  /** mollie, bank, ... for money recorded here; `ledger:<package>` for one the bookkeeper booked. */
  readonly source: string;
  readonly invoiceNumber: string | null;
}

const DAY_MS = 86_400_000;

/**
 * One payment, shown once: the bookkeeper books in the package (Moneybird, Exact Online) the
 * money we already recorded (a Mollie payment, a bank transfer), and the sync stores that booking
 * too (`ledger:<package>`; the balances count it once). A booking is the same payment as one of
 * ours on the same invoice with the same amount, booked within `windowDays` of it (a bookkeeper
 * books days later, a bank transfer the next working day); each of ours answers for one booking,
 * nearest in time first. The booking is left out and ours says where it was booked too. A
 * booking without such a twin stays: money the package knows and we did not see.
 */
export function mergeBookedPayments<T extends ListedPayment>({
  payments,
  windowDays = 14,
}: {
  payments: readonly T[];
  windowDays?: number;
}): (T & { readonly alsoBookedIn: readonly string[] })[] {
  const ours = payments
    .map((payment, index) => ({ payment, index }))
    .filter(({ payment }) => !payment.source.startsWith('ledger:') && payment.amountCents > 0);
  const claimed = new Map<number, string[]>();
  const dropped = new Set<number>();
  payments.forEach((booking, index) => {
    if (!booking.source.startsWith('ledger:') || booking.invoiceNumber === null) return;
    const twin = ours
      .filter(
        ({ payment, index: i }) =>
          !claimed.has(i) &&
          payment.invoiceNumber === booking.invoiceNumber &&
          payment.amountCents === booking.amountCents &&
          Math.abs(payment.at.getTime() - booking.at.getTime()) <= windowDays * DAY_MS,
      )
      .sort(
        (a, b) =>
          Math.abs(a.payment.at.getTime() - booking.at.getTime()) -
          Math.abs(b.payment.at.getTime() - booking.at.getTime()),
      )[0];
    if (!twin) return;
    claimed.set(twin.index, [booking.source.slice('ledger:'.length)]);
    dropped.add(index);
  });
  return payments.flatMap((payment, index) =>
    dropped.has(index) ? [] : [{ ...payment, alsoBookedIn: claimed.get(index) ?? [] }],
  );
}
