// Block offsets back to live ranges: the one place where an offset into a block's text becomes a
// text node, an offset, and a `Range` of the page.
import type { ProfiledAnnotation } from '../core/names/profiles';
import type { LiveBlock } from './blocks';

export interface TermRange {
  range: Range;
  annotation: ProfiledAnnotation;
  /** The first occurrence of its entry in its section (between headings): emphasised. */
  first: boolean;
  /** Position in reading order. */
  order: number;
}

/** The text node and offset at `offset` of a block's text (segments are in order). */
export function pointAt(
  block: LiveBlock,
  offset: number,
  preferEnd: boolean,
): { node: Text; offset: number } | null {
  const segments = block.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid]?.start ?? 0) <= offset - (preferEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return null;
  const inNode = offset - seg.start;
  if (inNode < 0 || inNode > seg.node.data.length) return null;
  return { node: seg.node, offset: inNode };
}

/**
 * The live range of `start`–`end` in a block's text, or null when its nodes have left the page
 * (or a hostile page broke `Range`).
 */
export function rangeAt(doc: Document, block: LiveBlock, start: number, end: number): Range | null {
  const from = pointAt(block, start, false);
  const to = pointAt(block, end, true);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

/** The annotations' live ranges, in reading order; those whose text changed since are left out. */
export function termRanges(
  doc: Document,
  blocks: readonly LiveBlock[],
  annotations: readonly ProfiledAnnotation[],
): TermRange[] {
  const out: TermRange[] = [];
  const seenInSection = new Set<string>();
  let lastBlock = -1;
  for (const a of annotations) {
    // A heading starts a new section: terms are emphasised again at their first use there.
    for (let b = lastBlock + 1; b <= a.block; b++) if (blocks[b]?.kind === 'heading') seenInSection.clear();
    lastBlock = Math.max(lastBlock, a.block);
    const block = blocks[a.block];
    if (!block || block.kind === 'code') continue;
    const range = rangeAt(doc, block, a.start, a.end);
    // The text must still read as annotated: the page may have changed since.
    if (!range || range.toString().replace(/\s+/g, ' ') !== a.text.replace(/\s+/g, ' ')) continue;
    const key = a.entryId ?? a.profile ?? `?${a.text}`;
    const first = !seenInSection.has(key);
    seenInSection.add(key);
    out.push({ range, annotation: a, first, order: out.length });
  }
  return out;
}
