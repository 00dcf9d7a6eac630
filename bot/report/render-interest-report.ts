import type { StatutoryInterestResult } from '../../domain/law/compute-statutory-interest.ts';
import { formatEuros } from './format-euros.ts';
import { renderTable } from './render-table.ts';

/** Statutory interest per rate period, with the total and the method, for `collections interest`. */
export function renderInterestReport(result: StatutoryInterestResult): string {
  const table = renderTable({
    columns: [
      { header: 'From' },
      { header: 'Through' },
      { header: 'Days', align: 'right' },
      { header: 'Rate', align: 'right' },
      { header: 'Base (EUR)', align: 'right' },
      { header: 'Interest (EUR)', align: 'right' },
    ],
    rows: result.periods.map((p) => [
      p.from,
      p.through,
      String(p.days),
      `${(p.basisPoints / 100).toFixed(2)}%`,
      formatEuros(p.baseCents),
      formatEuros(p.interestCents),
    ]),
    totals: ['Total', '', String(result.days), '', '', formatEuros(result.interestCents)],
  });
  const law = result.kind === 'commercial' ? 'commercial, art. 6:119a BW' : 'consumer, art. 6:119 BW';
  return (
    `Statutory interest (${law}) on EUR ${formatEuros(result.principalCents)} from ${result.from} to ${result.to}\n\n` +
    `${table}\nPrincipal + interest: EUR ${formatEuros(result.totalCents)}\nMethod: ${result.method}\n`
  );
}
