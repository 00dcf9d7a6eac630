/**
 * A clear-signed message (RFC 4880, section 7) wraps the text the person wrote in PGP's armor:
 * "-----BEGIN PGP SIGNED MESSAGE-----" and its "Hash: SHA1" lines above it, the signature block
 * ("-----BEGIN PGP SIGNATURE-----" ... "-----END PGP SIGNATURE-----") under it, and every line of
 * the text that starts with a dash escaped as "- " ("- -- " for the signature separator). None of
 * the armor is the person's; the escaped lines are read as they were written. Quoted armor ("> -----
 * BEGIN ...") belongs to the quote and is left as it is. One pass over the lines.
 */
const SIGNED_MESSAGE = /^-----BEGIN PGP SIGNED MESSAGE-----\s*$/u;
const ARMOR_HEADER = /^(?:Hash|Charset|Comment|Version):\s/u;
const SIGNATURE_START = /^-----BEGIN PGP SIGNATURE-----\s*$/u;
const SIGNATURE_END = /^-----END PGP SIGNATURE-----\s*$/u;

export function dropPgpArmor(lines: readonly string[]): readonly string[] {
  const start = lines.findIndex((line) => SIGNED_MESSAGE.test(line));
  if (start < 0) return lines;
  const kept = lines.slice(0, start);
  let i = start + 1;
  while (i < lines.length && ARMOR_HEADER.test(lines[i] ?? '')) i++;
  // The empty line that ends the armor headers.
  if (i > start + 1 && (lines[i] ?? '').trim() === '') i++;
  // Lines are escaped only in the signed text; what a list server adds under the signature is not.
  let signed = true;
  let inSignature = false;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inSignature) {
      if (SIGNATURE_END.test(line)) inSignature = false;
      continue;
    }
    if (signed && SIGNATURE_START.test(line)) {
      signed = false;
      inSignature = true;
      continue;
    }
    kept.push(signed && line.startsWith('- ') ? line.slice(2) : line);
  }
  return kept;
}
