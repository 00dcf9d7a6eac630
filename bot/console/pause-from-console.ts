import { z } from 'zod';
import { addDays, amsterdamDate } from '../../domain/model/iso-date.ts';
import { pauseDunning } from '../../prisma/dunning/pause-dunning.ts';
import type { DebtorFormPost } from './console-deps.ts';

const ZPause = z.object({
  days: z.coerce.number().int().min(1).max(90),
  reason: z.string().trim().max(200),
});

/**
 * POST /console/debtors/:id/pause: pauses the ladder for the debtor's open invoices for N days
 * (the ladder sends nothing until that many days from today, inclusive), audited as `console:<e-mail>`. The role, the CSRF token
 * and the debtor were checked by the router. Answers with a 303 to the debtor page that says what happened.
 */
export async function pauseFromConsole({
  deps,
  exchange,
  actor,
  debtor,
  form,
  page,
}: DebtorFormPost): Promise<void> {
  const parsed = ZPause.safeParse({ days: form.get('days') ?? '', reason: form.get('reason') ?? '' });
  if (!parsed.success) return exchange.redirect(`${page}?notice=invalid_pause`);
  const until = addDays(amsterdamDate(deps.now()), parsed.data.days);
  const { invoiceIds } = await pauseDunning({
    prisma: deps.db.prisma,
    debtorId: debtor.id,
    until,
    reason: parsed.data.reason || `paused for ${parsed.data.days} days in the console`,
    actor,
  });
  if (invoiceIds.length === 0) return exchange.redirect(`${page}?notice=nothing_to_pause`);
  deps.log(
    `${actor} paused dunning for debtor ${debtor.id} until ${until} (${invoiceIds.length} invoice(s))`,
  );
  exchange.redirect(`${page}?paused=${invoiceIds.length}&until=${until}`);
}
