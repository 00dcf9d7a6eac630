import { addBusinessDays } from '../calendar/add-business-days.ts';
import { nextBusinessDayOnOrAfter } from '../calendar/next-business-day.ts';
import { addDays, type IsoDate } from '../model/iso-date.ts';

export interface FourteenDayTerm {
  /** The day we assume the letter reached the consumer. */
  readonly receivedOn: IsoDate;
  /** Day 1 of the term: the day after receipt (HR 25-11-2016, ECLI:NL:HR:2016:2704). */
  readonly termStartsOn: IsoDate;
  /** Day 14, moved to the next business day if it is a weekend or holiday (Algemene termijnenwet art. 1). */
  readonly termEndsOn: IsoDate;
  /** The first day collection costs may be charged if the claim is still unpaid. */
  readonly costsChargeableFrom: IsoDate;
}

/**
 * The term of the consumer 14-day letter (art. 6:96 lid 6 BW): 14 days starting the day after
 * receipt. We do not know the day of receipt, so we assume it is `assumedDeliveryBusinessDays`
 * business days after sending (policy); assuming late only ever delays charging costs, which
 * is the safe side: costs charged one day early are not due at all.
 */
export function computeFourteenDayTerm({
  sentOn,
  assumedDeliveryBusinessDays,
}: {
  sentOn: IsoDate;
  assumedDeliveryBusinessDays: number;
}): FourteenDayTerm {
  const receivedOn = addBusinessDays(sentOn, assumedDeliveryBusinessDays);
  const termStartsOn = addDays(receivedOn, 1);
  const termEndsOn = nextBusinessDayOnOrAfter(addDays(receivedOn, 14));
  return { receivedOn, termStartsOn, termEndsOn, costsChargeableFrom: addDays(termEndsOn, 1) };
}
