import type { PostalService, PostingReceipt } from '../../domain/letters/postal-service.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { loadLettersToPrint } from '../../prisma/letters/load-letters-to-print.ts';
import { registerPostings } from '../../prisma/letters/register-postings.ts';
import type { Database } from '../../prisma/open-database.ts';

/**
 * Hands the letters of `lettersOf` that go by post and are not posted yet to the postal service
 * and registers what it confirms: the day of posting, from which the 14-day term counts. With the
 * manual service a person posted the printed letters on `on`; a letter not printed yet is left
 * for after `collections letters print`.
 */
export async function postLetters({
  prisma,
  service,
  lettersOf,
  on,
  actor,
}: {
  prisma: Database['prisma'];
  service: PostalService;
  lettersOf: IsoDate;
  on: IsoDate;
  actor: string;
}): Promise<{ receipts: readonly PostingReceipt[]; notPrinted: number; alreadyPosted: number }> {
  const letters = await loadLettersToPrint({ prisma, date: lettersOf });
  const waiting = letters.filter((letter) => letter.postedOn === null);
  const printed = service.name === 'manual' ? waiting.filter((letter) => letter.printedAt !== null) : waiting;
  const receipts =
    printed.length === 0
      ? []
      : await service.post({
          letters: printed.map((letter) => ({ letterId: letter.id, pdf: letter.pdf })),
          on,
        });
  await registerPostings({ prisma, receipts, service: service.name, actor });
  return {
    receipts,
    notPrinted: waiting.length - printed.length,
    alreadyPosted: letters.length - waiting.length,
  };
}
