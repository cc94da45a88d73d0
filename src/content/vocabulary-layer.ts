// Colours the words of the reader's vocabulary in the article (a setting): the background says
// which of the article's words are saved or known (by the word or its root), the highlights draw
// them. Redrawn when the vocabulary changes, in this tab or another.
import { pieces } from '../core/word-around';
import { callBackground } from '../shared/call-background';
import type { LiveBlock } from './article/blocks';
import { createHighlighter, HIGHLIGHTS } from './highlights/highlighter';
import { pointAt } from './highlights/term-ranges';

interface Occurrence {
  block: number;
  start: number;
  end: number;
  word: string;
}

export function createVocabularyLayer(doc: Document, blocks: readonly LiveBlock[], lang: string) {
  const highlighter = createHighlighter(doc.defaultView as Window);
  let occurrences: Occurrence[] | null = null;
  let generation = 0;

  const collect = (): Occurrence[] => {
    const out: Occurrence[] = [];
    blocks.forEach((block, index) => {
      if (block.kind === 'code') return;
      for (const p of pieces(block.text, 0, lang)) {
        if (p.word && !/\p{N}/u.test(p.text))
          out.push({ block: index, start: p.start, end: p.end, word: p.text });
      }
    });
    return out;
  };

  const range = (o: Occurrence): Range | null => {
    const block = blocks[o.block] as LiveBlock;
    const start = pointAt(block, o.start, false);
    const end = pointAt(block, o.end, true);
    if (!start || !end || !start.node.isConnected) return null;
    const r = doc.createRange();
    try {
      r.setStart(start.node, start.offset);
      r.setEnd(end.node, end.offset);
    } catch {
      return null;
    }
    return r;
  };

  return {
    async draw(): Promise<void> {
      const mine = ++generation;
      // Asked first without the page's words: with no saved word of this language (the usual
      // case), the article is not taken apart at all.
      const probe = await callBackground('vocabularyMarks', { lang, words: [] });
      if (mine !== generation || !probe.ok) return;
      if (probe.value.saved === 0) {
        highlighter.clear();
        return;
      }
      occurrences ??= collect();
      const words = [...new Set(occurrences.map((o) => o.word))].slice(0, 50_000);
      const reply = await callBackground('vocabularyMarks', { lang, words });
      if (mine !== generation || !reply.ok) return;
      const learning = new Set(reply.value.learning);
      const known = new Set(reply.value.known);
      const groups: Record<string, Range[]> = { [HIGHLIGHTS.learning]: [], [HIGHLIGHTS.known]: [] };
      for (const o of occurrences) {
        const name = learning.has(o.word) ? HIGHLIGHTS.learning : known.has(o.word) ? HIGHLIGHTS.known : null;
        if (!name) continue;
        const r = range(o);
        if (r) groups[name]?.push(r);
      }
      highlighter.applyGroups(groups);
    },
    restore: () => highlighter.restore(),
    clear() {
      generation++;
      highlighter.clear();
    },
  };
}
