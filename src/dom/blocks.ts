// Live article blocks: runs of live text nodes that read as one paragraph, heading, list item,
// quote or caption. Offsets into `text` lead back to the nodes, for highlights.

import type { BlockKind } from '../contract/schemas';

export type { BlockKind };

export interface Segment {
  node: Text;
  /** Where this node's data starts in the block's text. */
  start: number;
}

export interface LiveBlock {
  kind: BlockKind;
  /** The element the block belongs to (for a br-separated run, the element holding the run). */
  element: Element;
  segments: Segment[];
  text: string;
  /** Characters of the text that are link text (for related-link lines). */
  linkChars: number;
}

/** Elements whose text is never part of a block: not prose, or the reader's own input. */
const EXCLUDED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'INPUT',
]);

/**
 * Whether the element itself (not its ancestors) holds text that is never part of a block:
 * scripts, styles, form fields, buttons, SVG and MathML, editable regions.
 */
export function isExcluded(element: Element): boolean {
  if (EXCLUDED_TAGS.has(element.tagName)) return true;
  const ns = element.namespaceURI;
  if (ns === 'http://www.w3.org/2000/svg' || ns === 'http://www.w3.org/1998/Math/MathML') return true;
  // As the browser reads the attribute: only these values (any case) make an editable region.
  const editable = element.getAttribute('contenteditable')?.toLowerCase();
  return editable === '' || editable === 'true' || editable === 'plaintext-only';
}

/** Whether the element or one of its ancestors is excluded (see `isExcluded`). */
export function isInsideExcluded(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) if (isExcluded(el)) return true;
  return false;
}

/** Text that may be shown but never annotated. */
export const CODE = 'pre,code,kbd,samp,var';

const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGCAPTION',
  'CAPTION',
  'DD',
  'DT',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'FIGURE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'PRE',
  'ADDRESS',
  'BODY',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'CENTER',
]);

export function blockElementOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el;
}

export function kindOf(block: Element): BlockKind {
  const tag = block.tagName;
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'PRE' || block.closest(CODE)) return 'code';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  if (tag === 'BLOCKQUOTE' || block.closest('blockquote')) return 'quote';
  return 'paragraph';
}

/**
 * What stands between two text nodes of one block: how many <br> (0, 1, or 2 meaning "two or
 * more"), and whether white space does (a text node of spaces the article leaves out, between
 * two inline elements: "<a>The</a> <a>Hollywood Reporter</a>"), looking at most `limit` nodes
 * ahead. Two <br> in a row separate paragraphs on many sites.
 */
export function gapBetween(a: Node, b: Node, limit = 40): { brs: number; space: boolean } {
  let brs = 0;
  let space = false;
  let node: Node | null = a;
  for (let steps = 0; steps < limit; steps++) {
    node = nextInOrder(node);
    if (!node || node === b) return { brs, space };
    if (node.nodeName === 'BR') {
      brs++;
      if (brs >= 2) return { brs: 2, space };
    } else if (node.nodeType === Node.TEXT_NODE && /^\s+$/.test((node as Text).data)) {
      // Only white space between the two nodes' own elements counts, not white space inside an
      // element between them that the article left out ("2017<sup> [3]</sup>,").
      const parent = node.parentNode;
      if (parent && (parent.contains(a) || parent.contains(b))) space = true;
    }
  }
  return { brs, space };
}

function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/**
 * Groups text nodes (in reading order) into blocks: a new block starts at a new block element, or
 * after two <br> in a row. A single <br> becomes a line break in the block's text.
 */
export function groupIntoBlocks(nodes: readonly Text[]): LiveBlock[] {
  const blocks: LiveBlock[] = [];
  let current: LiveBlock | null = null;
  let previous: Text | null = null;
  for (const node of nodes) {
    const element = blockElementOf(node);
    if (!element) continue;
    const gap = current && previous && current.element === element ? gapBetween(previous, node) : null;
    if (!current || !gap || gap.brs >= 2) {
      current = { kind: kindOf(element), element, segments: [], text: '', linkChars: 0 };
      blocks.push(current);
    } else if (gap.brs === 1) {
      current.text += '\n';
    } else if (gap.space && !/\s$/.test(current.text) && !/^\s/.test(node.data)) {
      // The space the reader sees between two inline elements: no offset of a node points at it.
      current.text += ' ';
    }
    current.segments.push({ node, start: current.text.length });
    current.text += node.data;
    if (isLinkText(node)) current.linkChars += node.data.trim().length;
    previous = node;
  }
  return blocks;
}

/** Text of a link to another page (anchors without href and links within the page do not count). */
function isLinkText(node: Text): boolean {
  const href = node.parentElement?.closest('a[href]')?.getAttribute('href');
  return href !== undefined && href !== null && !href.startsWith('#');
}
