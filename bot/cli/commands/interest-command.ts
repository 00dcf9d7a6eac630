import { AppError } from '../../../domain/errors/app-error.ts';
import { computeStatutoryInterest } from '../../../domain/law/compute-statutory-interest.ts';
import { assertIsoDate } from '../../../domain/model/iso-date.ts';
import { parseMajorUnits } from '../../../domain/money.ts';
import { loadInterestRates } from '../../config/load-interest-rates.ts';
import { renderInterestReport } from '../../report/render-interest-report.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE =
  'collections interest --principal <euros> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--consumer] [--json]   ' +
  'e.g. collections interest --principal 1250 --from 2024-03-01 --to 2025-03-01';

/**
 * `collections interest`: Dutch statutory interest per rate period and in total. Commercial
 * (art. 6:119a BW) unless --consumer (art. 6:119 BW). --from is the first day of default, --to the
 * day of payment (not counted). Rates: the built-in table plus COLLECTIONS_RATES_FILE. Prints a table, or JSON in euros with --json.
 */
export const interestCommand: CommandHandler = async ({ args, io, env }) => {
  const { values } = parseCommandArgs(args, USAGE, {
    options: {
      principal: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      consumer: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const principalCents = parseEuroFlag(values.principal);
  const from = assertIsoDate(required('--from', values.from), '--from');
  const to = assertIsoDate(required('--to', values.to), '--to');
  const result = computeStatutoryInterest({
    principalCents,
    from,
    to,
    kind: values.consumer ? 'consumer' : 'commercial',
    table: loadInterestRates(env.COLLECTIONS_RATES_FILE || undefined),
  });
  if (!values.json) {
    io.stdout.write(renderInterestReport(result));
    return 0;
  }
  const euros = (cents: number) => cents / 100;
  const json = {
    kind: result.kind,
    principal: euros(result.principalCents),
    from: result.from,
    to: result.to,
    days: result.days,
    periods: result.periods.map((p) => ({
      from: p.from,
      through: p.through,
      days: p.days,
      ratePercent: p.basisPoints / 100,
      base: euros(p.baseCents),
      interest: euros(p.interestCents),
      source: p.source,
    })),
    interest: euros(result.interestCents),
    total: euros(result.totalCents),
    method: result.method,
  };
  io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
};

function required(flag: string, value: string | undefined): string {
  if (value === undefined) throw new AppError('INPUT_INVALID', `${flag} is required. Usage: ${USAGE}`);
  return value;
}

function parseEuroFlag(value: string | undefined): number {
  const text = required('--principal', value);
  let cents: number;
  try {
    cents = parseMajorUnits(text);
  } catch (error) {
    throw new AppError(
      'INPUT_INVALID',
      `--principal "${text}" is not an amount in euros: use digits with at most two decimals and no thousands separator, like --principal 1250.50`,
      { cause: error },
    );
  }
  if (cents <= 0)
    throw new AppError('INPUT_INVALID', '--principal must be more than 0, like --principal 1250.50');
  return cents;
}
