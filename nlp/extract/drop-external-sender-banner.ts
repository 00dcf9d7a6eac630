import type { TrimLineKind } from './locate-reply-content.ts';
import { EXTERNAL_SENDER_BANNER } from './reply-line-patterns.ts';

/** The mail server's "this email originated from outside" paragraph on top is not the reply. */
export function dropExternalSenderBanner(lines: readonly string[], kinds: TrimLineKind[]): void {
  let i = 0;
  while (kinds[i] === 'e') i++;
  let j = i;
  let paragraph = '';
  while (j < kinds.length && kinds[j] === 't' && paragraph.length < 600) paragraph += ` ${lines[j++]}`;
  if (j > i && EXTERNAL_SENDER_BANNER.test(paragraph.trim())) kinds.fill('x', i, j);
}
