import { AppError } from '../../../domain/errors/app-error.ts';
import { computeCollectionCostsReport } from '../../../domain/law/compute-collection-costs-report.ts';
import { parseMajorUnits } from '../../../domain/money.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE =
  'collections costs --principal <euros> [--consumer] [--vat]   e.g. collections costs --principal 1250.50 --vat';

/**
 * `collections costs`: the WIK collection costs on a principal, as JSON in euros:
 * {"principal","wik","vat","total"} where total = principal + wik + vat. --vat adds 21% VAT on the
 * costs (only when the creditor cannot reclaim VAT). --consumer changes nothing in the amounts
 * (the scale is the same) but is accepted so scripts can say what they mean.
 */
export const costsCommand: CommandHandler = async ({ args, io }) => {
  const { values } = parseCommandArgs(args, USAGE, {
    options: { principal: { type: 'string' }, consumer: { type: 'boolean' }, vat: { type: 'boolean' } },
  });
  const principalCents = parseEuroFlag('--principal', values.principal);
  const report = computeCollectionCostsReport({ principalCents, vat: values.vat ?? false });
  io.stdout.write(`${JSON.stringify(report)}\n`);
  return 0;
};

/** Strict euros: "1250", "1250.5", "1250,50"; no thousands separators, no sign, more than zero. */
function parseEuroFlag(flag: string, value: string | undefined): number {
  if (value === undefined) throw new AppError('INPUT_INVALID', `${flag} is required. Usage: ${USAGE}`);
  let cents: number;
  try {
    cents = parseMajorUnits(value);
  } catch (error) {
    throw new AppError(
      'INPUT_INVALID',
      `${flag} "${value}" is not an amount in euros: use digits with at most two decimals and no thousands separator, like ${flag} 1250.50`,
      { cause: error },
    );
  }
  if (cents <= 0) throw new AppError('INPUT_INVALID', `${flag} must be more than 0, like ${flag} 1250.50`);
  return cents;
}
