// Colours the words of the reader's vocabulary in the article (a setting): the background says
// which of the article's words are saved or known (by the word or its root), the highlights draw
// them. Redrawn when the vocabulary changes, in this tab or another.
import { callBackground } from '../../contract/callers';
import { pieces } from '../../core/word-around';
import { rangeAt } from '../../dom/ranges';
import { createHighlighter, HIGHLIGHTS } from '../highlights/highlighter';
import type { PageContext } from '../page-context';

interface Occurrence {
  block: number;
  start: number;
  end: number;
  word: string;
}

export function startVocabularyColours(ctx: PageContext, signal: AbortSignal) {
  const { doc, blocks } = ctx;
  const lang = ctx.annotations.pageLang;
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

  const draw = async (): Promise<void> => {
    const mine = ++generation;
    // Asked first without the page's words: with no saved word of this language (the usual
    // case), the article is not taken apart at all.
    const probe = await callBackground('vocabularyMarks', { lang, words: [] });
    if (mine !== generation || signal.aborted || !probe.ok) return;
    if (probe.value.saved === 0) {
      highlighter.clear();
      return;
    }
    occurrences ??= collect();
    const words = [...new Set(occurrences.map((o) => o.word))].slice(0, 50_000);
    const reply = await callBackground('vocabularyMarks', { lang, words });
    if (mine !== generation || signal.aborted || !reply.ok) return;
    const learning = new Set(reply.value.learning);
    const known = new Set(reply.value.known);
    const groups: Record<string, Range[]> = { [HIGHLIGHTS.learning]: [], [HIGHLIGHTS.known]: [] };
    for (const o of occurrences) {
      const name = learning.has(o.word) ? HIGHLIGHTS.learning : known.has(o.word) ? HIGHLIGHTS.known : null;
      const block = name ? blocks[o.block] : undefined;
      const r = block ? rangeAt(doc, block, o.start, o.end) : null;
      if (name && r) groups[name]?.push(r);
    }
    highlighter.applyGroups(groups);
  };
  const clear = () => {
    generation++;
    highlighter.clear();
  };
  /** Draws or clears after the setting. */
  const follow = () => {
    if (ctx.settings().colourVocabulary) void draw();
    else clear();
  };
  signal.addEventListener('abort', clear, { once: true });
  follow();
  return {
    /** The vocabulary or the settings changed (in this tab or another). */
    redraw: follow,
    restore: () => highlighter.restore(),
  };
}
