// Live ranges for the annotations: block offsets back to text nodes and offsets.
import type { AnnotationItem } from '../../shared/messages';
import type { LiveBlock } from '../article/blocks';

export interface TermRange {
  range: Range;
  annotation: AnnotationItem;
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

export function termRanges(
  doc: Document,
  blocks: readonly LiveBlock[],
  annotations: readonly AnnotationItem[],
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
    const start = pointAt(block, a.start, false);
    const end = pointAt(block, a.end, true);
    if (!start || !end || !start.node.isConnected || !end.node.isConnected) continue;
    // The text must still read as annotated: the page may have changed since.
    const range = doc.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
    } catch {
      continue;
    }
    if (range.toString().replace(/\s+/g, ' ') !== a.text.replace(/\s+/g, ' ')) continue;
    const key = a.entryId ?? `?${a.text}`;
    const first = !seenInSection.has(key);
    seenInSection.add(key);
    out.push({ range, annotation: a, first, order: out.length });
  }
  return out;
}
