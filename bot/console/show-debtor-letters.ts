import path from 'node:path';
import { renderDebtorLetters } from '../../channels/web/console/render-debtor-letters.ts';
import type { StaffMember } from '../../prisma/staff/staff-member.ts';
import type { ConsoleDeps } from './console-deps.ts';
import type { Exchange } from './open-exchange.ts';
import { wordDebtorLetters } from './word-debtor-letters.ts';

/** GET /console/debtors/:id/letters[?invoice=NUMBER]: every ladder step's letter for one open invoice; 404 for an unknown debtor or invoice. */
export async function showDebtorLetters(
  deps: ConsoleDeps,
  exchange: Exchange,
  session: { staff: StaffMember; csrf: string },
  letters: { debtorId: string; invoiceNumber: string | null },
  notFound: () => void,
): Promise<void> {
  const worded = await wordDebtorLetters({ deps, ...letters, step: null });
  if (!worded) return notFound();
  exchange.page(
    200,
    renderDebtorLetters({
      language: exchange.language,
      companyName: deps.companyName,
      debtor: worded.debtor,
      invoice: worded.invoice,
      letters: worded.letters.map(({ label, formal, letter }) => ({
        step: letter.step,
        label,
        formal,
        subject: letter.subject,
        text: letter.text,
        language: letter.language,
        template: path.basename(letter.file),
      })),
      signedIn: { name: session.staff.name, email: session.staff.email, csrf: session.csrf },
    }),
  );
}
