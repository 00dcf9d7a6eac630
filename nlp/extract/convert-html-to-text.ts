import { Tokenizer } from 'htmlparser2';
import { createTextLines } from './create-text-lines.ts';

/** Elements that hold no content: a start tag does not open a level. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Line ends around a block, as html-to-text writes them (p, lists, tables: a blank line). */
const BLOCK_BREAKS = new Map<string, number>([
  ...['p', 'pre', 'blockquote', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(
    (name) => [name, 2] as const,
  ),
  ...[
    'div',
    'li',
    'tr',
    'dl',
    'dt',
    'dd',
    'section',
    'article',
    'header',
    'footer',
    'nav',
    'aside',
    'main',
    'figure',
    'figcaption',
    'address',
    'center',
    'form',
    'fieldset',
  ].map((name) => [name, 1] as const),
]);
/** Never text for a reader. */
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'template', 'noscript', 'svg']);
/** An open element the HTML parser closes implicitly when one of these starts (p before a div). */
const CLOSED_BY = new Map<string, Set<string>>([
  ['p', new Set([...BLOCK_BREAKS.keys(), 'hr'].filter((name) => !['li', 'dt', 'dd', 'tr'].includes(name)))],
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['tr', new Set(['tr'])],
  ['td', new Set(['td', 'th', 'tr'])],
  ['th', new Set(['td', 'th', 'tr'])],
  ['option', new Set(['option'])],
]);

/** Quote containers of Gmail and Thunderbird hold only history: skipped with everything in them. */
function isHistory(name: string, classes: string, type: string): boolean {
  if (name === 'div') return /(?:^|\s)(?:gmail_quote|moz-cite-prefix)(?:\s|$)/u.test(classes);
  return name === 'blockquote' && type.toLowerCase() === 'cite';
}

interface Open {
  readonly name: string;
  readonly skip: boolean;
  /** Opened outside any skipped element: it counts for quote marks, <pre> and line ends. */
  readonly shown: boolean;
}

/**
 * HTML mail to plain text for reply extraction, in one pass over htmlparser2's tokenizer: no
 * tree and no recursion, so cost is linear in the input whatever its nesting (a tree walk
 * overflowed the stack at 3,000 nested <div>s, and htmlparser2's own Parser keeps its open
 * elements at the front of an array: quadratic in the depth). Stops once `maxChars` of text
 * are written. Blocks become lines, blockquotes "> " lines (the line rules see them), lists
 * " * " lines; the quote containers of Gmail and Thunderbird, head, style and script are
 * skipped; links keep their text, images vanish.
 */
export function convertHtmlToText(html: string, { maxChars = Number.POSITIVE_INFINITY } = {}): string {
  const out = createTextLines();
  const stack: Open[] = [];
  /** How many of each element are open: a stray end tag is ignored without a search. */
  const openCount = new Map<string, number>();
  let skipping = 0;
  let quoteDepth = 0;
  let preDepth = 0;
  let tagName = '';
  let attributeName = '';
  let attributeValue = '';
  // Only these two attributes matter (isHistory); a Map per tag cost more than the tokenizer.
  let classes = '';
  let type = '';

  /** The open lists, innermost last: an item's bullet without searching the element stack. */
  const lists: string[] = [];
  const pop = (): void => {
    const element = stack.pop()!;
    openCount.set(element.name, (openCount.get(element.name) ?? 1) - 1);
    if (element.skip) skipping--;
    if (element.name === 'ul' || element.name === 'ol') lists.pop();
    if (!element.shown) return;
    if (element.name === 'blockquote') out.setQuoteDepth(--quoteDepth);
    if (element.name === 'pre') preDepth--;
    const breaks = BLOCK_BREAKS.get(element.name);
    if (breaks !== undefined) out.breakAtLeast(breaks);
  };
  const open = (name: string): void => {
    while (stack.length > 0 && CLOSED_BY.get(stack[stack.length - 1]!.name)?.has(name)) pop();
    if (skipping === 0) {
      if (name === 'br') out.lineBreak();
      else if (name === 'hr') {
        out.breakAtLeast(2);
        out.text('-'.repeat(40), true);
        out.breakAtLeast(2);
      } else if (name === 'td' || name === 'th') out.text(' ', false);
    }
    if (VOID.has(name)) return;
    const skip = SKIPPED.has(name) || isHistory(name, classes, type);
    stack.push({ name, skip, shown: skipping === 0 && !skip });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (skip) skipping++;
    if (name === 'ul' || name === 'ol') lists.push(name);
    if (skipping > 0) return;
    const breaks = BLOCK_BREAKS.get(name);
    if (breaks !== undefined) out.breakAtLeast(breaks);
    if (name === 'blockquote') out.setQuoteDepth(++quoteDepth);
    if (name === 'pre') preDepth++;
    if (name === 'li') out.prefixNextLine(lists.at(-1) === 'ol' ? '1. ' : ' * ');
  };
  const close = (name: string): void => {
    if ((openCount.get(name) ?? 0) === 0) {
      // "</p>" without a <p> is an empty paragraph to browsers; "</br>" a line break.
      if (name === 'br') open('br');
      return;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.name !== name) pop();
    pop();
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        if (skipping === 0) out.text(html.slice(start, end), preDepth > 0);
        if (out.length > maxChars) tokenizer.pause();
      },
      ontextentity(codepoint) {
        if (skipping === 0) out.text(String.fromCodePoint(codepoint), preDepth > 0);
      },
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        classes = '';
        type = '';
      },
      onattribname(start, end) {
        attributeName = html.slice(start, end).toLowerCase();
        attributeValue = '';
      },
      onattribdata(start, end) {
        attributeValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (attributeName === 'class') classes = attributeValue;
        else if (attributeName === 'type') type = attributeValue;
      },
      onopentagend() {
        open(tagName);
      },
      onselfclosingtag() {
        // In HTML a trailing "/" closes nothing: <div/> opens a div, as browsers read it.
        open(tagName);
      },
      onclosetag(start, end) {
        close(html.slice(start, end).toLowerCase());
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  if (tokenizer.running) tokenizer.end();
  return out.finish(maxChars);
}
