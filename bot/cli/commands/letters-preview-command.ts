import { AppError } from '../../../domain/errors/app-error.ts';
import type { CommandHandler } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

const USAGE =
  'collections letters preview --step STEP --invoice NUMBER [--lang nl|en|fr|de] [--format text|html|pdf --out FILE]';

/** What --format can be: the mail's text or HTML, or the PDF a formal letter goes with (written to --out). */
const FORMATS = ['text', 'html', 'pdf'] as const;
type PreviewFormat = (typeof FORMATS)[number];

/**
 * `collections letters preview`: the letter a ladder step would send for one invoice, worded by
 * the templates in force (the company's overrides included), without sending or changing
 * anything. Text shows the subject and the plain-text part; html the HTML part as sent.
 */
export const lettersPreviewCommand: CommandHandler = async ({ args, io, env }) => {
  const { values } = parseCommandArgs(args, USAGE, {
    options: {
      step: { type: 'string' },
      invoice: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.step || !values.invoice) {
    throw new AppError('INPUT_INVALID', `Give --step and --invoice. Usage: ${USAGE}`);
  }
  const format = (values.format ?? 'text') as PreviewFormat;
  if (!FORMATS.includes(format)) {
    throw new AppError(
      'INPUT_INVALID',
      `--format must be ${FORMATS.join(' or ')}, got "${values.format}". Usage: ${USAGE}`,
    );
  }
  if (format === 'pdf' && !values.out) {
    throw new AppError(
      'INPUT_INVALID',
      `--format pdf writes a file: give --out FILE.pdf (a PDF is not shown in a terminal). Usage: ${USAGE}`,
    );
  }
  if (format !== 'pdf' && values.out !== undefined) {
    throw new AppError('INPUT_INVALID', `--out is for --format pdf; text and html go to standard output.`);
  }
  if (values.lang !== undefined && !/^[a-z]{2}$/u.test(values.lang)) {
    throw new AppError(
      'INPUT_INVALID',
      `--lang takes a two-letter language code such as nl or en, got "${values.lang}".`,
    );
  }
  // Loaded here, not at the top: `collections costs` and the other fast commands never load them.
  const { previewLetter } = await import('../../letters/preview-letter.ts');
  const letter = await previewLetter({
    env,
    step: values.step,
    invoiceNumber: values.invoice.trim(),
    language: values.lang ?? null,
    pdf: format === 'pdf',
  });
  switch (format) {
    case 'html':
      io.stdout.write(letter.html);
      break;
    case 'pdf': {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(values.out!, letter.pdf!);
      io.stdout.write(`${values.out}\n`);
      break;
    }
    case 'text':
      io.stdout.write(`Subject: ${letter.subject}\n\n${letter.text}`);
      break;
  }
  io.stderr.write(
    `${letter.step} for ${letter.invoice} (${letter.debtor}), ${letter.language}, from ${letter.file}\n`,
  );
  return 0;
};
