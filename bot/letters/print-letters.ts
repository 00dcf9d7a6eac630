import { mergeLetterPdfs } from '../../channels/letters/merge-letter-pdfs.ts';
import type { IsoDate } from '../../domain/model/iso-date.ts';
import { type LetterToPrint, loadLettersToPrint } from '../../prisma/letters/load-letters-to-print.ts';
import { markLettersPrinted } from '../../prisma/letters/mark-letters-printed.ts';
import type { Database } from '../../prisma/open-database.ts';

/**
 * The day's letters that go by post, as one PDF to print (each letter on its own sheets), and
 * noted as printed. Printing again gives the same letters: the PDF is the one that was recorded
 * (and e-mailed), never made anew.
 */
export async function printLetters({
  prisma,
  date,
  now,
}: {
  prisma: Database['prisma'];
  date: IsoDate;
  now: Date;
}): Promise<{ letters: readonly LetterToPrint[]; pdf: Uint8Array | null }> {
  const letters = await loadLettersToPrint({ prisma, date });
  if (letters.length === 0) return { letters, pdf: null };
  const pdf = await mergeLetterPdfs(letters.map((letter) => letter.pdf));
  await markLettersPrinted({ prisma, letterIds: letters.map((letter) => letter.id), at: now });
  return { letters, pdf };
}
