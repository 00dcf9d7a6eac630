/**
 * Mailman's archive (pipermail) and digests put "-------------- next part --------------" where
 * they took an attachment out of the mail, and under it the attachment itself: scrubbed HTML, a
 * script, a data file. None of it is what the person wrote, so the lines stop at the marker.
 */
const ATTACHMENT_MARKER = /^\s*-{5,}\s*next part\s*-{5,}\s*$/iu;

export function cutAtAttachmentMarker(lines: readonly string[]): readonly string[] {
  const marker = lines.findIndex((line) => ATTACHMENT_MARKER.test(line));
  return marker > 0 ? lines.slice(0, marker) : lines;
}
