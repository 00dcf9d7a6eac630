import type { TrimLineKind } from './locate-reply-content.ts';
import { firstContentBefore, lastContent } from './locate-reply-content.ts';

/**
 * An attachment as clients print it on a line of its own under the text: Outlook's " - draft.xls"
 * and "<<draft.xls>>". A file name with an extension a document has, nothing else on the line.
 */
const ATTACHMENT_NAME_LINE =
  /^\s{0,8}(?:-\s|<<)[^<>]{0,150}\.(?:xlsx?|xlsm|docx?|pdf|pptx?|txt|csv|zip|jpe?g|png|gif|tiff?|rtf|msg|html?|vcf)\s*(?:>>)?\s*$/iu;

/** Attachment name lines at the end, under the person's text: they are not what the person wrote. */
export function cutAttachmentNameLines(
  lines: readonly string[],
  kinds: readonly TrimLineKind[],
  end: number,
): number {
  let cut = end;
  let last = lastContent(kinds, cut);
  while (last > 0 && (lines[last] ?? '').length <= 200 && ATTACHMENT_NAME_LINE.test(lines[last] ?? '')) {
    if (!firstContentBefore(kinds, last)) break;
    cut = last;
    last = lastContent(kinds, cut);
  }
  return cut;
}
