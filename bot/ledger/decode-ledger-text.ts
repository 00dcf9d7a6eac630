/**
 * An export's bytes as text: UTF-8 (with or without a byte order mark), UTF-16 with its mark
 * (Excel's "Unicode text"), and otherwise Windows-1252, what Dutch Windows software and Excel's
 * "CSV (gescheiden door lijstscheidingsteken)" write: bytes that are no valid UTF-8 cannot be
 * UTF-8, and every byte is a character in Windows-1252, so the choice is never a guess between
 * two readings that both work. Node's own TextDecoder knows all of these: no package needed.
 */
export function decodeLedgerText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}
