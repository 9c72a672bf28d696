import { parseHTML } from 'linkedom';

/** Elements that start and end a paragraph of the stored text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);
/** Elements whose content is never text of the report. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of an HTML fragment or page as paragraphs separated by blank lines: each block element
 * is a paragraph, `<br>` a line break, white space inside a paragraph collapsed. Walks the tree
 * without recursion, so deeply nested markup cannot exhaust the stack.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeText(document.body as unknown as DomNode);
}

/** The same for a node of a document already parsed. */
export function nodeText(root: DomNode): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const endLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };
  const stack: Array<DomNode | 'end-block'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      endParagraph();
      continue;
    }
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) continue;
    if (node.nodeName === 'BR') {
      endLine();
      continue;
    }
    const block = BLOCKS.has(node.nodeName);
    if (block) {
      endParagraph();
      stack.push('end-block');
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
