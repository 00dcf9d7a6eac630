import type { IsoDate } from '../../domain/model/iso-date.ts';
import type { PrismaClient } from '../generated/client.ts';

export interface LetterToPrint {
  readonly id: string;
  readonly debtorName: string;
  readonly stepCode: string;
  readonly pdf: Uint8Array;
  readonly printedAt: Date | null;
  readonly postedOn: IsoDate | null;
}

/** The letters dated `date` that go by post (post or both), in the order they were made. */
export async function loadLettersToPrint({
  prisma,
  date,
}: {
  prisma: PrismaClient;
  date: IsoDate;
}): Promise<LetterToPrint[]> {
  const rows = await prisma.$queryRawUnsafe<
    {
      id: string;
      debtorName: string;
      stepCode: string;
      pdf: string;
      printedAt: Date | null;
      postedOn: string | null;
    }[]
  >(
    `SELECT l.id::text AS id, d.name AS "debtorName", l.step_code AS "stepCode", encode(l.pdf, 'base64') AS pdf,
            l.printed_at AS "printedAt", to_char(l.posted_on, 'YYYY-MM-DD') AS "postedOn"
       FROM ladder_letter l JOIN debtor d ON d.id = l.debtor_id
      WHERE l.letter_date = $1::date AND l.delivery IN ('post', 'both')
      ORDER BY l.created_at, l.id`,
    date,
  );
  return rows.map((row) => ({
    ...row,
    printedAt: row.printedAt === null ? null : new Date(row.printedAt),
    pdf: new Uint8Array(Buffer.from(row.pdf, 'base64')),
  }));
}
