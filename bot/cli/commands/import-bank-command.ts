import { parseArgs } from 'node:util';
import { readSlackConfig } from '../../../channels/slack/read-slack-config.ts';
import { AppError } from '../../../domain/errors/app-error.ts';
import { toMajorUnits } from '../../../domain/money.ts';
import { openDatabase } from '../../../prisma/open-database.ts';
import { loadConfig } from '../../config/load-config.ts';
import { type BankFileImport, importBankFiles } from '../../payments/import-bank-files.ts';
import type { CommandHandler } from '../command.ts';

const USAGE = 'collections import-bank <statement.xml|statement.mt940>... [--json]   (CAMT.053 or MT940)';

const RULES = {
  structured_reference: 'our reference',
  invoice_number: 'invoice number in the text',
  known_iban: 'known account and exact amount',
} as const;

/**
 * `collections import-bank FILE...`: bank statements (CAMT.053, MT940) in; incoming transfers are
 * matched to open invoices and recorded like any payment (dunning ends for what is paid), what
 * does not fit waits for finance's review. Importing a statement again adds nothing.
 */
export const importBankCommand: CommandHandler = async ({ args, io, env }) => {
  let parsed: { values: { json?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true });
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `${(cause as Error).message}. Usage: ${USAGE}`, { cause });
  }
  if (parsed.positionals.length === 0) {
    throw new AppError('INPUT_INVALID', `Give one or more statement files. Usage: ${USAGE}`);
  }
  const config = loadConfig(env);
  const db = await openDatabase({ target: config.database, migrate: config.database.kind === 'pglite' });
  try {
    const results = await importBankFiles({
      prisma: db.prisma,
      files: parsed.positionals,
      financeChannel: financeChannelOf(env),
    });
    io.stdout.write(
      parsed.values.json ? `${JSON.stringify(results, null, 2)}\n` : results.map(render).join(''),
    );
    return 0;
  } finally {
    await db.close();
  }
};

/** Where a reversal is told; a Slack set-up serve would refuse does not stop an import (the output says it all). */
function financeChannelOf(env: NodeJS.ProcessEnv): string | null {
  try {
    return readSlackConfig(env)?.financeChannel ?? null;
  } catch {
    return null;
  }
}

function render(result: BankFileImport): string {
  const count = (kind: string) => result.entries.filter((e) => e.kind === kind).length;
  const payments = result.entries.filter((e) => e.kind === 'payment');
  const applied = payments.filter((e) => e.outcome === 'applied');
  const review = payments.filter((e) => e.outcome === 'needs_review');
  const money = (cents: number, currency: string) => `${currency} ${toMajorUnits(cents)}`;
  const by = result.alreadyImportedBy;
  const why = [
    by.statement ? `${by.statement} in the same statement` : '',
    by.bankReference ? `${by.bankReference} by the bank's reference in another statement` : '',
    by.endToEndId ? `${by.endToEndId} by the end-to-end id in another statement` : '',
  ].filter((part) => part);
  const lines = [
    `${result.file}: ${result.statements} statement(s), ${result.entries.length} new entries, ${result.alreadyImported} already imported${why.length ? ` (${why.join(', ')})` : ''}`,
    ...result.recognised.map(
      (entry) =>
        `    ${entry.location}: ${money(entry.amountCents, entry.currency)} already imported from statement ${entry.statementId} (${entry.sourceFile}), same ${entry.by === 'bank_reference' ? "bank's reference" : 'end-to-end id'}`,
    ),
    `  payments applied: ${applied.length}, ${money(
      applied.reduce((sum, e) => sum + e.amountCents, 0),
      'EUR',
    )}`,
  ];
  for (const entry of applied) {
    const paid = entry.invoices
      .map(
        (i) =>
          `${i.number} ${toMajorUnits(i.cents)}${i.openCents > 0 ? ` (still open ${toMajorUnits(i.openCents)})` : ' (paid)'}`,
      )
      .join(', ');
    lines.push(`    ${entry.location}: ${paid} by ${entry.rule ? RULES[entry.rule] : '?'}`);
  }
  lines.push(`  for finance's review: ${review.length}`);
  for (const entry of review) {
    lines.push(`    ${entry.location}: ${money(entry.amountCents, entry.currency)}: ${entry.reviewReason}`);
    for (const c of entry.candidates) {
      lines.push(
        `      candidate ${c.number} (${c.debtorName}, open ${toMajorUnits(c.openCents)}): ${c.why}`,
      );
    }
  }
  lines.push(
    `  not payments: ${count('debit')} debit(s), ${count('reversal')} reversal(s), ${count('return')} return(s)`,
  );
  const undone = result.entries.filter(
    (e) => (e.kind === 'reversal' || e.kind === 'return') && e.direction === 'debit',
  );
  for (const entry of undone) {
    const what = `  ${entry.location}: the bank ${entry.kind === 'return' ? 'returned' : 'reversed'} an incoming transfer of ${money(entry.amountCents, entry.currency)}`;
    if (entry.outcome === 'reversed') {
      const reopened = entry.invoices.map((i) => `${i.number} open again (${toMajorUnits(i.openCents)})`);
      lines.push(`${what}: our payment undone${reopened.length ? `, ${reopened.join(', ')}` : ' earlier'}`);
    } else {
      lines.push(`${what}: for finance's review: ${entry.reviewReason}`);
    }
  }
  const foreign = result.entries.filter((e) => e.kind === 'foreign');
  if (foreign.length > 0) {
    lines.push(`  other currencies, reported and not matched: ${foreign.length}`);
    for (const entry of foreign)
      lines.push(`    ${entry.location}: ${money(entry.amountCents, entry.currency)}`);
  }
  return `${lines.join('\n')}\n`;
}
