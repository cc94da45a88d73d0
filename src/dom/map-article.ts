// Maps Readability's article, parsed from the page's numbered copy, back onto its live text nodes.
//
// Before parsing, every element of the copy is numbered with an attribute that points to its live
// twin (serialize-numbered.ts writes the number as it walks the live page). Readability moves
// text nodes, renames elements (copying attributes) and wraps runs of text in new <p> elements,
// but it does not edit text: so each text node of the result leads, through its nearest numbered
// ancestor, to the live element that holds the same text (usually as a direct child; deeper where
// Readability dropped the numbered element between them, as when it unwraps a div around a <p>).

import type { TextRef } from '../contract/offscreen-api';
import { isExcluded } from './blocks';

export const MAP_ATTRIBUTE = 'data-lentera-i';

/** The texts of a parsed article element (in any document made from the numbered copy). */
export function articleTexts(article: Element): TextRef[] {
  const walker = article.ownerDocument.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const out: TextRef[] = [];
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (!t.data.trim()) continue;
    let index = -1;
    for (let el = t.parentElement; el; el = el.parentElement) {
      const n = el.getAttribute(MAP_ATTRIBUTE);
      if (n !== null) {
        index = Number(n);
        break;
      }
    }
    out.push([index, t.data]);
  }
  return out;
}

/**
 * The live text nodes behind the texts of a parsed article, in the article's order.
 * Whitespace-only nodes, and nodes inside scripts, styles, form fields and editable regions, are
 * left out. Nodes that no longer stand in the page are left out too.
 */
export function liveTextNodes(
  texts: readonly TextRef[],
  live: readonly Element[],
): { nodes: Text[]; unmapped: number } {
  const used = new Map<Element, { texts: Text[]; from: number }>();
  const nodes: Text[] = [];
  const verdicts = new Map<Element, boolean>();
  // Text that stood directly in <body> ends up in Readability's own wrapper: look for it there.
  const body = live.find((el) => el.tagName === 'BODY') ?? null;
  let unmapped = 0;
  for (const [index, data] of texts) {
    const twin = index >= 0 ? (live[index] ?? null) : body;
    if (!twin) {
      unmapped++;
      continue;
    }
    let entry = used.get(twin);
    if (!entry) {
      entry = { texts: descendantTexts(twin), from: 0 };
      used.set(twin, entry);
    }
    const found = findText(entry, data);
    if (!found) {
      unmapped++;
      continue;
    }
    const parent = found.parentElement;
    if (!found.isConnected || !parent || excluded(parent, verdicts)) continue;
    nodes.push(found);
  }
  return { nodes, unmapped };
}

/** Whether the element is inside one whose text is never part of a block (remembered per element). */
function excluded(element: Element, verdicts: Map<Element, boolean>): boolean {
  const known = verdicts.get(element);
  if (known !== undefined) return known;
  const parent = element.parentElement;
  const verdict = isExcluded(element) || (parent !== null && excluded(parent, verdicts));
  verdicts.set(element, verdict);
  return verdict;
}

function descendantTexts(element: Element): Text[] {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  return texts;
}

/** Whether a live text says what its copy says (serialize-numbered writes a NUL as U+FFFD). */
const sameData = (live: string, copy: string) =>
  live === copy || (live.includes('\0') && live.replaceAll('\0', '\uFFFD') === copy);

/** The next text node with the same data, after those already taken (repeated texts). */
function findText(entry: { texts: Text[]; from: number }, data: string): Text | null {
  for (let i = entry.from; i < entry.texts.length; i++) {
    const candidate = entry.texts[i] as Text;
    if (sameData(candidate.data, data)) {
      entry.from = i + 1;
      return candidate;
    }
  }
  // Out of order (Readability reordered siblings): search from the start, without moving on.
  for (let i = 0; i < entry.from; i++)
    if (sameData((entry.texts[i] as Text).data, data)) return entry.texts[i] as Text;
  return null;
}
