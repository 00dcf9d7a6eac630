import { classifyReplyLines } from './classify-reply-lines.ts';
import { cutAfterClosing } from './cut-after-closing.ts';
import { cutAtAttachmentMarker } from './cut-at-attachment-marker.ts';
import { cutAtDeviceFooter } from './cut-at-device-footer.ts';
import { cutAtListFooter } from './cut-at-list-footer.ts';
import { cutAtReplyAboveLine } from './cut-at-reply-above-line.ts';
import { cutAttachmentNameLines } from './cut-attachment-name-lines.ts';
import { cutContactBlocks, cutContactLink } from './cut-contact-block.ts';
import { cutDashedSignoff } from './cut-dashed-signoff.ts';
import { cutDisclaimer } from './cut-disclaimer.ts';
import {
  cutNotesColumnHeader,
  cutNotesForward,
  cutNotesHeader,
  extendOverNotesSender,
} from './cut-lotus-notes-history.ts';
import { cutArtUnderName, cutImageUnderName } from './cut-pictures-under-name.ts';
import { cutQuoteAboveSignature } from './cut-quote-above-signature.ts';
import { cutHistory, findClosingUnderQuote } from './cut-quoted-history.ts';
import { cutSignature } from './cut-signature.ts';
import { cutSignatureBlockUnderEnd } from './cut-signature-block-under-end.ts';
import { cutSignatureTable } from './cut-signature-table.ts';
import { cutNameTitleLine, cutTitleBlock, cutTitleUnderName } from './cut-title-lines.ts';
import { dropExternalSenderBanner } from './drop-external-sender-banner.ts';
import { dropLeadingMimeHeaders } from './drop-leading-mime-headers.ts';
import { dropLeadingSignedQuote } from './drop-leading-signed-quote.ts';
import { dropPgpArmor } from './drop-pgp-armor.ts';
import type { TrimLineKind } from './locate-reply-content.ts';
import { isContent } from './locate-reply-content.ts';
import { normalizeScript } from './normalize-script.ts';
import { splitInlineAttributions } from './split-inline-attributions.ts';

/**
 * Trims a plain-text mail to the reply a person wrote. Lines are classified, then cut in order of
 * certainty: quoted history, device footers and what follows them, signature separators,
 * closings, disclaimers, and finally trailing quotes (only when the person wrote something of their own).
 */
export function trimReplyLines(text: string): string {
  const original = splitInlineAttributions(
    cutAtReplyAboveLine(
      cutAtAttachmentMarker(
        cutAtListFooter(dropPgpArmor(dropLeadingMimeHeaders(text.replace(/\r\n?/gu, '\n').split('\n')))),
      ),
    ),
  );
  // Lines are read without bidi marks and with ASCII digits; the reply keeps them as written.
  const lines = original.map(normalizeScript);
  const kinds: TrimLineKind[] = classifyReplyLines(lines);
  dropExternalSenderBanner(lines, kinds);
  dropLeadingSignedQuote(lines, kinds);
  let end = cutHistory(lines, kinds);
  const closing = kinds[end] === 'b' ? findClosingUnderQuote(lines, kinds, end) : -1;
  if (closing >= 0) {
    kinds.fill('x', end, closing);
    end = kinds.length;
  }
  end = extendOverNotesSender(lines, kinds, end);
  end = cutNotesForward(lines, kinds, end);
  end = cutNotesHeader(lines, kinds, end);
  end = cutNotesColumnHeader(lines, kinds, end);
  end = cutQuoteAboveSignature(lines, kinds, end);
  end = cutAtDeviceFooter(lines, kinds, end);
  end = cutSignatureBlockUnderEnd(lines, kinds, end);
  end = cutSignature(lines, kinds, end);
  end = cutAfterClosing(lines, kinds, end);
  end = cutImageUnderName(lines, kinds, end);
  end = cutDisclaimer(lines, kinds, end);
  end = cutDashedSignoff(lines, kinds, end);
  end = cutAttachmentNameLines(lines, kinds, end);
  end = cutContactBlocks(lines, kinds, end);
  end = cutTitleBlock(lines, kinds, end);
  end = cutSignatureTable(lines, kinds, end);
  end = cutContactLink(lines, kinds, end);
  end = cutNameTitleLine(lines, kinds, end);
  end = cutTitleUnderName(lines, kinds, end);
  end = cutArtUnderName(lines, kinds, end);
  const kept: string[] = [];
  const keptKinds: TrimLineKind[] = [];
  for (let i = 0; i < end; i++) {
    const kind = kinds[i];
    if (kind === 'x' || kind === 's' || kind === 'b' || kind === 'g') continue;
    // A line of invisible characters (Gmail's "ᐧ", zero-width spaces) is kept as an empty line.
    kept.push(kind === 'e' ? '' : (original[i] ?? ''));
    keptKinds.push(kind ?? 't');
  }
  if (keptKinds.some(isContent)) {
    while (keptKinds.length > 0 && !isContent(keptKinds.at(-1))) {
      keptKinds.pop();
      kept.pop();
    }
  }
  return kept
    .join('\n')
    .replace(/^\s*\n/u, '')
    .trimEnd();
}
