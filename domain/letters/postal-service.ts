import type { IsoDate } from '../model/iso-date.ts';

/** A printed letter handed to a postal service. */
export interface LetterToPost {
  readonly letterId: string;
  /** The letter as printed (A4 PDF), for a service that prints and posts it itself. */
  readonly pdf: Uint8Array;
}

/** What a postal service confirms for one letter: the day it was posted and its own reference, if any. */
export interface PostingReceipt {
  readonly letterId: string;
  readonly postedOn: IsoDate;
  readonly reference: string | null;
}

/**
 * The port for sending letters by post. The "manual" adapter registers that a person posted the
 * printed letters on a day (channels/post/create-manual-postal-service.ts); an adapter for a
 * printing-and-posting service would upload the PDFs and return its receipts. The 14-day term of
 * art. 6:96 lid 6 BW counts from `postedOn`.
 */
export interface PostalService {
  /** Stored with each posting ("manual", or the service's name). */
  readonly name: string;
  post({
    letters,
    on,
  }: {
    letters: readonly LetterToPost[];
    on: IsoDate;
  }): Promise<readonly PostingReceipt[]>;
}
