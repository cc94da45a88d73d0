// Word lookup: any word of the article, when the page is in another language than the reader's.
// The caret's text node leads to its block (article text only: navigation, sidebars and Lentera's
// own card are not looked up), the block's text gives the word and its neighbours (for multiword
// expressions), and the block's segments give the word's live range. When the setting asks for a
// modifier, Shift or Alt must be held.

import { type WordAround, wordAround } from '../../core/word-around';
import { rangeAt } from '../../dom/ranges';
import { type Modifiers, onRange, type WordHit } from '../interaction';
import type { PageContext } from '../page-context';

export interface WordTarget extends WordHit {
  block: number;
  around: WordAround;
}

/** Words with a digit are numbers or codes, not vocabulary. */
const HAS_DIGIT = /\p{N}/u;

export function startWordLookup(ctx: PageContext) {
  const { doc, blocks, annotations } = ctx;
  const where = new Map<Node, { block: number; start: number }>();
  blocks.forEach((block, index) => {
    if (block.kind === 'code') return;
    for (const segment of block.segments) where.set(segment.node, { block: index, start: segment.start });
  });
  const applies = () => annotations.pageLang !== annotations.readerLang;

  /** The article word at a caret position, with its live range. */
  const at = (caret: { node: Node; offset: number }): WordTarget | null => {
    const place = where.get(caret.node);
    if (!place) return null;
    const block = blocks[place.block];
    if (!block) return null;
    const around = wordAround(block.text, place.start + caret.offset, annotations.pageLang);
    if (!around || HAS_DIGIT.test(around.word)) return null;
    const range = rangeAt(doc, block, around.start, around.end);
    return range ? { key: `${place.block}:${around.start}`, range, block: place.block, around } : null;
  };

  return {
    /** The word under the pointer, when word lookup applies to it (the setting, its modifier keys). */
    wordAt(caret: { node: Node; offset: number }, x: number, y: number, mods: Modifiers): WordTarget | null {
      const mode = ctx.settings().wordLookup;
      if (mode === 'off' || !applies()) return null;
      if (mode === 'modifier' && !mods.shift && !mods.alt) return null;
      const hit = at(caret);
      if (!hit) return null;
      try {
        return onRange(hit.range, x, y) ? hit : null;
      } catch {
        return null;
      }
    },
    /** The keyboard's word lookup: the word at the start of the reader's selection. */
    lookUpSelection(): boolean {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0 || !applies()) return false;
      const range = selection.getRangeAt(0);
      const hit = at({ node: range.startContainer, offset: range.startOffset });
      if (hit) ctx.interaction.showWord(hit);
      return hit !== null;
    },
  };
}
