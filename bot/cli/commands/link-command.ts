import { createPaymentLink } from '../../../channels/web/create-payment-link.ts';
import { readPaymentPageConfig } from '../../../channels/web/read-payment-page-config.ts';
import { AppError } from '../../../domain/errors/app-error.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { findInvoiceByNumber } from '../../../prisma/payments/find-invoice-by-number.ts';
import { loadConfig } from '../../config/load-config.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE = 'collections link <invoice number> [--days N] [--json]';

/**
 * `collections link <invoice number>`: prints the invoice's payment-page URL (signed, valid
 * PAYMENT_LINK_TTL_DAYS or --days), e.g. to paste into a personal e-mail.
 */
export const linkCommand: CommandHandler = async ({ args, io, env }) => {
  const parsed = parseCommandArgs(args, USAGE, {
    options: { days: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const [number, ...extra] = parsed.positionals;
  if (!number || extra.length > 0) {
    throw new AppError('INPUT_INVALID', `Give exactly one invoice number. Usage: ${USAGE}`);
  }
  const days = parsed.values.days === undefined ? undefined : Number(parsed.values.days);
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 400)) {
    throw new AppError(
      'INPUT_INVALID',
      `--days must be a whole number from 1 to 400, got "${parsed.values.days}".`,
    );
  }
  const page = readPaymentPageConfig(env);
  if (!page) {
    throw new AppError(
      'CONFIG_INVALID',
      'Payment links need PAYMENT_LINK_SECRET and PUBLIC_BASE_URL. Set them (see .env.example) and try again.',
    );
  }
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const invoice = await findInvoiceByNumber({ prisma: db.prisma, number: number.trim() });
    if (!invoice) {
      throw new AppError(
        'NOT_FOUND',
        `No invoice "${number}". Check the number as it appears in the ledger (collections import).`,
      );
    }
    const link = createPaymentLink({
      publicBaseUrl: page.publicBaseUrl,
      secret: page.linkSecret,
      ttlDays: days ?? page.linkTtlDays,
      invoiceId: invoice.id,
    });
    if (parsed.values.json) {
      io.stdout.write(
        `${JSON.stringify({ invoice: invoice.number, status: invoice.status, url: link.url, expiresAt: link.expiresAt.toISOString() })}\n`,
      );
    } else {
      io.stdout.write(`${link.url}\n`);
      io.stderr.write(
        `invoice ${invoice.number} (${invoice.debtorName}, ${invoice.status}); the link works until ${link.expiresAt.toISOString()}\n`,
      );
    }
    return 0;
  } finally {
    await db.close();
  }
};
