/** The "-- " line above a signature: never flowed, never joined (RFC 3676 4.3). */
const SIGNATURE_SEPARATOR = '-- ';

interface FlowedLine {
  readonly depth: number;
  readonly text: string;
  readonly flowed: boolean;
}

function readLine(raw: string, delSp: boolean): FlowedLine {
  let depth = 0;
  while (raw[depth] === '>') depth++;
  let text = raw.slice(depth);
  // Space-stuffing (RFC 3676 4.4): one space the sender's client put in front of the line.
  if (text.startsWith(' ')) text = text.slice(1);
  const flowed = text.endsWith(' ') && text !== SIGNATURE_SEPARATOR;
  return { depth, text: flowed && delSp ? text.slice(0, -1) : text, flowed };
}

/**
 * Decodes a format=flowed text/plain body (RFC 3676): a line ending in a space runs on into the
 * next line of the same quote depth (without that space when DelSp=yes); a line at another depth,
 * a blank line and the "-- " signature separator end the paragraph, so a signature stays a block
 * of its own. Space-stuffing is removed; quoted lines keep their ">" marks and a space after them.
 * Line ends come out as "\n".
 */
export function decodeFlowedText(text: string, delSp: boolean): string {
  const lines = text.split(/\r?\n/u).map((raw) => readLine(raw, delSp));
  const out: string[] = [];
  let paragraph: FlowedLine | null = null;
  for (const line of lines) {
    if (paragraph) {
      const joins = line.depth === paragraph.depth && line.text !== SIGNATURE_SEPARATOR;
      if (joins) {
        paragraph = { depth: line.depth, text: paragraph.text + line.text, flowed: line.flowed };
        if (!line.flowed) {
          out.push(render(paragraph));
          paragraph = null;
        }
        continue;
      }
      out.push(render(paragraph));
      paragraph = null;
    }
    if (line.flowed) paragraph = line;
    else out.push(render(line));
  }
  if (paragraph) out.push(render(paragraph));
  return out.join('\n');
}

function render(line: FlowedLine): string {
  return line.depth === 0 ? line.text : `${'>'.repeat(line.depth)} ${line.text}`;
}
