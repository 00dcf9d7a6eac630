import { IANAZone } from 'luxon';

const MAX_REMEMBERED_OFFSETS = 10_000;

/**
 * Europe/Amsterdam that remembers its UTC offset per instant. luxon asks Intl for the offset
 * (formatToParts, ~14 us on the 2-core server) for every DateTime it makes or moves; the dates in
 * one day's replies resolve against the same midnights and the same days over and over, so most
 * of those questions have been asked before. The answer per instant never changes, so remembering
 * it cannot change a date. Forgets everything when full, so memory stays bounded.
 */
class RememberingZone extends IANAZone {
  readonly #offsets = new Map<number, number>();

  override offset(ts: number): number {
    let offset = this.#offsets.get(ts);
    if (offset === undefined) {
      offset = super.offset(ts);
      if (this.#offsets.size >= MAX_REMEMBERED_OFFSETS) this.#offsets.clear();
      this.#offsets.set(ts, offset);
    }
    return offset;
  }
}

/** The zone of calendar days (STYLE.md: dates that are days are plain dates in Europe/Amsterdam). */
export const AMSTERDAM = new RememberingZone('Europe/Amsterdam');
