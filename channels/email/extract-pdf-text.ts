import { AppError } from '../../domain/errors/app-error.ts';

const MAX_PDF_BYTES = 10 * 1024 * 1024;
const MAX_TEXT_CHARS = 20_000;

/**
 * The text of a PDF (a remittance advice, a bank's payment confirmation), kept as evidence for
 * "already paid". unpdf bundles pdf.js as plain JavaScript: no native code, works offline. It is
 * loaded on first use so the ingester does not pay for it when no PDF arrives.
 */
export async function extractPdfText(content: Buffer): Promise<string> {
  if (content.length > MAX_PDF_BYTES) {
    throw new AppError(
      'INPUT_INVALID',
      `PDF of ${content.length} bytes is over the ${MAX_PDF_BYTES}-byte limit.`,
    );
  }
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(content));
    try {
      const { text } = await extractText(pdf, { mergePages: true });
      return text
        .replace(/[ \t]+/gu, ' ')
        .trim()
        .slice(0, MAX_TEXT_CHARS);
    } finally {
      await pdf.cleanup();
    }
  } catch (cause) {
    throw new AppError('INPUT_INVALID', `PDF text could not be read: ${(cause as Error).message}`, { cause });
  }
}
