// The article word at a caret position, for word lookup: the caret's text node leads to its block
// (article text only: navigation, sidebars and Lentera's own card are not looked up), the block's
// text gives the word and its neighbours, and the block's segments give the word's live range.
import { type WordAround, wordAround } from '../core/word-around';
import type { LiveBlock } from './article/blocks';
import { pointAt } from './highlights/term-ranges';
import type { WordHit } from './term-interaction';

export interface WordTarget extends WordHit {
  block: number;
  around: WordAround;
}

/** Words with a digit are numbers or codes, not vocabulary. */
const HAS_DIGIT = /\p{N}/u;

export function createWordFinder(blocks: readonly LiveBlock[], lang: string) {
  const where = new Map<Node, { block: number; start: number }>();
  blocks.forEach((block, index) => {
    if (block.kind === 'code') return;
    for (const segment of block.segments) where.set(segment.node, { block: index, start: segment.start });
  });
  return {
    at(doc: Document, caret: { node: Node; offset: number }): WordTarget | null {
      const place = where.get(caret.node);
      if (!place) return null;
      const block = blocks[place.block] as LiveBlock;
      const around = wordAround(block.text, place.start + caret.offset, lang);
      if (!around || HAS_DIGIT.test(around.word)) return null;
      const start = pointAt(block, around.start, false);
      const end = pointAt(block, around.end, true);
      if (!start || !end || !start.node.isConnected) return null;
      const range = doc.createRange();
      try {
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
      } catch {
        return null;
      }
      return { key: `${place.block}:${around.start}`, range, block: place.block, around };
    },
  };
}
