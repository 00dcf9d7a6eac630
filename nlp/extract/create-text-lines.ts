/** Collapsible white space in HTML text (html-to-text's set: a no-break space is kept as text). */
/**
 * Quote marks written at most per line: nobody reads deeper, and marks for every level of a
 * 100,000-deep blockquote on every line would make the text quadratic in the input.
 */
const MAX_QUOTE_MARKS = 20;
const HTML_SPACE = /[ \t\r\n\f\u200b]+/u;

export interface TextLines {
  /** Text from the document; runs of white space become one space unless `preformatted`. */
  text(value: string, preformatted: boolean): void;
  /** At least `count` line ends before the next text (a block's edge); nothing before the first text. */
  breakAtLeast(count: number): void;
  /** One more line end before the next text (a <br>). */
  lineBreak(): void;
  /** Written at the start of the next text's line, after the quote marks (a list bullet). */
  prefixNextLine(prefix: string): void;
  /** Lines that start from now on carry this many "> " marks (open blockquotes). */
  setQuoteDepth(depth: number): void;
  /** Characters written so far, line ends included. */
  readonly length: number;
  /** The text, each line without trailing white space, cut at `maxChars`. */
  finish(maxChars: number): string;
}

/**
 * The output side of convertHtmlToText: lines built as text arrives, so a document of any depth
 * is written without a tree and without recursion. Block edges ask for line ends, and only
 * text makes them real, so empty blocks and leading markup leave no blank lines.
 */
export function createTextLines(): TextLines {
  const lines: string[] = [];
  let line = '';
  let lineHasText = false;
  let owed = 0;
  let pendingSpace = false;
  let prefix = '';
  let quoteDepth = 0;
  /** The shallowest quote depth while line ends were owed: a blank line between a list and a
   * quote belongs to neither, so it carries no marks. */
  let breakDepth = 0;
  /** Characters in `lines`, line ends included. */
  let written = 0;

  const quoteMarks = (): string => (quoteDepth > 0 ? '> '.repeat(Math.min(quoteDepth, MAX_QUOTE_MARKS)) : '');
  const startText = (): void => {
    if (lines.length === 0 && !lineHasText && line === '') {
      line = quoteMarks() + prefix;
    } else if (owed > 0) {
      for (let index = 0; index < owed; index++) {
        lines.push(line);
        written += line.length + 1;
        line = index < owed - 1 ? '>'.repeat(Math.min(breakDepth, MAX_QUOTE_MARKS)) : '';
      }
      line = quoteMarks() + prefix;
      lineHasText = false;
      pendingSpace = false;
    } else if (!lineHasText && prefix !== '') {
      line += prefix;
    }
    owed = 0;
    prefix = '';
  };
  const append = (value: string): void => {
    if (value === '') return;
    if (owed > 0 || prefix !== '' || (!lineHasText && line === '')) startText();
    if (pendingSpace && lineHasText) line += ' ';
    pendingSpace = false;
    line += value;
    lineHasText = true;
  };

  return {
    text(value, preformatted) {
      if (preformatted) {
        const [first = '', ...rest] = value.split(/\r?\n/u);
        append(first);
        for (const next of rest) {
          this.lineBreak();
          append(next);
        }
        return;
      }
      const words = value.split(HTML_SPACE);
      words.forEach((word, index) => {
        if (index > 0) pendingSpace = true;
        append(word);
      });
    },
    breakAtLeast(count) {
      if (lines.length === 0 && !lineHasText) return;
      breakDepth = owed === 0 ? quoteDepth : Math.min(breakDepth, quoteDepth);
      owed = Math.max(owed, count);
    },
    lineBreak() {
      if (lines.length === 0 && !lineHasText) return;
      breakDepth = owed === 0 ? quoteDepth : Math.min(breakDepth, quoteDepth);
      owed += 1;
    },
    prefixNextLine(value) {
      prefix = value;
    },
    setQuoteDepth(depth) {
      quoteDepth = depth;
      if (owed > 0) breakDepth = Math.min(breakDepth, depth);
    },
    get length() {
      return written + line.length;
    },
    finish(maxChars) {
      const all = lineHasText ? [...lines, line] : lines;
      return all
        .map((text) => text.trimEnd())
        .join('\n')
        .slice(0, maxChars)
        .trim();
    },
  };
}
