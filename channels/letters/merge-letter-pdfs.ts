/**
 * Several letters as one PDF to print, each starting on an odd page so a duplex printer never
 * puts two debtors' letters on one sheet. pdf-lib is imported when letters are printed.
 */
export async function mergeLetterPdfs(letters: readonly Uint8Array[]): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const merged = await PDFDocument.create();
  merged.setTitle('Letters to post');
  merged.setCreator('collections');
  merged.setProducer('collections (pdf-lib)');
  for (const bytes of letters) {
    if (merged.getPageCount() % 2 === 1) {
      const last = merged.getPage(merged.getPageCount() - 1);
      merged.addPage([last.getWidth(), last.getHeight()]);
    }
    const letter = await PDFDocument.load(bytes);
    for (const page of await merged.copyPages(letter, letter.getPageIndices())) merged.addPage(page);
  }
  return merged.save();
}
